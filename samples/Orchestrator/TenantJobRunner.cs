using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Docker.DotNet;
using Docker.DotNet.Models;

namespace Orchestrator
{
    /// <summary>Runs scripts that tenants submit. Tenant code is not trusted, so it runs under Hyper-V isolation.</summary>
    public sealed class TenantJobRunner
    {
        private readonly DockerClient _client;

        public TenantJobRunner(DockerClient client) => _client = client;

        public async Task<string> RunScriptAsync(string tenant, string script, CancellationToken cancellationToken)
        {
            var parameters = new CreateContainerParameters
            {
                Name = "job-" + tenant,
                Image = "mcr.microsoft.com/windows/servercore:ltsc2022",
                Cmd = new List<string> { "powershell", "-NoProfile", "-Command", script },
                HostConfig = new HostConfig
                {
                    Isolation = "hyperv",
                    Memory = 2L * 1024 * 1024 * 1024,
                    AutoRemove = true,
                },
            };

            return await StartAsync(parameters, cancellationToken);
        }

        /// <summary>Tenants that ship their own Nano Server image.</summary>
        public async Task<string> RunNanoServerJobAsync(string tenant, IList<string> command, CancellationToken cancellationToken)
        {
            var parameters = new CreateContainerParameters
            {
                Name = "nano-job-" + tenant,
                Image = "mcr.microsoft.com/windows/nanoserver:ltsc2022",
                Cmd = command,
                HostConfig = new HostConfig { Isolation = "hyper-v", AutoRemove = true }, // expect: ISO0005
            };

            return await StartAsync(parameters, cancellationToken);
        }

        /// <summary>Jobs that need the full .NET Framework.</summary>
        public async Task<string> RunFrameworkJobAsync(string tenant, IList<string> command, CancellationToken cancellationToken)
        {
            var parameters = new CreateContainerParameters
            {
                Name = "fx-job-" + tenant,
                Image = "mcr.microsoft.com/dotnet/framework/runtime:4.8-windowsservercore-ltsc2022",
                Cmd = command,
                HostConfig = new HostConfig
                {
                    Isolation = "HyperV", // expect: ISO0006
                    AutoRemove = true,
                },
            };

            return await StartAsync(parameters, cancellationToken);
        }

        /// <summary>Preview pool: jobs built on Windows Server 2025 images.</summary>
        public async Task<string> RunPreviewJobAsync(string tenant, IList<string> command, CancellationToken cancellationToken)
        {
            var parameters = new CreateContainerParameters
            {
                Name = "preview-job-" + tenant,
                Image = "mcr.microsoft.com/windows/servercore:ltsc2025", // expect: ISO0003
                Cmd = command,
                HostConfig = new HostConfig { Isolation = "hyperv", AutoRemove = true },
            };

            return await StartAsync(parameters, cancellationToken);
        }

        /// <summary>Images that tenants build themselves, started on the fast path that shares the host kernel.</summary>
        [UntrustedWorkload]
        public async Task<string> RunTenantImageAsync(string image, CancellationToken cancellationToken)
        {
            var parameters = new CreateContainerParameters
            {
                Image = image,
                HostConfig = new HostConfig { Isolation = "process", AutoRemove = true }, // expect: ISO0004
            };

            return await StartAsync(parameters, cancellationToken);
        }

        /// <summary>Monthly reports, through the shared factory; the memory cap was meant in megabytes.</summary>
        public Task<string> RunReportJobAsync(string tenant, CancellationToken cancellationToken) =>
            StartAsync(ContainerParameters.ForJob("report-" + tenant, Images.ServerCore2022, IsolationModes.Sandboxed, memory: 512), cancellationToken); // expect: ISO0009

        private async Task<string> StartAsync(CreateContainerParameters parameters, CancellationToken cancellationToken)
        {
            CreateContainerResponse created = await _client.Containers.CreateContainerAsync(parameters, cancellationToken);
            await _client.Containers.StartContainerAsync(created.ID, new ContainerStartParameters(), cancellationToken);
            return created.ID;
        }
    }
}
