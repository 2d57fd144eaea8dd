// Corpus input for the robustness tests: Kubernetes pods, pod templates and workloads built with KubernetesClient.
using System;
using System.Collections.Generic;
using k8s.Models;

namespace Corpus.Kubernetes
{
    [AttributeUsage(AttributeTargets.Method | AttributeTargets.Class | AttributeTargets.Parameter)]
    public sealed class UntrustedWorkloadAttribute : Attribute
    {
    }

    public sealed class AgentOperator
    {
        private const string Agent = "mcr.microsoft.com/windows/servercore:ltsc2019";

        // A 2019 image on the 2022 fleet, process isolated: ISO0002.
        public V1Pod LegacyAgent() => new V1Pod
        {
            Metadata = new V1ObjectMeta { Name = "legacy-agent" },
            Spec = new V1PodSpec
            {
                NodeSelector = new Dictionary<string, string> { ["kubernetes.io/os"] = "windows" },
                Containers = new List<V1Container> { new V1Container { Name = "agent", Image = Agent } },
            },
        };

        // Newer than the selected nodes: ISO0003.
        public V1Deployment Web() => new V1Deployment
        {
            Spec = new V1DeploymentSpec
            {
                Replicas = 3,
                Template = new V1PodTemplateSpec
                {
                    Spec = new V1PodSpec
                    {
                        NodeSelector = new Dictionary<string, string> { { "kubernetes.io/os", "windows" }, { "node.kubernetes.io/windows-build", "10.0.20348" } },
                        Containers = [new V1Container { Name = "iis", Image = "mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2025" }],
                    },
                },
            },
        };

        // Tenant code without a Hyper-V RuntimeClass: ISO0004 on the RuntimeClass.
        [UntrustedWorkload]
        public V1Job TenantJob(string image)
        {
            var spec = new V1PodSpec { RestartPolicy = "Never", Containers = new List<V1Container>() };
            spec.Containers.Add(new V1Container { Name = "tenant", Image = image });
            spec.RuntimeClassName = "runhcs-wcow-process";
            spec.NodeSelector = new Dictionary<string, string> { ["kubernetes.io/os"] = "windows" };
            return new V1Job { Spec = new V1JobSpec { Template = new V1PodTemplateSpec { Spec = spec } } };
        }

        // No OS release in the tag (ISO0008), a tiny limit (ISO0009), no node selection (ISO0011).
        public V1CronJob Cleanup() => new V1CronJob
        {
            Spec = new V1CronJobSpec
            {
                Schedule = "0 3 * * *",
                JobTemplate = new V1JobTemplateSpec
                {
                    Spec = new V1JobSpec
                    {
                        Template = new V1PodTemplateSpec
                        {
                            Spec = new V1PodSpec
                            {
                                InitContainers = new[] { new V1Container { Image = "mcr.microsoft.com/windows/nanoserver" } },
                                Containers = new List<V1Container>
                                {
                                    new V1Container
                                    {
                                        Image = "mcr.microsoft.com/windows/nanoserver:ltsc2022",
                                        Resources = new V1ResourceRequirements
                                        {
                                            Limits = new Dictionary<string, ResourceQuantity> { ["memory"] = new ResourceQuantity("20Mi"), ["cpu"] = "250m" },
                                        },
                                    },
                                },
                            },
                        },
                    },
                },
            },
        };

        public V1DaemonSet Monitor()
        {
            var container = new V1Container { Name = "monitor", Image = "mcr.microsoft.com/windows/nanoserver:ltsc2022" };
            container.Resources = new V1ResourceRequirements { Limits = new Dictionary<string, ResourceQuantity> { { "memory", "512m" } } };
            var daemonSet = new V1DaemonSet { Spec = new V1DaemonSetSpec { Template = new V1PodTemplateSpec { Spec = new V1PodSpec { Containers = [container] } } } };
            daemonSet.Spec.Template.Spec.NodeSelector = new Dictionary<string, string> { ["node.kubernetes.io/windows-build"] = "10.0.20348" };
            return daemonSet;
        }

        public V1StatefulSet Database() => new V1StatefulSet
        {
            Spec = new V1StatefulSetSpec
            {
                ServiceName = "db",
                Template = new V1PodTemplateSpec
                {
                    Spec = new V1PodSpec
                    {
                        RuntimeClassName = "runhcs-wcow-hypervisor",
                        NodeSelector = new Dictionary<string, string> { ["kubernetes.io/os"] = "windows" },
                        Containers = [new V1Container { Image = "mcr.microsoft.com/windows/servercore:ltsc2019", Resources = new V1ResourceRequirements { Limits = new Dictionary<string, ResourceQuantity> { ["memory"] = new ResourceQuantity("256Mi") } } }],
                    },
                },
            },
        };

        public V1ReplicaSet Api() => new V1ReplicaSet
        {
            Spec = new V1ReplicaSetSpec
            {
                Template = new V1PodTemplateSpec
                {
                    Spec = new V1PodSpec
                    {
                        Affinity = new V1Affinity { NodeAffinity = new V1NodeAffinity() },
                        Containers = [new V1Container { Image = "mcr.microsoft.com/windows/servercore:ltsc2022" }, new V1Container { Image = "nginx:1.27" }],
                    },
                },
            },
        };
    }
}
