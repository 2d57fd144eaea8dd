// Corpus input for the robustness tests: swarm services through Docker.DotNet.
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Docker.DotNet;
using Docker.DotNet.Models;

namespace Corpus.Swarm
{
    public sealed class Deployer
    {
        private readonly DockerClient _client;

        public Deployer(DockerClient client) => _client = client;

        public Task<ServiceCreateResponse> Web(CancellationToken token) => _client.Swarm.CreateServiceAsync(new ServiceCreateParameters
        {
            Service = new ServiceSpec
            {
                Name = "web",
                TaskTemplate = new TaskSpec
                {
                    ContainerSpec = new ContainerSpec { Image = "mcr.microsoft.com/dotnet/framework/aspnet:4.8-windowsservercore-ltsc2022" },
                    Resources = new ResourceRequirements { Limits = new SwarmLimit { MemoryBytes = 512 } },
                },
            },
        }, token);

        public ServiceCreateParameters Worker(bool isolated) => new ServiceCreateParameters
        {
            Service = new ServiceSpec
            {
                TaskTemplate = new TaskSpec
                {
                    ContainerSpec = new ContainerSpec
                    {
                        Image = "mcr.microsoft.com/windows/servercore:ltsc2019",
                        Isolation = isolated ? "hyperv" : "process",
                    },
                },
            },
        };

        public ServiceUpdateParameters Update(ServiceSpec current)
        {
            var spec = new ContainerSpec { Image = "mcr.microsoft.com/windows/nanoserver:1809", Isolation = "HyperV" };
            current.TaskTemplate = new TaskSpec { ContainerSpec = spec };
            return new ServiceUpdateParameters { Service = current, Version = 3 };
        }

        public ServiceCreateParameters Cache() => new ServiceCreateParameters
        {
            Service = new ServiceSpec
            {
                TaskTemplate = new TaskSpec { ContainerSpec = new ContainerSpec { Image = "redis:7-alpine", Isolation = "process" } },
            },
        };
    }
}
