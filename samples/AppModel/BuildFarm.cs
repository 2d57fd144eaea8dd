using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;

namespace AppModel
{
    /// <summary>The Windows build agents and tools of the build farm, and the mistakes the analyzer catches in them.</summary>
    public static class BuildFarm
    {
        public static void Add(IDistributedApplicationBuilder builder)
        {
            // A build agent that leaves the isolation to whatever the daemon defaults to.
            builder.AddContainer("agent", "mcr.microsoft.com/windows/servercore:ltsc2022") // expect: ISO0001
                .WithEnvironment("AGENT_POOL", "windows")
                .WithHttpEndpoint(port: 8080, targetPort: 80);

            // A legacy toolchain on the 2019 image, forced into process isolation on 2022 hosts.
            builder.AddContainer("legacy-toolchain", "mcr.microsoft.com/dotnet/framework/sdk", "4.8-windowsservercore-ltsc2019")
                .WithContainerRuntimeArgs("--isolation=process"); // expect: ISO0002

            // The next release's image: the tag, set on its own, is newer than every host.
            var preview = builder.AddContainer("preview-agent", "windows/servercore") // expect: ISO0003
                .WithImageRegistry("mcr.microsoft.com")
                .WithImageTag("ltsc2025");
            preview.WithContainerRuntimeArgs("--isolation", "hyperv");

            // Typos in the isolation value.
            builder.AddContainer("signing", "mcr.microsoft.com/windows/nanoserver:ltsc2022")
                .WithContainerRuntimeArgs(ctx => ctx.Args.Add("--isolation=hyper-v")); // expect: ISO0005
            builder.AddContainer("packaging", "mcr.microsoft.com/windows/nanoserver:ltsc2022")
                .WithContainerRuntimeArgs("--isolation", "HyperV"); // expect: ISO0006

            // A scratch container on the base image with no release in its name, and a cap below the Hyper-V minimum.
            var scratch = builder.AddContainer("scratch", "mcr.microsoft.com/windows/servercore"); // expect: ISO0008
            scratch.WithContainerRuntimeArgs("--isolation=hyperv", "--memory=256m"); // expect: ISO0009

            // Swap is not supported by Windows containers.
            builder.AddContainer("indexer", "mcr.microsoft.com/windows/servercore:ltsc2022")
                .WithContainerRuntimeArgs("--isolation=process", "--memory-swap=4g"); // expect: ISO0010

            // Correct: Hyper-V isolation for the agent that builds pull requests from forks.
            builder.AddContainer("fork-agent", "mcr.microsoft.com/windows/servercore:ltsc2022")
                .WithContainerRuntimeArgs("--isolation=hyperv", "--memory=2g");
        }
    }
}
