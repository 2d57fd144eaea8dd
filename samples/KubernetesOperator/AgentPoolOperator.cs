using System.Collections.Generic;
using k8s.Models;

namespace KubernetesOperator
{
    /// <summary>The build agent pools and web front ends the operator keeps running on the Windows node pool.</summary>
    public sealed class AgentPoolOperator
    {
        private const string AgentImage = "contoso.azurecr.io/build-agent:3.2-windowsservercore-ltsc2022";

        /// <summary>Build agents on the 2022 nodes: selected by OS and build, sized for Server Core.</summary>
        public V1Deployment BuildAgents(int replicas) => new V1Deployment
        {
            Metadata = new V1ObjectMeta { Name = "build-agents" },
            Spec = new V1DeploymentSpec
            {
                Replicas = replicas,
                Template = new V1PodTemplateSpec
                {
                    Spec = new V1PodSpec
                    {
                        NodeSelector = new Dictionary<string, string>
                        {
                            ["kubernetes.io/os"] = "windows",
                            ["node.kubernetes.io/windows-build"] = "10.0.20348",
                        },
                        Containers = new List<V1Container>
                        {
                            new V1Container
                            {
                                Name = "agent",
                                Image = AgentImage,
                                Resources = new V1ResourceRequirements
                                {
                                    Limits = new Dictionary<string, ResourceQuantity> { ["memory"] = new ResourceQuantity("4Gi"), ["cpu"] = "2" },
                                },
                            },
                        },
                    },
                },
            },
        };

        /// <summary>Agents for the old 2019 toolchain, still scheduled on the 2022 pool.</summary>
        public V1Deployment LegacyAgents() => new V1Deployment
        {
            Metadata = new V1ObjectMeta { Name = "legacy-agents" },
            Spec = new V1DeploymentSpec
            {
                Template = new V1PodTemplateSpec
                {
                    Spec = new V1PodSpec
                    {
                        NodeSelector = new Dictionary<string, string> { ["kubernetes.io/os"] = "windows" },
                        Containers = [new V1Container { Name = "agent", Image = "mcr.microsoft.com/windows/servercore:ltsc2019" }], // expect: ISO0002
                    },
                },
            },
        };

        /// <summary>The IIS front end: a 2025 image on nodes selected for 2022.</summary>
        public V1StatefulSet Web()
        {
            var spec = new V1PodSpec { Containers = new List<V1Container>() };
            spec.NodeSelector = new Dictionary<string, string> { ["node.kubernetes.io/windows-build"] = "10.0.20348" };
            spec.Containers.Add(new V1Container { Name = "iis", Image = "mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2025" }); // expect: ISO0003
            return new V1StatefulSet
            {
                Metadata = new V1ObjectMeta { Name = "web" },
                Spec = new V1StatefulSetSpec { ServiceName = "web", Template = new V1PodTemplateSpec { Spec = spec } },
            };
        }

        /// <summary>A log shipper on every Windows node; nothing keeps it off the Linux nodes.</summary>
        public V1DaemonSet LogShipper() => new V1DaemonSet
        {
            Metadata = new V1ObjectMeta { Name = "log-shipper" },
            Spec = new V1DaemonSetSpec
            {
                Template = new V1PodTemplateSpec
                {
                    Spec = new V1PodSpec
                    {
                        Os = new V1PodOS { Name = "windows" },
                        InitContainers = new[] { new V1Container { Name = "prepare", Image = "mcr.microsoft.com/windows/nanoserver" } }, // expect: ISO0008, ISO0011
                        Containers = new List<V1Container>
                        {
                            new V1Container
                            {
                                Name = "shipper",
                                Image = "mcr.microsoft.com/windows/nanoserver:ltsc2022", // expect: ISO0011
                                Resources = new V1ResourceRequirements
                                {
                                    // "20m" is 0.02 bytes: milli, not megabytes.
                                    Limits = new Dictionary<string, ResourceQuantity> { { "memory", new ResourceQuantity("20m") } }, // expect: ISO0009
                                },
                            },
                        },
                    },
                },
            },
        };

        /// <summary>Redis for the agents' cache, on the Linux nodes.</summary>
        public V1Pod Cache() => new V1Pod
        {
            Metadata = new V1ObjectMeta { Name = "cache" },
            Spec = new V1PodSpec
            {
                NodeSelector = new Dictionary<string, string> { ["kubernetes.io/os"] = "linux" },
                Containers = [new V1Container { Name = "redis", Image = "redis:7-alpine", Resources = new V1ResourceRequirements { Limits = new Dictionary<string, ResourceQuantity> { ["memory"] = "256Mi" } } }],
            },
        };
    }
}
