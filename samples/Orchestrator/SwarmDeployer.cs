using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Docker.DotNet;
using Docker.DotNet.Models;

namespace Orchestrator
{
    /// <summary>Deploys the storefront to a mixed Windows/Linux swarm.</summary>
    public sealed class SwarmDeployer
    {
        private readonly DockerClient _client;

        public SwarmDeployer(DockerClient client) => _client = client;

        public async Task<string> DeployStorefrontAsync(CancellationToken cancellationToken)
        {
            await DeployAsync(CacheService(), cancellationToken);
            await DeployAsync(CheckoutService(), cancellationToken);
            return await DeployAsync(WebService(), cancellationToken);
        }

        /// <summary>The ASP.NET (Framework) front end on the Windows nodes.</summary>
        private static ServiceCreateParameters WebService() => new ServiceCreateParameters
        {
            Service = new ServiceSpec
            {
                Name = "storefront-web",
                TaskTemplate = new TaskSpec
                {
                    ContainerSpec = new ContainerSpec // expect: ISO0001
                    {
                        Image = "mcr.microsoft.com/dotnet/framework/aspnet:4.8-windowsservercore-ltsc2022",
                        Env = new List<string> { "ASPNET_ENVIRONMENT=Production" },
                    },
                    Placement = new Placement { Constraints = new List<string> { "node.platform.os == windows" } },
                },
                Mode = new ServiceMode { Replicated = new ReplicatedService { Replicas = 3 } },
            },
        };

        /// <summary>The payment worker: Hyper-V isolated, on the Windows nodes.</summary>
        private static ServiceCreateParameters CheckoutService() => new ServiceCreateParameters
        {
            Service = new ServiceSpec
            {
                Name = "storefront-checkout",
                TaskTemplate = new TaskSpec
                {
                    ContainerSpec = new ContainerSpec
                    {
                        Image = "mcr.microsoft.com/dotnet/framework/runtime:4.8-windowsservercore-ltsc2022",
                        Isolation = "hyperv",
                    },
                    Placement = new Placement { Constraints = new List<string> { "node.platform.os == windows" } },
                },
            },
        };

        /// <summary>The session cache on the Linux nodes.</summary>
        private static ServiceCreateParameters CacheService() => new ServiceCreateParameters
        {
            Service = new ServiceSpec
            {
                Name = "storefront-cache",
                TaskTemplate = new TaskSpec
                {
                    ContainerSpec = new ContainerSpec { Image = "redis:7-alpine" },
                    Placement = new Placement { Constraints = new List<string> { "node.platform.os == linux" } },
                },
            },
        };

        private async Task<string> DeployAsync(ServiceCreateParameters service, CancellationToken cancellationToken)
        {
            ServiceCreateResponse created = await _client.Swarm.CreateServiceAsync(service, cancellationToken);
            return created.ID;
        }
    }
}
