using System.Threading.Tasks;
using IsolationAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace IsolationAnalyzers.Tests.Kubernetes
{
    /// <summary>
    /// The rules on Kubernetes launches (rules.md §5.1, Kubernetes bullets): hosts from the pod's windows-build selector
    /// or host_os, isolation from the RuntimeClass, quantities as memory limits, and no rule that needs an isolation field.
    /// </summary>
    public class KubernetesRuleTests
    {
        private const string Ltsc2022Host = "isolation_analyzers.host_os = ltsc2022";
        private const string Untrusted = "isolation_analyzers.workload_trust = untrusted";

        private static Task Verify(string members, string? editorConfig = null, params DiagnosticResult[] expected) =>
            Verifiers.Verify.Analyzer(KubernetesLaunchTests.Usings + "class Operator\n{\n" + members + "\n}\n", editorConfig, DockerLibrary.Kubernetes, expected);

        /// <summary>A warning at markup location {#N}; its additional location (the fix's anchor) is not compared.</summary>
        private static DiagnosticResult Expected(string id, int location) =>
            new DiagnosticResult(id, Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(location).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations);

        // ISO0002: process isolation (no Hyper-V RuntimeClass) with an image build the pod's hosts cannot run.

        [Fact]
        public Task ISO0002_OlderImageOnHostOs_ReportedOnTheImage()
        {
            return Verify("""
                    V1PodSpec A() => new V1PodSpec
                    {
                        NodeSelector = new Dictionary<string, string> { ["kubernetes.io/os"] = "windows" },
                        Containers = [new V1Container { Image = {|ISO0002:"mcr.microsoft.com/windows/servercore:ltsc2019"|} }],
                    };

                    V1PodSpec B() => new V1PodSpec
                    {
                        NodeSelector = new Dictionary<string, string> { ["kubernetes.io/os"] = "windows" },
                        RuntimeClassName = "windows-process",
                        Containers = [new V1Container { Image = {|ISO0002:"mcr.microsoft.com/windows/servercore:ltsc2019"|} }],
                    };
                """, Ltsc2022Host);
        }

        [Fact]
        public Task ISO0002_Message_NamesTheHostAndTheRelease()
        {
            return Verify("""
                    V1PodSpec A() => new V1PodSpec
                    {
                        NodeSelector = new Dictionary<string, string> { ["kubernetes.io/os"] = "windows" },
                        Containers = [new V1Container { Image = {|#0:"mcr.microsoft.com/windows/servercore:ltsc2019"|} }],
                    };
                """,
                Ltsc2022Host,
                Expected("ISO0002", 0)
                    .WithArguments("mcr.microsoft.com/windows/servercore:ltsc2019", 17763, "ltsc2022 (build 20348)", "ltsc2022", ""));
        }

        [Fact]
        public Task ISO0002_TheWindowsBuildSelectorReplacesHostOs()
        {
            return Verify("""
                    // The pod runs on 2019 nodes: host_os (2022) does not apply to it.
                    V1PodSpec A() => new V1PodSpec
                    {
                        NodeSelector = new Dictionary<string, string> { ["kubernetes.io/os"] = "windows", ["node.kubernetes.io/windows-build"] = "10.0.17763" },
                        Containers = [new V1Container { Image = "mcr.microsoft.com/windows/servercore:ltsc2019" }],
                    };

                    // 2022 nodes, without host_os: the selector alone is the host.
                    V1PodSpec B() => new V1PodSpec
                    {
                        NodeSelector = new Dictionary<string, string> { ["node.kubernetes.io/windows-build"] = "10.0.20348" },
                        Containers = [new V1Container { Image = {|#0:"mcr.microsoft.com/windows/nanoserver:1809"|} }],
                    };
                """,
                Ltsc2022Host.Replace("ltsc2022", "ltsc2019"),
                Expected("ISO0002", 0)
                    .WithArguments("mcr.microsoft.com/windows/nanoserver:1809", 17763, "node.kubernetes.io/windows-build=10.0.20348 (build 20348)", "ltsc2022", ""));
        }

        [Fact]
        public Task ISO0002_Silent_WithAHyperVRuntimeClass_MatchingBuild_OrNoHost()
        {
            return Verify("""
                    V1PodSpec HyperV() => new V1PodSpec
                    {
                        NodeSelector = new Dictionary<string, string> { ["kubernetes.io/os"] = "windows" },
                        RuntimeClassName = "runhcs-wcow-hypervisor",
                        Containers = [new V1Container { Image = "mcr.microsoft.com/windows/servercore:ltsc2019" }],
                    };

                    V1PodSpec Matching() => new V1PodSpec
                    {
                        NodeSelector = new Dictionary<string, string> { ["kubernetes.io/os"] = "windows" },
                        Containers = [new V1Container { Image = "mcr.microsoft.com/windows/servercore:ltsc2022" }],
                    };

                    V1PodSpec UnknownRuntimeClass(string runtimeClass) => new V1PodSpec
                    {
                        NodeSelector = new Dictionary<string, string> { ["kubernetes.io/os"] = "windows" },
                        RuntimeClassName = runtimeClass,
                        Containers = [new V1Container { Image = "mcr.microsoft.com/windows/servercore:ltsc2019" }],
                    };

                    V1PodSpec UnknownBuildSelector(string build) => new V1PodSpec
                    {
                        NodeSelector = new Dictionary<string, string> { ["kubernetes.io/os"] = "windows", ["node.kubernetes.io/windows-build"] = build },
                        Containers = [new V1Container { Image = "mcr.microsoft.com/windows/servercore:ltsc2019" }],
                    };

                    V1PodSpec NotABuild() => new V1PodSpec
                    {
                        NodeSelector = new Dictionary<string, string> { ["node.kubernetes.io/windows-build"] = "ltsc2022" },
                        Containers = [new V1Container { Image = "mcr.microsoft.com/windows/servercore:ltsc2019" }],
                    };
                """, Ltsc2022Host);
        }

        [Fact]
        public Task ISO0002_Silent_WithNeitherSelectorNorHostOs()
        {
            return Verify("""
                    V1PodSpec A() => new V1PodSpec
                    {
                        NodeSelector = new Dictionary<string, string> { ["kubernetes.io/os"] = "windows" },
                        Containers = [new V1Container { Image = "mcr.microsoft.com/windows/servercore:ltsc2019" }],
                    };
                """);
        }

        [Fact]
        public Task HyperVRuntimeClasses_IsConfigurable()
        {
            return Verify("""
                    V1PodSpec Sandbox() => new V1PodSpec
                    {
                        NodeSelector = new Dictionary<string, string> { ["kubernetes.io/os"] = "windows" },
                        RuntimeClassName = "sandbox",
                        Containers = [new V1Container { Image = "mcr.microsoft.com/windows/servercore:ltsc2019" }],
                    };

                    // The default class is no longer a Hyper-V one once the list is set.
                    V1PodSpec Default() => new V1PodSpec
                    {
                        NodeSelector = new Dictionary<string, string> { ["kubernetes.io/os"] = "windows" },
                        RuntimeClassName = "runhcs-wcow-hypervisor",
                        Containers = [new V1Container { Image = {|ISO0002:"mcr.microsoft.com/windows/servercore:ltsc2019"|} }],
                    };
                """, Ltsc2022Host + "\nisolation_analyzers.hyperv_runtime_classes = sandbox, windows-hyperv");
        }

        [Fact]
        public Task HyperVRuntimeClasses_FromTheMsBuildProperty()
        {
            return Verify("""
                    V1PodSpec Sandbox() => new V1PodSpec
                    {
                        NodeSelector = new Dictionary<string, string> { ["kubernetes.io/os"] = "windows" },
                        RuntimeClassName = "sandbox",
                        Containers = [new V1Container { Image = "mcr.microsoft.com/windows/servercore:ltsc2019" }],
                    };
                """, Ltsc2022Host + "\nbuild_property.ContainerHyperVRuntimeClasses = sandbox");
        }

        // ISO0003: an image newer than the pod's hosts.

        [Fact]
        public Task ISO0003_NewerThanHostOs_OrThanTheSelectedBuild()
        {
            return Verify("""
                    V1PodSpec A() => new V1PodSpec
                    {
                        NodeSelector = new Dictionary<string, string> { ["kubernetes.io/os"] = "windows" },
                        RuntimeClassName = "runhcs-wcow-hypervisor",
                        Containers = [new V1Container { Image = {|ISO0003:"mcr.microsoft.com/windows/servercore:ltsc2025"|} }],
                    };

                    // Newer than the selected 2019 nodes, whatever host_os says; ISO0003 takes precedence over ISO0002.
                    V1PodSpec B() => new V1PodSpec
                    {
                        NodeSelector = new Dictionary<string, string> { ["node.kubernetes.io/windows-build"] = "10.0.17763" },
                        Containers = [new V1Container { Image = {|ISO0003:"mcr.microsoft.com/windows/servercore:ltsc2022"|} }],
                    };

                    // Runs on the selected 2025 nodes though host_os says 2022.
                    V1PodSpec C() => new V1PodSpec
                    {
                        NodeSelector = new Dictionary<string, string> { ["node.kubernetes.io/windows-build"] = "10.0.26100" },
                        Containers = [new V1Container { Image = "mcr.microsoft.com/windows/servercore:ltsc2025" }],
                    };

                    // Either build may be selected: each is a host.
                    V1PodSpec D(bool old) => new V1PodSpec
                    {
                        NodeSelector = new Dictionary<string, string> { ["node.kubernetes.io/windows-build"] = old ? "10.0.17763" : "10.0.20348" },
                        RuntimeClassName = "runhcs-wcow-hypervisor",
                        Containers = [new V1Container { Image = {|#0:"mcr.microsoft.com/windows/servercore:ltsc2022"|} }],
                    };
                """,
                Ltsc2022Host,
                Expected("ISO0003", 0)
                    .WithArguments("mcr.microsoft.com/windows/servercore:ltsc2022", 20348, "node.kubernetes.io/windows-build=10.0.17763 (build 17763)", ""));
        }

        // ISO0004: an untrusted Windows or unknown image whose pod has no Hyper-V RuntimeClass.

        [Fact]
        public Task ISO0004_OnTheImage_WhenThePodNamesNoRuntimeClass()
        {
            return Verify("""
                    V1PodSpec A() => new V1PodSpec
                    {
                        NodeSelector = new Dictionary<string, string> { ["kubernetes.io/os"] = "windows" },
                        Containers = [new V1Container { Image = {|#0:"mcr.microsoft.com/windows/servercore:ltsc2022"|} }],
                    };

                    V1PodSpec B(string image) => new V1PodSpec
                    {
                        NodeSelector = new Dictionary<string, string> { ["kubernetes.io/os"] = "windows" },
                        Containers = [new V1Container { Image = {|ISO0004:image|} }],
                    };
                """,
                Untrusted,
                Expected("ISO0004", 0)
                    .WithArguments("workload_trust = untrusted", " (the pod names no RuntimeClass, and Kubernetes runs Windows containers process-isolated)", ""));
        }

        [Fact]
        public Task ISO0004_OnTheRuntimeClass_WhenItIsNotAHyperVOne()
        {
            return Verify("""
                    V1PodSpec A() => new V1PodSpec
                    {
                        NodeSelector = new Dictionary<string, string> { ["kubernetes.io/os"] = "windows" },
                        RuntimeClassName = {|#0:"runhcs-wcow-process"|},
                        Containers = [new V1Container { Image = "mcr.microsoft.com/windows/servercore:ltsc2022" }],
                    };

                    [UntrustedWorkload]
                    V1PodSpec B()
                    {
                        var spec = new V1PodSpec { Containers = [new V1Container { Image = "contoso.azurecr.io/tenant/job:1.0" }] };
                        spec.RuntimeClassName = {|ISO0004:"windows-2022"|};
                        spec.NodeSelector = new Dictionary<string, string> { ["kubernetes.io/os"] = "windows" };
                        return spec;
                    }
                }

                class UntrustedWorkloadAttribute : System.Attribute
                {
                """,
                Untrusted,
                Expected("ISO0004", 0)
                    .WithArguments("workload_trust = untrusted", " (RuntimeClass 'runhcs-wcow-process' is not in hyperv_runtime_classes: runhcs-wcow-hypervisor)", ""));
        }

        [Fact]
        public Task ISO0004_Silent_ForHyperVOrUnknownRuntimeClass_LinuxImage_OrTrusted()
        {
            return Verify("""
                    V1PodSpec HyperV() => new V1PodSpec
                    {
                        RuntimeClassName = "runhcs-wcow-hypervisor",
                        Containers = [new V1Container { Image = "mcr.microsoft.com/windows/servercore:ltsc2022" }],
                    };

                    V1PodSpec MaybeHyperV(bool sandbox) => new V1PodSpec
                    {
                        RuntimeClassName = sandbox ? "runhcs-wcow-hypervisor" : null,
                        Containers = [new V1Container { Image = "mcr.microsoft.com/windows/servercore:ltsc2022" }],
                    };

                    V1PodSpec Unknown(string runtimeClass) => new V1PodSpec
                    {
                        RuntimeClassName = runtimeClass,
                        Containers = [new V1Container { Image = "mcr.microsoft.com/windows/servercore:ltsc2022" }],
                    };

                    V1PodSpec Linux() => new V1PodSpec
                    {
                        NodeSelector = new Dictionary<string, string> { ["kubernetes.io/os"] = "linux" },
                        Containers = [new V1Container { Image = "contoso.azurecr.io/tenant/job:1.0" }, new V1Container { Image = "redis:7-alpine" }],
                    };
                """, Untrusted);
        }

        // ISO0008: a Windows base image without an OS release, whatever the pod.

        [Fact]
        public Task ISO0008_UnpinnedBaseImage_PinnedToTheSelectedBuild()
        {
            return Verify("""
                    V1PodSpec A() => new V1PodSpec
                    {
                        NodeSelector = new Dictionary<string, string> { ["kubernetes.io/os"] = "windows" },
                        Containers = [new V1Container { Image = {|ISO0008:"mcr.microsoft.com/windows/servercore"|} }],
                    };

                    V1PodSpec B() => new V1PodSpec
                    {
                        NodeSelector = new Dictionary<string, string> { ["node.kubernetes.io/windows-build"] = "10.0.17763" },
                        Containers = [new V1Container { Image = {|#0:"mcr.microsoft.com/windows/nanoserver:latest"|} }],
                    };

                    V1PodSpec Pinned() => new V1PodSpec
                    {
                        NodeSelector = new Dictionary<string, string> { ["kubernetes.io/os"] = "windows" },
                        Containers = [new V1Container { Image = "mcr.microsoft.com/windows/nanoserver:ltsc2022" }],
                    };
                """,
                null,
                Expected("ISO0008", 0)
                    .WithArguments("mcr.microsoft.com/windows/nanoserver:latest", "mcr.microsoft.com/windows/nanoserver:1809", ""));
        }

        // ISO0009: process minimums, or the Hyper-V ones under a Hyper-V RuntimeClass, on the quantity.

        [Fact]
        public Task ISO0009_ProcessMinimum_WithoutAHyperVRuntimeClass()
        {
            return Verify("""
                    V1PodSpec A() => new V1PodSpec
                    {
                        NodeSelector = new Dictionary<string, string> { ["kubernetes.io/os"] = "windows" },
                        Containers =
                        [
                            new V1Container { Image = "mcr.microsoft.com/windows/nanoserver:ltsc2022", Resources = new V1ResourceRequirements { Limits = new Dictionary<string, ResourceQuantity> { ["memory"] = new ResourceQuantity({|#0:"32Mi"|}) } } },
                            new V1Container { Image = "mcr.microsoft.com/windows/nanoserver:ltsc2022", Resources = new V1ResourceRequirements { Limits = new Dictionary<string, ResourceQuantity> { ["memory"] = new ResourceQuantity("40Mi") } } },
                            new V1Container { Image = "mcr.microsoft.com/windows/servercore:ltsc2022", Resources = new V1ResourceRequirements { Limits = new Dictionary<string, ResourceQuantity> { ["memory"] = new ResourceQuantity({|ISO0009:"48M"|}) } } },
                            new V1Container { Image = "mcr.microsoft.com/windows/servercore:ltsc2022", Resources = new V1ResourceRequirements { Limits = new Dictionary<string, ResourceQuantity> { ["memory"] = new ResourceQuantity("55M") } } },
                        ],
                    };
                """,
                null,
                Expected("ISO0009", 0)
                    .WithArguments("'32Mi' (32 MB)", "40 MB", "a Nano Server container with process isolation", ""));
        }

        [Fact]
        public Task ISO0009_HyperVMinimum_UnderAHyperVRuntimeClass()
        {
            return Verify("""
                    V1PodSpec A() => new V1PodSpec
                    {
                        RuntimeClassName = "runhcs-wcow-hypervisor",
                        Containers =
                        [
                            new V1Container { Image = "mcr.microsoft.com/windows/nanoserver:ltsc2022", Resources = new V1ResourceRequirements { Limits = new Dictionary<string, ResourceQuantity> { ["memory"] = new ResourceQuantity({|#0:"64Mi"|}) } } },
                            new V1Container { Image = "mcr.microsoft.com/windows/nanoserver:ltsc2022", Resources = new V1ResourceRequirements { Limits = new Dictionary<string, ResourceQuantity> { ["memory"] = new ResourceQuantity("130Mi") } } },
                        ],
                    };

                    // Either runtime may run it: the smaller (process) minimum.
                    V1PodSpec B(bool sandbox) => new V1PodSpec
                    {
                        RuntimeClassName = sandbox ? "runhcs-wcow-hypervisor" : null,
                        Containers = [new V1Container { Image = "mcr.microsoft.com/windows/nanoserver:ltsc2022", Resources = new V1ResourceRequirements { Limits = new Dictionary<string, ResourceQuantity> { ["memory"] = new ResourceQuantity("64Mi") } } }],
                    };
                """,
                null,
                Expected("ISO0009", 0)
                    .WithArguments("'64Mi' (64 MB)", "130 MB", "a Nano Server container with Hyper-V isolation", ""));
        }

        [Fact]
        public Task ISO0009_LinuxAndWindowsPods_MilliAndUnknownQuantities()
        {
            return Verify("""
                    V1PodSpec A(string limit) => new V1PodSpec
                    {
                        Containers =
                        [
                            // "512m" is half a byte, not 512 MB.
                            new V1Container { Image = "redis:7-alpine", Resources = new V1ResourceRequirements { Limits = new Dictionary<string, ResourceQuantity> { ["memory"] = new ResourceQuantity({|ISO0009:"512m"|}) } } },
                            new V1Container { Image = "redis:7-alpine", Resources = new V1ResourceRequirements { Limits = new Dictionary<string, ResourceQuantity> { ["memory"] = new ResourceQuantity("64Mi") } } },
                            new V1Container { Image = "redis:7-alpine", Resources = new V1ResourceRequirements { Limits = new Dictionary<string, ResourceQuantity> { ["memory"] = new ResourceQuantity(limit) } } },
                            new V1Container { Image = "redis:7-alpine", Resources = new V1ResourceRequirements { Limits = new Dictionary<string, ResourceQuantity> { ["memory"] = new ResourceQuantity("lots") } } },
                            new V1Container { Image = "redis:7-alpine", Resources = new V1ResourceRequirements { Limits = new Dictionary<string, ResourceQuantity> { ["memory"] = new ResourceQuantity("0") } } },
                        ],
                    };

                    // A pod selecting Windows nodes runs a Windows container, whatever its image says.
                    V1PodSpec B() => new V1PodSpec
                    {
                        NodeSelector = new Dictionary<string, string> { ["kubernetes.io/os"] = "windows" },
                        Containers = [new V1Container { Image = "contoso.azurecr.io/agent:1.0", Resources = new V1ResourceRequirements { Limits = new Dictionary<string, ResourceQuantity> { ["memory"] = new ResourceQuantity({|ISO0009:"32Mi"|}) } } }],
                    };

                    V1PodSpec C() => new V1PodSpec
                    {
                        Containers = [new V1Container { Image = "contoso.azurecr.io/agent:1.0", Resources = new V1ResourceRequirements { Limits = new Dictionary<string, ResourceQuantity> { ["memory"] = new ResourceQuantity("32Mi") } } }],
                    };
                """);
        }

        // ISO0011: a Windows image in a pod that selects no nodes that can run it.

        [Fact]
        public Task ISO0011_FiresWithoutSelectorRuntimeClassOrAffinity()
        {
            return Verify("""
                    V1PodSpec NoSelector() => new V1PodSpec { Containers = [new V1Container { Image = {|#0:"mcr.microsoft.com/windows/servercore:ltsc2022"|} }] };

                    V1PodSpec OtherLabels() => new V1PodSpec
                    {
                        NodeSelector = new Dictionary<string, string> { ["agentpool"] = "win22" },
                        Containers = [new V1Container { Image = {|ISO0011:"mcr.microsoft.com/windows/servercore:ltsc2022"|} }],
                    };

                    // The scheduler ignores spec.os.name, and a toleration only allows.
                    V1PodSpec OsNameAndToleration() => new V1PodSpec
                    {
                        Os = new V1PodOS { Name = "windows" },
                        Tolerations = new List<V1Toleration> { new V1Toleration { Key = "os", Value = "windows", Effect = "NoSchedule" } },
                        Containers = [new V1Container { Image = {|#1:"contoso.azurecr.io/agent:1.0"|} }],
                    };

                    V1PodSpec NullRuntimeClassAndAffinity() => new V1PodSpec
                    {
                        RuntimeClassName = null,
                        Affinity = null,
                        Containers = [new V1Container { Image = {|ISO0011:"mcr.microsoft.com/windows/servercore:ltsc2022"|} }],
                    };
                """,
                null,
                Expected("ISO0011", 0)
                    .WithArguments("mcr.microsoft.com/windows/servercore:ltsc2022", "; select nodes with 'kubernetes.io/os' = 'windows' and 'node.kubernetes.io/windows-build' = '10.0.20348'", ""),
                Expected("ISO0011", 1)
                    .WithArguments("contoso.azurecr.io/agent:1.0", "; select nodes with 'kubernetes.io/os' = 'windows' (and a 'node.kubernetes.io/windows-build' the image runs on)", ""));
        }

        [Fact]
        public Task ISO0011_Silent_WhenSomethingSelectsTheNodes_OrTheImageIsNotWindows()
        {
            return Verify("""
                    V1PodSpec Os() => new V1PodSpec
                    {
                        NodeSelector = new Dictionary<string, string> { { "kubernetes.io/os", "windows" } },
                        Containers = [new V1Container { Image = "mcr.microsoft.com/windows/servercore:ltsc2022" }],
                    };

                    V1PodSpec Build() => new V1PodSpec
                    {
                        NodeSelector = new Dictionary<string, string> { ["node.kubernetes.io/windows-build"] = "10.0.20348" },
                        Containers = [new V1Container { Image = "mcr.microsoft.com/windows/servercore:ltsc2022" }],
                    };

                    V1PodSpec RuntimeClass() => new V1PodSpec
                    {
                        RuntimeClassName = "windows-2022",
                        Containers = [new V1Container { Image = "mcr.microsoft.com/windows/servercore:ltsc2022" }],
                    };

                    V1PodSpec Affinity() => new V1PodSpec
                    {
                        Affinity = new V1Affinity { NodeAffinity = new V1NodeAffinity() },
                        Containers = [new V1Container { Image = "mcr.microsoft.com/windows/servercore:ltsc2022" }],
                    };

                    V1PodSpec UnknownOs(string os) => new V1PodSpec
                    {
                        NodeSelector = new Dictionary<string, string> { ["kubernetes.io/os"] = os },
                        Containers = [new V1Container { Image = "mcr.microsoft.com/windows/servercore:ltsc2022" }],
                    };

                    V1PodSpec SelectorRemovedFrom()
                    {
                        var selector = new Dictionary<string, string> { ["agentpool"] = "win" };
                        selector.Remove("agentpool");
                        return new V1PodSpec { NodeSelector = selector, Containers = [new V1Container { Image = "mcr.microsoft.com/windows/servercore:ltsc2022" }] };
                    }

                    V1PodSpec Linux() => new V1PodSpec { Containers = [new V1Container { Image = "nginx:1.27" }, new V1Container { Image = "contoso.azurecr.io/api:2.0" }] };
                """);
        }

        // Rules that need an isolation field or daemon settings never apply to pods.

        [Fact]
        public Task NoIsolationOrDaemonRules_ForPods()
        {
            return Verify("""
                    V1PodSpec A() => new V1PodSpec
                    {
                        NodeSelector = new Dictionary<string, string> { ["kubernetes.io/os"] = "windows" },
                        RuntimeClassName = "HyperV",
                        Containers =
                        [
                            new V1Container { Image = "mcr.microsoft.com/windows/servercore:ltsc2022" },
                            new V1Container { Image = "redis:7-alpine" },
                        ],
                    };

                    V1PodSpec B() => new V1PodSpec
                    {
                        NodeSelector = new Dictionary<string, string> { ["kubernetes.io/os"] = "linux" },
                        RuntimeClassName = "runhcs-wcow-hypervisor",
                        Containers = [new V1Container { Image = "redis:7-alpine" }],
                    };
                """, "isolation_analyzers.default_isolation = hyperv\n" + Ltsc2022Host);
        }

        [Fact]
        public Task DefaultIsolation_DoesNotApplyToPods()
        {
            // default_isolation is the Docker daemon's: a pod without a Hyper-V RuntimeClass is still process isolated.
            return Verify("""
                    V1PodSpec A() => new V1PodSpec
                    {
                        NodeSelector = new Dictionary<string, string> { ["kubernetes.io/os"] = "windows" },
                        Containers = [new V1Container { Image = {|ISO0002:"mcr.microsoft.com/windows/servercore:ltsc2019"|} }],
                    };
                """, "isolation_analyzers.default_isolation = hyperv\n" + Ltsc2022Host);
        }
    }
}
