// Corpus input for the robustness tests: .NET Aspire app models (Aspire.Hosting 13.x).
using System;
using System.Threading.Tasks;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;

namespace Corpus.Aspire
{
    [AttributeUsage(AttributeTargets.Method | AttributeTargets.Class | AttributeTargets.Parameter)]
    public sealed class UntrustedWorkloadAttribute : Attribute
    {
    }

    public static class AppModel
    {
        public static void Build(IDistributedApplicationBuilder builder, bool debug)
        {
            // ISO0001: a Windows image and no isolation.
            builder.AddContainer("agent", "mcr.microsoft.com/windows/servercore:ltsc2022")
                .WithEnvironment("AGENT_POOL", "windows")
                .WithHttpEndpoint(port: 8080);

            // ISO0002 (process with an ltsc2019 image on ltsc2022 hosts), ISO0010 (swap).
            builder.AddContainer("legacy", "mcr.microsoft.com/windows/servercore", "ltsc2019")
                .WithContainerRuntimeArgs("--isolation=process", "--memory-swap=1g");

            // ISO0003 (the tag makes it newer than the host), ISO0008 nowhere: the tag names a release.
            var sdk = builder.AddContainer("sdk", "windows/servercore")
                .WithImageRegistry("mcr.microsoft.com")
                .WithImageTag("ltsc2025");
            sdk.WithContainerRuntimeArgs("--isolation", "hyperv");

            // ISO0005 and ISO0006 in callbacks.
            builder.AddContainer("tool", "mcr.microsoft.com/windows/nanoserver:ltsc2022")
                .WithContainerRuntimeArgs(ctx => ctx.Args.Add("--isolation=hyper-v"));
            builder.AddContainer("probe", "mcr.microsoft.com/windows/nanoserver:ltsc2022")
                .WithContainerRuntimeArgs(async ctx =>
                {
                    await Task.Yield();
                    ctx.Args.Add("--isolation");
                    ctx.Args.Add("HyperV");
                });

            // ISO0007: isolation for a Linux image.
            builder.AddContainer("cache", "redis", "7-alpine").WithContainerRuntimeArgs("--isolation=hyperv");

            // ISO0008 and ISO0009: an unpinned base image with a limit below the Hyper-V minimum.
            var web = builder.AddContainer("web", "mcr.microsoft.com/windows/servercore");
            web = web.WithContainerRuntimeArgs("--isolation=hyperv", "-m", "256m");
            if (debug)
            {
                web.WithEnvironment("DEBUG", "1");
            }

            // Replaced image: the last WithImage counts.
            builder.AddContainer("replaced", "redis:7-alpine").WithImage("mcr.microsoft.com/windows/nanoserver", "ltsc2022");
        }

        // ISO0004: an untrusted, caller-supplied image without Hyper-V isolation.
        [UntrustedWorkload]
        public static IResourceBuilder<ContainerResource> Job(IDistributedApplicationBuilder builder, string image) =>
            builder.AddContainer("job", image).WithContainerRuntimeArgs("--isolation=process");

        // A builder handed in: image and value rules only.
        public static IResourceBuilder<T> WithWindowsDefaults<T>(this IResourceBuilder<T> container) where T : ContainerResource =>
            container.WithContainerRuntimeArgs("--isolation=Process", "--device", "class/5B45201D-F2F2-4F3B-85BB-30FF1F953599");
    }
}
