using System.Threading.Tasks;
using IsolationAnalyzers.CodeFixes;
using IsolationAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.CodeFixes;
using Xunit;

namespace IsolationAnalyzers.Tests.Kubernetes
{
    /// <summary>
    /// The pod fixes (rules.md §6): "Select nodes of the image's build" (ISO0002), "Run the pod in a Hyper-V
    /// RuntimeClass" (ISO0004), "Select Windows nodes" (ISO0011), and "Pin the image" / "Raise the memory limit" on pods.
    /// Each keeps comments and layout; Verify.CodeFix also runs Fix All and checks that the result compiles and is a
    /// fixed point.
    /// </summary>
    public class KubernetesCodeFixTests
    {
        private const string Ltsc2022Host = "isolation_analyzers.host_os = ltsc2022";
        private const string Untrusted = "isolation_analyzers.workload_trust = untrusted";

        private static string Wrap(string members) => KubernetesLaunchTests.Usings + "class Operator\n{\n" + members + "\n}\n";

        private static Task Fix<TFix>(string before, string after, string key, string? editorConfig = null)
            where TFix : CodeFixProvider, new() =>
            Verify.CodeFix<TFix>(Wrap(before), Wrap(after), key, editorConfig, DockerLibrary.Kubernetes);

        // Select nodes of the image's build (ISO0002).

        [Fact]
        public Task SelectBuildNodes_AddsTheEntryToTheSelector()
        {
            return Fix<PodSchedulingCodeFixProvider>(
                """
                    V1PodSpec A() => new V1PodSpec
                    {
                        NodeSelector = new Dictionary<string, string>
                        {
                            ["kubernetes.io/os"] = "windows" // every agent is Windows
                        },
                        Containers = [new V1Container { Image = {|ISO0002:"mcr.microsoft.com/windows/servercore:ltsc2019"|} }],
                    };
                """,
                """
                    V1PodSpec A() => new V1PodSpec
                    {
                        NodeSelector = new Dictionary<string, string>
                        {
                            ["kubernetes.io/os"] = "windows", // every agent is Windows
                            ["node.kubernetes.io/windows-build"] = "10.0.17763"
                        },
                        Containers = [new V1Container { Image = "mcr.microsoft.com/windows/servercore:ltsc2019" }],
                    };
                """,
                EquivalenceKeys.SelectImageBuildNodes,
                Ltsc2022Host);
        }

        [Fact]
        public Task SelectBuildNodes_KeepsThePairStyle()
        {
            return Fix<PodSchedulingCodeFixProvider>(
                """
                    V1PodSpec A() => new V1PodSpec
                    {
                        NodeSelector = new Dictionary<string, string> { { "kubernetes.io/os", "windows" } },
                        Containers = [new V1Container { Image = {|ISO0002:"mcr.microsoft.com/windows/nanoserver:1809"|} }],
                    };
                """,
                """
                    V1PodSpec A() => new V1PodSpec
                    {
                        NodeSelector = new Dictionary<string, string> { { "kubernetes.io/os", "windows" }, { "node.kubernetes.io/windows-build", "10.0.17763" } },
                        Containers = [new V1Container { Image = "mcr.microsoft.com/windows/nanoserver:1809" }],
                    };
                """,
                EquivalenceKeys.SelectImageBuildNodes,
                Ltsc2022Host);
        }

        [Fact]
        public Task SelectBuildNodes_ReplacesTheSelectedBuild()
        {
            return Fix<PodSchedulingCodeFixProvider>(
                """
                    V1PodSpec A() => new V1PodSpec
                    {
                        NodeSelector = new Dictionary<string, string> { ["node.kubernetes.io/windows-build"] = /* 2022 pool */ "10.0.20348" },
                        Containers = [new V1Container { Image = {|ISO0002:"mcr.microsoft.com/windows/servercore:ltsc2019"|} }],
                    };
                """,
                """
                    V1PodSpec A() => new V1PodSpec
                    {
                        NodeSelector = new Dictionary<string, string> { ["node.kubernetes.io/windows-build"] = /* 2022 pool */ "10.0.17763" },
                        Containers = [new V1Container { Image = "mcr.microsoft.com/windows/servercore:ltsc2019" }],
                    };
                """,
                EquivalenceKeys.SelectImageBuildNodes);
        }

        [Fact]
        public Task SelectBuildNodes_CreatesTheSelector_AndFixAllFixesEveryPod()
        {
            return Fix<PodSchedulingCodeFixProvider>(
                """
                    V1PodSpec A() => new V1PodSpec
                    {
                        RuntimeClassName = "windows-process",
                        Containers = [new V1Container { Image = {|ISO0002:"mcr.microsoft.com/windows/servercore:ltsc2019"|} }],
                    };

                    V1Pod B()
                    {
                        var pod = new V1Pod { Spec = new V1PodSpec() { RuntimeClassName = "windows-process" } }; // created empty
                        pod.Spec.Containers = new List<V1Container> { new V1Container { Image = {|ISO0002:"mcr.microsoft.com/windows/nanoserver:1809"|} } };
                        return pod;
                    }
                """,
                """
                    V1PodSpec A() => new V1PodSpec
                    {
                        RuntimeClassName = "windows-process",
                        Containers = [new V1Container { Image = "mcr.microsoft.com/windows/servercore:ltsc2019" }],
                        NodeSelector = new Dictionary<string, string> { ["node.kubernetes.io/windows-build"] = "10.0.17763" },
                    };

                    V1Pod B()
                    {
                        var pod = new V1Pod { Spec = new V1PodSpec() { RuntimeClassName = "windows-process", NodeSelector = new Dictionary<string, string> { ["node.kubernetes.io/windows-build"] = "10.0.17763" } } }; // created empty
                        pod.Spec.Containers = new List<V1Container> { new V1Container { Image = "mcr.microsoft.com/windows/nanoserver:1809" } };
                        return pod;
                    }
                """,
                EquivalenceKeys.SelectImageBuildNodes,
                Ltsc2022Host);
        }

        [Fact]
        public Task SelectBuildNodes_WritesTheFullTypeNameWithoutTheUsing()
        {
            const string Before = """
                using k8s.Models;

                class Operator
                {
                    V1PodSpec A() => new V1PodSpec { RuntimeClassName = "windows-process", Containers = new[] { new V1Container { Image = {|ISO0002:"mcr.microsoft.com/windows/servercore:ltsc2019"|} } } };
                }
                """;
            const string After = """
                using k8s.Models;

                class Operator
                {
                    V1PodSpec A() => new V1PodSpec { RuntimeClassName = "windows-process", Containers = new[] { new V1Container { Image = "mcr.microsoft.com/windows/servercore:ltsc2019" } }, NodeSelector = new System.Collections.Generic.Dictionary<string, string> { ["node.kubernetes.io/windows-build"] = "10.0.17763" } };
                }
                """;
            return Verify.CodeFix<PodSchedulingCodeFixProvider>(Before, After, EquivalenceKeys.SelectImageBuildNodes, Ltsc2022Host, DockerLibrary.Kubernetes);
        }

        [Fact]
        public Task IsolationFixes_AreNotOfferedForPods()
        {
            const string Source = """
                    V1PodSpec A() => new V1PodSpec
                    {
                        NodeSelector = new Dictionary<string, string> { ["kubernetes.io/os"] = "windows" },
                        RuntimeClassName = {|ISO0004:"windows-process"|},
                        Containers = [new V1Container { Image = {|ISO0002:"mcr.microsoft.com/windows/servercore:ltsc2019"|} }],
                    };
                """;
            return Verify.NoCodeFix<UseIsolationModeCodeFixProvider>(Wrap(Source), EquivalenceKeys.UseHyperVIsolation, Ltsc2022Host + "\n" + Untrusted, DockerLibrary.Kubernetes);
        }

        [Fact]
        public Task NoSelectorFix_WhenTheSelectorIsNotWrittenHere()
        {
            const string Source = """
                    V1PodSpec A(bool old) => new V1PodSpec
                    {
                        NodeSelector = new Dictionary<string, string> { ["node.kubernetes.io/windows-build"] = old ? "10.0.17763" : "10.0.20348" },
                        Containers = [new V1Container { Image = {|ISO0002:"mcr.microsoft.com/windows/servercore:ltsc2019"|} }],
                    };
                """;
            return Verify.NoCodeFix<PodSchedulingCodeFixProvider>(Wrap(Source), EquivalenceKeys.SelectImageBuildNodes, null, DockerLibrary.Kubernetes);
        }

        // Run the pod in a Hyper-V RuntimeClass (ISO0004).

        [Fact]
        public Task HyperVRuntimeClass_AddsRuntimeClassName()
        {
            return Fix<PodSchedulingCodeFixProvider>(
                """
                    V1PodSpec A() => new V1PodSpec
                    {
                        // tenant code
                        NodeSelector = new Dictionary<string, string> { ["kubernetes.io/os"] = "windows" },
                        Containers = [new V1Container { Image = {|ISO0004:"contoso.azurecr.io/tenant/job:1.0"|} }]
                    };
                """,
                """
                    V1PodSpec A() => new V1PodSpec
                    {
                        // tenant code
                        NodeSelector = new Dictionary<string, string> { ["kubernetes.io/os"] = "windows" },
                        Containers = [new V1Container { Image = "contoso.azurecr.io/tenant/job:1.0" }],
                        RuntimeClassName = "runhcs-wcow-hypervisor"
                    };
                """,
                EquivalenceKeys.UseHyperVRuntimeClass,
                Untrusted);
        }

        [Fact]
        public Task HyperVRuntimeClass_ReplacesAProcessClass_WithTheFirstConfiguredOne()
        {
            return Fix<PodSchedulingCodeFixProvider>(
                """
                    V1PodSpec A()
                    {
                        var spec = new V1PodSpec();
                        spec.NodeSelector = new Dictionary<string, string> { ["kubernetes.io/os"] = "windows" };
                        spec.RuntimeClassName = {|ISO0004:"windows-process"|}; // the default pool
                        spec.Containers = [new V1Container { Image = "mcr.microsoft.com/windows/servercore:ltsc2022" }];
                        return spec;
                    }
                """,
                """
                    V1PodSpec A()
                    {
                        var spec = new V1PodSpec();
                        spec.NodeSelector = new Dictionary<string, string> { ["kubernetes.io/os"] = "windows" };
                        spec.RuntimeClassName = "sandbox"; // the default pool
                        spec.Containers = [new V1Container { Image = "mcr.microsoft.com/windows/servercore:ltsc2022" }];
                        return spec;
                    }
                """,
                EquivalenceKeys.UseHyperVRuntimeClass,
                Untrusted + "\nisolation_analyzers.hyperv_runtime_classes = sandbox, hyperv-2022");
        }

        [Fact]
        public Task HyperVRuntimeClass_CreatesTheInitializer()
        {
            return Fix<PodSchedulingCodeFixProvider>(
                """
                    [UntrustedWorkload]
                    V1PodSpec A()
                    {
                        var spec = new V1PodSpec(); // filled below
                        spec.NodeSelector = new Dictionary<string, string> { ["kubernetes.io/os"] = "windows" };
                        spec.Containers = [new V1Container { Image = {|ISO0004:"mcr.microsoft.com/windows/servercore:ltsc2022"|} }];
                        return spec;
                    }
                }

                class UntrustedWorkloadAttribute : System.Attribute
                {
                """,
                """
                    [UntrustedWorkload]
                    V1PodSpec A()
                    {
                        var spec = new V1PodSpec() { RuntimeClassName = "runhcs-wcow-hypervisor" }; // filled below
                        spec.NodeSelector = new Dictionary<string, string> { ["kubernetes.io/os"] = "windows" };
                        spec.Containers = [new V1Container { Image = "mcr.microsoft.com/windows/servercore:ltsc2022" }];
                        return spec;
                    }
                }

                class UntrustedWorkloadAttribute : System.Attribute
                {
                """,
                EquivalenceKeys.UseHyperVRuntimeClass);
        }

        // Select Windows nodes (ISO0011).

        [Fact]
        public Task SelectWindowsNodes_CreatesTheSelector_WithTheImageBuild()
        {
            return Fix<PodSchedulingCodeFixProvider>(
                """
                    V1Deployment A() => new V1Deployment
                    {
                        Spec = new V1DeploymentSpec
                        {
                            Template = new V1PodTemplateSpec
                            {
                                Spec = new V1PodSpec
                                {
                                    Containers =
                                    [
                                        new V1Container { Name = "web", Image = {|ISO0011:"mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022"|} },
                                    ],
                                },
                            },
                        },
                    };
                """,
                """
                    V1Deployment A() => new V1Deployment
                    {
                        Spec = new V1DeploymentSpec
                        {
                            Template = new V1PodTemplateSpec
                            {
                                Spec = new V1PodSpec
                                {
                                    Containers =
                                    [
                                        new V1Container { Name = "web", Image = "mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022" },
                                    ],
                                    NodeSelector = new Dictionary<string, string> { ["kubernetes.io/os"] = "windows", ["node.kubernetes.io/windows-build"] = "10.0.20348" },
                                },
                            },
                        },
                    };
                """,
                EquivalenceKeys.SelectWindowsNodes);
        }

        [Fact]
        public Task SelectWindowsNodes_AddsToTheSelector_OsOnlyWhenTheBuildIsUnknown()
        {
            return Fix<PodSchedulingCodeFixProvider>(
                """
                    V1PodSpec A()
                    {
                        var selector = new Dictionary<string, string> { ["agentpool"] = "win" };
                        return new V1PodSpec
                        {
                            NodeSelector = selector,
                            Containers = [new V1Container { Image = {|ISO0011:"mcr.microsoft.com/dotnet/framework/aspnet:4.8"|} }],
                        };
                    }

                    V1PodSpec B() => new V1PodSpec
                    {
                        NodeSelector = { ["agentpool"] = "win" },
                        Containers = [new V1Container { Image = {|ISO0011:"mcr.microsoft.com/windows/nanoserver:ltsc2025"|} }],
                    };
                """,
                """
                    V1PodSpec A()
                    {
                        var selector = new Dictionary<string, string> { ["agentpool"] = "win", ["kubernetes.io/os"] = "windows" };
                        return new V1PodSpec
                        {
                            NodeSelector = selector,
                            Containers = [new V1Container { Image = "mcr.microsoft.com/dotnet/framework/aspnet:4.8" }],
                        };
                    }

                    V1PodSpec B() => new V1PodSpec
                    {
                        NodeSelector = { ["agentpool"] = "win", ["kubernetes.io/os"] = "windows", ["node.kubernetes.io/windows-build"] = "10.0.26100" },
                        Containers = [new V1Container { Image = "mcr.microsoft.com/windows/nanoserver:ltsc2025" }],
                    };
                """,
                EquivalenceKeys.SelectWindowsNodes);
        }

        [Fact]
        public Task SelectWindowsNodes_TwoContainersOfOnePod_FixAllAddsTheEntriesOnce()
        {
            return Fix<PodSchedulingCodeFixProvider>(
                """
                    V1PodSpec A() => new V1PodSpec
                    {
                        InitContainers = [new V1Container { Image = {|ISO0011:"mcr.microsoft.com/windows/nanoserver:ltsc2022"|} }],
                        Containers = [new V1Container { Image = {|ISO0011:"mcr.microsoft.com/windows/servercore:ltsc2022"|} }],
                    };
                """,
                """
                    V1PodSpec A() => new V1PodSpec
                    {
                        InitContainers = [new V1Container { Image = "mcr.microsoft.com/windows/nanoserver:ltsc2022" }],
                        Containers = [new V1Container { Image = "mcr.microsoft.com/windows/servercore:ltsc2022" }],
                        NodeSelector = new Dictionary<string, string> { ["kubernetes.io/os"] = "windows", ["node.kubernetes.io/windows-build"] = "10.0.20348" },
                    };
                """,
                EquivalenceKeys.SelectWindowsNodes);
        }

        [Fact]
        public Task NoSelectWindowsNodesFix_WhenAnOsEntryIsThere()
        {
            const string Source = """
                    V1PodSpec A() => new V1PodSpec
                    {
                        // Label values are case-sensitive: no node matches, and the fix leaves the entry to the user.
                        NodeSelector = new Dictionary<string, string> { ["kubernetes.io/os"] = "Windows" },
                        Containers = [new V1Container { Image = {|ISO0011:"mcr.microsoft.com/windows/servercore:ltsc2022"|} }],
                    };
                """;
            return Verify.NoCodeFix<PodSchedulingCodeFixProvider>(Wrap(Source), EquivalenceKeys.SelectWindowsNodes, null, DockerLibrary.Kubernetes);
        }

        // Pin the image (ISO0003, ISO0008) and raise the memory limit (ISO0009) on pods.

        [Fact]
        public Task PinImage_ToTheSelectedBuild()
        {
            return Fix<PinImageCodeFixProvider>(
                """
                    V1PodSpec A() => new V1PodSpec
                    {
                        NodeSelector = new Dictionary<string, string> { ["node.kubernetes.io/windows-build"] = "10.0.17763" },
                        Containers = [new V1Container { Image = /* agent */ {|ISO0003:"mcr.microsoft.com/windows/servercore:ltsc2022"|} }],
                    };
                """,
                """
                    V1PodSpec A() => new V1PodSpec
                    {
                        NodeSelector = new Dictionary<string, string> { ["node.kubernetes.io/windows-build"] = "10.0.17763" },
                        Containers = [new V1Container { Image = /* agent */ "mcr.microsoft.com/windows/servercore:ltsc2019" }],
                    };
                """,
                EquivalenceKeys.PinImage("ltsc2019"),
                Ltsc2022Host);
        }

        [Fact]
        public Task PinImage_UnpinnedBaseImage()
        {
            return Fix<PinImageCodeFixProvider>(
                """
                    V1PodSpec A() => new V1PodSpec
                    {
                        NodeSelector = new Dictionary<string, string> { ["kubernetes.io/os"] = "windows" },
                        Containers = [new V1Container { Image = {|ISO0008:"mcr.microsoft.com/windows/nanoserver"|} }],
                    };
                """,
                """
                    V1PodSpec A() => new V1PodSpec
                    {
                        NodeSelector = new Dictionary<string, string> { ["kubernetes.io/os"] = "windows" },
                        Containers = [new V1Container { Image = "mcr.microsoft.com/windows/nanoserver:ltsc2022" }],
                    };
                """,
                EquivalenceKeys.PinImage("ltsc2022"),
                Ltsc2022Host);
        }

        [Fact]
        public Task RaiseMemory_InTheQuantitysNotation()
        {
            return Fix<RaiseMemoryLimitCodeFixProvider>(
                """
                    V1PodSpec A() => new V1PodSpec
                    {
                        NodeSelector = new Dictionary<string, string> { ["kubernetes.io/os"] = "windows" },
                        RuntimeClassName = "runhcs-wcow-hypervisor",
                        Containers =
                        [
                            new V1Container
                            {
                                Image = "mcr.microsoft.com/windows/nanoserver:ltsc2022",
                                Resources = new V1ResourceRequirements
                                {
                                    Limits = new Dictionary<string, ResourceQuantity>
                                    {
                                        ["cpu"] = new ResourceQuantity("500m"),
                                        ["memory"] = new ResourceQuantity({|ISO0009:"64Mi"|}), // tight
                                    },
                                },
                            },
                            new V1Container
                            {
                                Image = "mcr.microsoft.com/windows/nanoserver:ltsc2022",
                                Resources = new V1ResourceRequirements { Limits = new Dictionary<string, ResourceQuantity> { ["memory"] = {|ISO0009:"100M"|} } },
                            },
                        ],
                    };
                """,
                """
                    V1PodSpec A() => new V1PodSpec
                    {
                        NodeSelector = new Dictionary<string, string> { ["kubernetes.io/os"] = "windows" },
                        RuntimeClassName = "runhcs-wcow-hypervisor",
                        Containers =
                        [
                            new V1Container
                            {
                                Image = "mcr.microsoft.com/windows/nanoserver:ltsc2022",
                                Resources = new V1ResourceRequirements
                                {
                                    Limits = new Dictionary<string, ResourceQuantity>
                                    {
                                        ["cpu"] = new ResourceQuantity("500m"),
                                        ["memory"] = new ResourceQuantity("130Mi"), // tight
                                    },
                                },
                            },
                            new V1Container
                            {
                                Image = "mcr.microsoft.com/windows/nanoserver:ltsc2022",
                                Resources = new V1ResourceRequirements { Limits = new Dictionary<string, ResourceQuantity> { ["memory"] = "137M" } },
                            },
                        ],
                    };
                """,
                EquivalenceKeys.RaiseMemoryLimit);
        }

        [Fact]
        public Task InterpretMilliAsMebibytes()
        {
            return Fix<RaiseMemoryLimitCodeFixProvider>(
                """
                    V1PodSpec A() => new V1PodSpec
                    {
                        Containers = [new V1Container { Image = "redis:7-alpine", Resources = new V1ResourceRequirements { Limits = new Dictionary<string, ResourceQuantity> { ["memory"] = new ResourceQuantity({|ISO0009:"512m"|}) } } }],
                    };
                """,
                """
                    V1PodSpec A() => new V1PodSpec
                    {
                        Containers = [new V1Container { Image = "redis:7-alpine", Resources = new V1ResourceRequirements { Limits = new Dictionary<string, ResourceQuantity> { ["memory"] = new ResourceQuantity("512Mi") } } }],
                    };
                """,
                EquivalenceKeys.InterpretMemoryAsMegabytes);
        }
    }
}
