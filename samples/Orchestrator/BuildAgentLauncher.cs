using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Docker.DotNet;
using Docker.DotNet.Models;

namespace Orchestrator
{
    /// <summary>Starts CI build agents and the build cache they share.</summary>
    public sealed class BuildAgentLauncher
    {
        private const string AgentImage = "mcr.microsoft.com/dotnet/framework/sdk:4.8-windowsservercore-ltsc2022";

        private readonly DockerClient _client;

        public BuildAgentLauncher(DockerClient client) => _client = client;

        /// <summary>A Windows agent for .NET Framework builds; the isolation mode is left to the host.</summary>
        public async Task<string> StartWindowsAgentAsync(string pool, CancellationToken cancellationToken)
        {
            var parameters = new CreateContainerParameters // expect: ISO0001
            {
                Name = "agent-" + pool,
                Image = AgentImage,
                Env = new List<string> { "AGENT_POOL=" + pool },
                Labels = new Dictionary<string, string> { ["orchestrator.role"] = "build-agent" },
            };

            return await CreateAndStartAsync(parameters, cancellationToken);
        }

        /// <summary>An agent for the old toolchain, still on a Windows Server 2019 image.</summary>
        public async Task<string> StartLegacyAgentAsync(string pool, CancellationToken cancellationToken)
        {
            var parameters = new CreateContainerParameters
            {
                Name = "legacy-agent-" + pool,
                Image = "mcr.microsoft.com/windows/servercore:ltsc2019",
                Env = new List<string> { "AGENT_POOL=" + pool },
                HostConfig = new HostConfig
                {
                    Isolation = "process", // expect: ISO0002
                    Memory = 4L * 1024 * 1024 * 1024,
                },
            };

            return await CreateAndStartAsync(parameters, cancellationToken);
        }

        /// <summary>The shared build cache: a Linux container, where isolation does not apply.</summary>
        public async Task<string> StartBuildCacheAsync(CancellationToken cancellationToken)
        {
            var parameters = new CreateContainerParameters
            {
                Name = "build-cache",
                Image = "redis:7-alpine",
                HostConfig = new HostConfig { Memory = 512L * 1024 * 1024 },
            };

            return await CreateAndStartAsync(parameters, cancellationToken);
        }

        /// <summary>A side-by-side agent for quick checks, sharing the host kernel.</summary>
        public async Task<string> StartScratchAgentAsync(CancellationToken cancellationToken)
        {
            CreateContainerParameters parameters = new() // expect: ISO0001
            {
                Name = "scratch-agent",
                Image = "mcr.microsoft.com/windows/nanoserver:ltsc2022",
            };

            return await CreateAndStartAsync(parameters, cancellationToken);
        }

        /// <summary>An agent for one of the fleet's release pools, Hyper-V isolated so that older images run too.</summary>
        public async Task<string> StartReleaseAgentAsync(WindowsRelease release, CancellationToken cancellationToken)
        {
            var parameters = new CreateContainerParameters
            {
                Name = "agent-" + release.ToString().ToLowerInvariant(),
                Image = Images.ServerCore(release), // expect: ISO0003
                HostConfig = new HostConfig { Isolation = IsolationModes.Sandboxed },
            };

            return await CreateAndStartAsync(parameters, cancellationToken);
        }

        /// <summary>The tools agent, built by the shared factory, which leaves the isolation to the caller.</summary>
        public Task<string> StartToolsAgentAsync(CancellationToken cancellationToken) =>
            CreateAndStartAsync(ContainerParameters.ForJob("tools-agent", Images.NanoServer2022), cancellationToken); // expect: ISO0001

        private async Task<string> CreateAndStartAsync(CreateContainerParameters parameters, CancellationToken cancellationToken)
        {
            CreateContainerResponse created = await _client.Containers.CreateContainerAsync(parameters, cancellationToken);
            await _client.Containers.StartContainerAsync(created.ID, new ContainerStartParameters(), cancellationToken);
            return created.ID;
        }
    }
}
