using System.Threading.Tasks;
using DotNet.Testcontainers.Builders;
using DotNet.Testcontainers.Containers;
using DotNet.Testcontainers.Images;

namespace IntegrationTests
{
    /// <summary>Containers for the old and the next toolchain, tested on the same Windows Server 2022 agents.</summary>
    public sealed class LegacyToolchainFixture
    {
        /// <summary>The 2019 toolchain, started with process isolation, which a 2022 host cannot give a 2019 image.</summary>
        public async Task<IContainer> StartLegacyToolchainAsync()
        {
            var container = new ContainerBuilder("mcr.microsoft.com/dotnet/framework/sdk:4.8-windowsservercore-ltsc2019")
                .WithCreateParameterModifier(p => p.HostConfig!.Isolation = "process") // expect: ISO0002
                .WithCommand("cmd", "/c", "msbuild -version")
                .Build();
            await container.StartAsync();
            return container;
        }

        /// <summary>The next toolchain is built on Windows Server 2025: no 2022 agent can run it.</summary>
        public async Task<IContainer> StartNextToolchainAsync()
        {
            var builder = new ContainerBuilder(new DockerImage("mcr.microsoft.com/windows/servercore:ltsc2025")); // expect: ISO0003
            builder = builder.WithName("next-toolchain");
            builder = builder.WithCreateParameterModifier(p =>
            {
                p.HostConfig!.Memory = 4L * 1024 * 1024 * 1024;
                p.HostConfig!.Isolation = "hyperv";
            });

            var container = builder.Build();
            await container.StartAsync();
            return container;
        }

        /// <summary>A copy-paste from a blog post: "hyper-v" is not a value the daemon accepts.</summary>
        public IContainer CreateSandbox() =>
            new ContainerBuilder("mcr.microsoft.com/windows/nanoserver:ltsc2022")
                .WithCreateParameterModifier(p => p.HostConfig!.Isolation = "hyper-v") // expect: ISO0005
                .Build();

        /// <summary>Accepted today, but the daemon wants lower case.</summary>
        public IContainer CreateMixedCaseSandbox() =>
            new ContainerBuilder("mcr.microsoft.com/windows/nanoserver:ltsc2022")
                .WithCreateParameterModifier(p => p.HostConfig!.Isolation = "HyperV") // expect: ISO0006
                .Build();
    }
}
