using System.Threading.Tasks;
using IsolationAnalyzers.Tests.Verifiers;
using Xunit;

namespace IsolationAnalyzers.Tests.Kubernetes
{
    /// <summary>
    /// Recognition of Kubernetes pods (rules.md §1.1, Kubernetes bullet): every pod-bearing kind, containers and init
    /// containers in every collection form, settings written after construction, and look-alike types. ISO0011 (a
    /// Windows image in a pod that selects no nodes) serves as the probe: it fires exactly when the container was
    /// found in a pod whose node selector, RuntimeClass and affinity were all read.
    /// </summary>
    public class KubernetesLaunchTests
    {
        internal const string Usings = """
            using System.Collections.Generic;
            using k8s.Models;

            """;

        internal const string Windows2022 = "mcr.microsoft.com/windows/servercore:ltsc2022";

        private static Task Verify(string members, string? editorConfig = null) =>
            Verifiers.Verify.Analyzer(Usings + "class Operator\n{\n" + members + "\n}\n", editorConfig, DockerLibrary.Kubernetes);

        [Fact]
        public Task StandalonePodSpec_AndPod()
        {
            return Verify("""
                    V1PodSpec A() => new V1PodSpec
                    {
                        Containers = new List<V1Container> { new V1Container { Name = "a", Image = {|ISO0011:"mcr.microsoft.com/windows/servercore:ltsc2022"|} } },
                    };

                    V1Pod B() => new V1Pod
                    {
                        Metadata = new V1ObjectMeta { Name = "b" },
                        Spec = new V1PodSpec { Containers = new List<V1Container> { new V1Container { Image = {|ISO0011:"mcr.microsoft.com/windows/nanoserver:ltsc2022"|} } } },
                    };
                """);
        }

        [Fact]
        public Task EveryWorkloadKind_ThroughItsPodTemplate()
        {
            return Verify("""
                    V1Deployment Deployment() => new V1Deployment
                    {
                        Spec = new V1DeploymentSpec
                        {
                            Replicas = 2,
                            Template = new V1PodTemplateSpec { Spec = new V1PodSpec { Containers = new List<V1Container> { new V1Container { Image = {|ISO0011:"mcr.microsoft.com/windows/servercore:ltsc2022"|} } } } },
                        },
                    };

                    V1StatefulSet StatefulSet() => new V1StatefulSet
                    {
                        Spec = new V1StatefulSetSpec { Template = new V1PodTemplateSpec { Spec = new V1PodSpec { Containers = new List<V1Container> { new V1Container { Image = {|ISO0011:"mcr.microsoft.com/windows/servercore:ltsc2022"|} } } } } },
                    };

                    V1DaemonSet DaemonSet() => new V1DaemonSet
                    {
                        Spec = new V1DaemonSetSpec { Template = new V1PodTemplateSpec { Spec = new V1PodSpec { Containers = new List<V1Container> { new V1Container { Image = {|ISO0011:"mcr.microsoft.com/windows/servercore:ltsc2022"|} } } } } },
                    };

                    V1ReplicaSet ReplicaSet() => new V1ReplicaSet
                    {
                        Spec = new V1ReplicaSetSpec { Template = new V1PodTemplateSpec { Spec = new V1PodSpec { Containers = new List<V1Container> { new V1Container { Image = {|ISO0011:"mcr.microsoft.com/windows/servercore:ltsc2022"|} } } } } },
                    };

                    V1Job Job() => new V1Job
                    {
                        Spec = new V1JobSpec { Template = new V1PodTemplateSpec { Spec = new V1PodSpec { RestartPolicy = "Never", Containers = new List<V1Container> { new V1Container { Image = {|ISO0011:"mcr.microsoft.com/windows/servercore:ltsc2022"|} } } } } },
                    };

                    V1CronJob CronJob() => new V1CronJob
                    {
                        Spec = new V1CronJobSpec
                        {
                            Schedule = "0 * * * *",
                            JobTemplate = new V1JobTemplateSpec
                            {
                                Spec = new V1JobSpec { Template = new V1PodTemplateSpec { Spec = new V1PodSpec { Containers = new List<V1Container> { new V1Container { Image = {|ISO0011:"mcr.microsoft.com/windows/servercore:ltsc2022"|} } } } } },
                            },
                        },
                    };
                """);
        }

        [Fact]
        public Task InitContainers_AreLaunchesToo()
        {
            return Verify("""
                    V1PodSpec A() => new V1PodSpec
                    {
                        NodeSelector = new Dictionary<string, string> { ["kubernetes.io/os"] = "windows" },
                        InitContainers = new List<V1Container> { new V1Container { Image = "mcr.microsoft.com/windows/servercore:ltsc2022" } },
                        Containers = new List<V1Container> { new V1Container { Image = "mcr.microsoft.com/windows/servercore:ltsc2022" } },
                    };

                    V1PodSpec B() => new V1PodSpec
                    {
                        InitContainers = new List<V1Container> { new V1Container { Image = {|ISO0011:"mcr.microsoft.com/windows/nanoserver:ltsc2022"|} } },
                        Containers = new List<V1Container> { new V1Container { Image = {|ISO0011:"mcr.microsoft.com/windows/servercore:ltsc2022"|} } },
                    };
                """);
        }

        [Fact]
        public Task EveryCollectionForm()
        {
            return Verify("""
                    V1PodSpec Array() => new V1PodSpec { Containers = new[] { new V1Container { Image = {|ISO0011:"mcr.microsoft.com/windows/servercore:ltsc2022"|} } } };

                    V1PodSpec TypedArray() => new V1PodSpec { Containers = new V1Container[] { new V1Container { Image = {|ISO0011:"mcr.microsoft.com/windows/servercore:ltsc2022"|} } } };

                    V1PodSpec CollectionExpression() => new V1PodSpec { Containers = [new V1Container { Image = {|ISO0011:"mcr.microsoft.com/windows/servercore:ltsc2022"|} }] };

                    V1PodSpec TargetTyped() => new V1PodSpec { Containers = new List<V1Container> { new() { Image = {|ISO0011:"mcr.microsoft.com/windows/servercore:ltsc2022"|} } } };

                    V1PodSpec NestedInitializer() => new V1PodSpec { Containers = { new V1Container { Image = {|ISO0011:"mcr.microsoft.com/windows/servercore:ltsc2022"|} } } };

                    V1PodSpec AddOnTheSpec()
                    {
                        var spec = new V1PodSpec { Containers = new List<V1Container>() };
                        spec.Containers.Add(new V1Container { Image = {|ISO0011:"mcr.microsoft.com/windows/servercore:ltsc2022"|} });
                        return spec;
                    }

                    V1Pod AddThroughThePod()
                    {
                        var pod = new V1Pod { Spec = new V1PodSpec { Containers = new List<V1Container>() } };
                        pod.Spec.Containers.Add(new V1Container { Image = {|ISO0011:"mcr.microsoft.com/windows/servercore:ltsc2022"|} });
                        return pod;
                    }

                    V1PodSpec ListLocal()
                    {
                        var containers = new List<V1Container>();
                        containers.Add(new V1Container { Image = {|ISO0011:"mcr.microsoft.com/windows/servercore:ltsc2022"|} });
                        return new V1PodSpec { Containers = containers };
                    }

                    V1PodSpec ContainerLocal()
                    {
                        var web = new V1Container { Name = "web" };
                        web.Image = {|ISO0011:"mcr.microsoft.com/windows/servercore:ltsc2022"|};
                        return new V1PodSpec { Containers = new List<V1Container> { web } };
                    }
                """);
        }

        [Fact]
        public Task PiecesInLocals_AndSettingsAfterConstruction()
        {
            // An ltsc2019 host: ISO0003 on each image shows that its pod was found (the hosts are host_os only then).
            return Verify("""
                    V1Deployment SelectorOnTheTemplateSpec()
                    {
                        var container = new V1Container { Image = {|ISO0003:"mcr.microsoft.com/windows/servercore:ltsc2022"|} };
                        var spec = new V1PodSpec { Containers = new List<V1Container> { container } };
                        var template = new V1PodTemplateSpec { Spec = spec };
                        var deployment = new V1Deployment { Spec = new V1DeploymentSpec { Template = template } };
                        deployment.Spec.Template.Spec.NodeSelector = new Dictionary<string, string> { ["kubernetes.io/os"] = "windows" };
                        return deployment;
                    }

                    V1Pod SelectorEntryAdded()
                    {
                        var pod = new V1Pod { Spec = new V1PodSpec { NodeSelector = new Dictionary<string, string>() } };
                        pod.Spec.Containers = new List<V1Container> { new V1Container { Image = {|ISO0003:"mcr.microsoft.com/windows/servercore:ltsc2022"|} } };
                        pod.Spec.NodeSelector["kubernetes.io/os"] = "windows";
                        return pod;
                    }

                    V1PodSpec SelectorLocal()
                    {
                        var selector = new Dictionary<string, string>();
                        selector.Add("kubernetes.io/os", "windows");
                        return new V1PodSpec { NodeSelector = selector, Containers = [new V1Container { Image = {|ISO0003:"mcr.microsoft.com/windows/servercore:ltsc2022"|} }] };
                    }

                    V1PodSpec RuntimeClassAfterConstruction()
                    {
                        var spec = new V1PodSpec { Containers = [new V1Container { Image = {|ISO0003:"mcr.microsoft.com/windows/servercore:ltsc2022"|} }] };
                        spec.RuntimeClassName = "windows-2022";
                        return spec;
                    }

                    V1PodSpec WithoutAnyOfThem()
                    {
                        var spec = new V1PodSpec();
                        spec.Containers = [new V1Container { Image = {|ISO0003:{|ISO0011:"mcr.microsoft.com/windows/servercore:ltsc2022"|}|} }];
                        spec.NodeSelector = new Dictionary<string, string> { ["agentpool"] = "win" };
                        return spec;
                    }
                """, "isolation_analyzers.host_os = ltsc2019");
        }

        [Fact]
        public Task LookAlikeTypes_ProduceNothing()
        {
            return Verifiers.Verify.Analyzer("""
                using System.Collections.Generic;

                namespace Contoso.Models
                {
                    public class V1Container { public string Image { get; set; } }
                    public class V1PodSpec
                    {
                        public IList<V1Container> Containers { get; set; }
                        public string RuntimeClassName { get; set; }
                    }
                    public class ResourceQuantity { public ResourceQuantity(string value) { } }

                    class Operator
                    {
                        V1PodSpec A() => new V1PodSpec
                        {
                            Containers = new List<V1Container> { new V1Container { Image = "mcr.microsoft.com/windows/servercore:ltsc2019" } },
                            RuntimeClassName = "runhcs-wcow-process",
                        };
                    }
                }
                """, "isolation_analyzers.host_os = ltsc2022\nisolation_analyzers.workload_trust = untrusted", DockerLibrary.Kubernetes);
        }

        /// <summary>A project's own <c>k8s.Models</c> types, shaped like the library's.</summary>
        private const string LookAlikeModels = """
            using System.Collections.Generic;

            namespace k8s.Models
            {
                public class V1Container { public string Image { get; set; } }
                public class V1PodSpec { public IList<V1Container> Containers { get; set; } }

                class Operator
                {
                    V1PodSpec A() => new V1PodSpec { Containers = new List<V1Container> { new V1Container { Image = "mcr.microsoft.com/windows/servercore:ltsc2019" } } };
                }
            }
            """;

        [Fact]
        public Task LookAlikeTypes_WithoutKubernetesClient_ProduceNothing()
        {
            return Verifiers.Verify.Analyzer(LookAlikeModels, "isolation_analyzers.host_os = ltsc2022", DockerLibrary.None);
        }

        [Fact]
        public Task LookAlikeTypes_DeclaredNextToKubernetesClient_ProduceNothing()
        {
            // The project declares its own k8s.Models types (the compiler prefers them, warning CS0436): their members
            // are not the library's, so neither the rules nor the NodeSelector fixes apply to them.
            return Verifiers.Verify.Analyzer(LookAlikeModels, "isolation_analyzers.host_os = ltsc2022", DockerLibrary.Kubernetes);
        }

        [Fact]
        public Task ContainerOutsideAPod_HasOnlyPodIndependentRules()
        {
            // Built by a helper: the pod (its selector, RuntimeClass and hosts) is not known here.
            return Verify("""
                    static V1Container Agent() => new V1Container
                    {
                        Image = {|ISO0008:"mcr.microsoft.com/windows/servercore:latest"|},
                        Resources = new V1ResourceRequirements { Limits = new Dictionary<string, ResourceQuantity> { ["memory"] = new ResourceQuantity({|ISO0009:"16Mi"|}) } },
                    };

                    static V1Container Newer() => new V1Container { Image = "mcr.microsoft.com/windows/servercore:ltsc2025" };
                """, "isolation_analyzers.host_os = ltsc2022\nisolation_analyzers.workload_trust = untrusted");
        }

        [Fact]
        public Task OpaqueSelectorOrPodFromElsewhere_IsSilent()
        {
            return Verify("""
                    V1PodSpec A(IDictionary<string, string> selector) => new V1PodSpec
                    {
                        NodeSelector = selector,
                        Containers = [new V1Container { Image = "mcr.microsoft.com/windows/servercore:ltsc2019" }],
                    };

                    V1PodSpec B(string key) => new V1PodSpec
                    {
                        NodeSelector = new Dictionary<string, string> { [key] = "windows" },
                        Containers = [new V1Container { Image = "mcr.microsoft.com/windows/servercore:ltsc2019" }],
                    };

                    V1PodSpec C(IDictionary<string, string> defaults) => new V1PodSpec
                    {
                        NodeSelector = new Dictionary<string, string>(defaults),
                        Containers = [new V1Container { Image = "mcr.microsoft.com/windows/servercore:ltsc2019" }],
                    };

                    void D(V1PodSpec spec) => spec.Containers.Add(new V1Container { Image = "mcr.microsoft.com/windows/servercore:ltsc2019" });
                """, "isolation_analyzers.host_os = ltsc2022");
        }

        [Fact]
        public Task ImplicitQuantityConversions_AndDictionaryForms()
        {
            return Verify("""
                    V1PodSpec A() => new V1PodSpec
                    {
                        NodeSelector = new Dictionary<string, string> { ["kubernetes.io/os"] = "windows" },
                        Containers =
                        [
                            new V1Container
                            {
                                Image = "mcr.microsoft.com/windows/servercore:ltsc2022",
                                Resources = new V1ResourceRequirements { Limits = new Dictionary<string, ResourceQuantity> { { "cpu", new ResourceQuantity("1") }, { "memory", new ResourceQuantity({|ISO0009:"32Mi"|}) } } },
                            },
                            new V1Container
                            {
                                Image = "mcr.microsoft.com/windows/servercore:ltsc2022",
                                Resources = new V1ResourceRequirements { Limits = new Dictionary<string, ResourceQuantity> { ["memory"] = {|ISO0009:"32Mi"|} } },
                            },
                            new V1Container
                            {
                                Image = "mcr.microsoft.com/windows/servercore:ltsc2022",
                                Resources = new V1ResourceRequirements { Requests = new Dictionary<string, ResourceQuantity> { ["memory"] = "32Mi" }, Limits = new Dictionary<string, ResourceQuantity> { ["memory"] = "2Gi" } },
                            },
                        ],
                    };
                """);
        }
    }
}
