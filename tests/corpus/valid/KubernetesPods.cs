// Valid-code corpus: Kubernetes pods that schedule Windows containers on nodes that run them, Linux pods, and
// look-alike model types. Under the corpus's ltsc2022 hosts, no diagnostic.
using System.Collections.Generic;
using k8s.Models;

namespace Corpus.Valid.Kubernetes
{
    public sealed class Manifests
    {
        public V1Deployment Windows() => new V1Deployment
        {
            Spec = new V1DeploymentSpec
            {
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
                                Name = "web",
                                Image = "mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022",
                                Resources = new V1ResourceRequirements { Limits = new Dictionary<string, ResourceQuantity> { ["memory"] = new ResourceQuantity("512Mi"), ["cpu"] = "1" } },
                            },
                        },
                    },
                },
            },
        };

        // Older images on 2019 nodes, Hyper-V isolated on the 2022 fleet.
        public V1Pod Legacy(bool pinned) => new V1Pod
        {
            Spec = pinned
                ? new V1PodSpec
                {
                    NodeSelector = new Dictionary<string, string> { ["node.kubernetes.io/windows-build"] = "10.0.17763" },
                    Containers = [new V1Container { Image = "mcr.microsoft.com/windows/servercore:ltsc2019" }],
                }
                : new V1PodSpec
                {
                    RuntimeClassName = "runhcs-wcow-hypervisor",
                    Containers = [new V1Container { Image = "mcr.microsoft.com/windows/servercore:ltsc2019", Resources = new V1ResourceRequirements { Limits = new Dictionary<string, ResourceQuantity> { ["memory"] = "1Gi" } } }],
                },
        };

        public V1Pod Linux() => new V1Pod
        {
            Spec = new V1PodSpec
            {
                Containers = [new V1Container { Image = "nginx:1.27", Resources = new V1ResourceRequirements { Limits = new Dictionary<string, ResourceQuantity> { ["memory"] = "64Mi" } } }],
            },
        };

        // The RuntimeClass carries the scheduling (its scheduling.nodeSelector names the nodes).
        public V1PodSpec ByRuntimeClass() => new V1PodSpec
        {
            RuntimeClassName = "windows-2022",
            Containers = [new V1Container { Image = "mcr.microsoft.com/windows/nanoserver:ltsc2022" }],
        };
    }
}

namespace Operators.Models
{
    // Shaped like KubernetesClient's models, in another namespace.
    public sealed class V1Container
    {
        public string Image { get; set; } = "";
    }

    public sealed class V1PodSpec
    {
        public List<V1Container> Containers { get; set; } = new List<V1Container>();

        public string RuntimeClassName { get; set; } = "";
    }

    public static class Factory
    {
        public static V1PodSpec Make() => new V1PodSpec
        {
            RuntimeClassName = "runhcs-wcow-process",
            Containers = { new V1Container { Image = "mcr.microsoft.com/windows/servercore:ltsc2019" } },
        };
    }
}
