// Valid-code corpus: types from other libraries that look like Docker.DotNet's and carry an Isolation property.
// None of them creates a container through Docker.DotNet, Testcontainers or the docker CLI: no diagnostic.
using System.Collections.Generic;

namespace EdgeRuntime.Docker.Models
{
    // Shaped like an IoT Edge agent's own copy of the Docker API models.
    public sealed class HostConfig
    {
        public string Isolation { get; set; } = "";
        public long Memory { get; set; }
        public long MemorySwap { get; set; }
        public string NetworkMode { get; set; } = "";
    }

    public sealed class CreateContainerParameters
    {
        public string Image { get; set; } = "";
        public HostConfig HostConfig { get; set; } = new HostConfig();
    }

    public sealed class ModuleFactory
    {
        public CreateContainerParameters Windows() => new CreateContainerParameters
        {
            Image = "mcr.microsoft.com/windows/nanoserver",
            HostConfig = new HostConfig { Isolation = "hyper-v", Memory = 2048, MemorySwap = -1 },
        };

        public CreateContainerParameters Linux()
        {
            var p = new CreateContainerParameters { Image = "redis:7-alpine" };
            p.HostConfig.Isolation = "process";
            return p;
        }
    }
}

namespace Hosting.Compose
{
    // Shaped like a compose-file object model (service entries with an isolation key).
    public sealed class Service
    {
        public string? Image { get; set; }
        public string? Isolation { get; set; }
        public string? MemLimit { get; set; }
        public List<string> Devices { get; } = new List<string>();
    }

    public static class Publisher
    {
        public static Dictionary<string, Service> Services() => new Dictionary<string, Service>
        {
            ["web"] = new Service { Image = "mcr.microsoft.com/windows/servercore", Isolation = "Process", MemLimit = "6m" },
            ["db"] = new Service { Image = "postgres:16", Isolation = "hyperv" },
        };
    }
}

namespace Fabric.Manifest
{
    // Shaped like a Service Fabric application manifest's container policies.
    public sealed class ContainerHostPolicies
    {
        public string CodePackageRef { get; set; } = "";
        public string Isolation { get; set; } = "process";
        public string ImageName { get; set; } = "";
    }

    public sealed class ContainerPolicies
    {
        public List<ContainerHostPolicies> Hosts { get; } = new List<ContainerHostPolicies>
        {
            new ContainerHostPolicies { CodePackageRef = "Code", ImageName = "myregistry.azurecr.io/app:1.0", Isolation = "hyperv" },
            new ContainerHostPolicies { CodePackageRef = "Tools", ImageName = "mcr.microsoft.com/windows/servercore:ltsc2019", Isolation = "default" },
        };
    }
}
