using System.Threading.Tasks;
using IsolationAnalyzers.CodeFixes;
using IsolationAnalyzers.Tests.Kubernetes;
using IsolationAnalyzers.Tests.Verifiers;
using Xunit;

namespace IsolationAnalyzers.Tests.Flow
{
    /// <summary>
    /// What the rule pages' "Values from members and callers" sections say, per rule: where a value from a member or a
    /// caller is reported, which fixes edit it there and which are not offered, and how trust follows the values.
    /// </summary>
    public class DocumentedFlowTests
    {
        private const string Ltsc2022Host = "isolation_analyzers.host_os = ltsc2022";

        private const string Shared = """
            using Docker.DotNet.Models;

            static class Defaults
            {
                public static readonly string Sandboxed = "hyperv";
                public static readonly string Mixed = "Hyper-V";
                public static readonly long Reservation = 512L * 1024 * 1024;
                public static readonly string Hub = "someone/tool:1.0";
                public static readonly string Unpinned = "mcr.microsoft.com/windows/servercore";
            }

            static class Containers
            {
                public static CreateContainerParameters For(string image, string isolation = null, long memory = 0, long reservation = 0) => new CreateContainerParameters
                {
                    Image = image,
                    HostConfig = new HostConfig { Isolation = isolation, Memory = memory, MemoryReservation = reservation },
                };
            }

            """;

        [Fact]
        public Task TrustedRegistries_CheckTheValueWhereverItIsWritten()
        {
            return Verify.Analyzer(Shared + """
                class Jobs
                {
                    object A() => new {|ISO0004:CreateContainerParameters|} { Image = Defaults.Hub };
                    object B() => Containers.For({|ISO0004:"someone/other:1.0"|});
                    object C() => Containers.For("mcr.microsoft.com/windows/servercore:ltsc2022", {|ISO0004:"process"|});
                    object D() => Containers.For("contoso.azurecr.io/agent:ltsc2022", "process");
                }
                """,
                "isolation_analyzers.trusted_registries = contoso.azurecr.io");
        }

        [Fact]
        public Task UntrustedWorkload_OnACallersParameterCounts_OnACallersMethodNot()
        {
            return Verify.Analyzer(Shared + """
                [System.AttributeUsage(System.AttributeTargets.All)]
                sealed class UntrustedWorkloadAttribute : System.Attribute { }

                class Jobs
                {
                    // The attribute is read where the container is created (the helper), not on its callers.
                    [UntrustedWorkload]
                    object A() => Containers.For("mcr.microsoft.com/windows/servercore:ltsc2022", "process");

                    object B([UntrustedWorkload] string image) => Containers.For(image, {|ISO0004:"process"|});
                }
                """);
        }

        [Fact]
        public Task ValidValue_ReplacesAMemberUse_AndTheLiteralACallPasses()
        {
            return Task.WhenAll(
                Verify.CodeFix<UseValidIsolationValueCodeFixProvider>(
                    Shared + """
                    class Jobs
                    {
                        object A() => new CreateContainerParameters { Image = "mcr.microsoft.com/windows/servercore:ltsc2022", HostConfig = new HostConfig { Isolation = {|ISO0005:Defaults.Mixed|} } };
                    }
                    """,
                    Shared + """
                    class Jobs
                    {
                        object A() => new CreateContainerParameters { Image = "mcr.microsoft.com/windows/servercore:ltsc2022", HostConfig = new HostConfig { Isolation = "hyperv" } };
                    }
                    """,
                    EquivalenceKeys.UseValidIsolationValue),
                Verify.CodeFix<UseValidIsolationValueCodeFixProvider>(
                    Shared + """
                    class Jobs
                    {
                        object A() => Containers.For("mcr.microsoft.com/windows/servercore:ltsc2022", /* mixed case */ {|ISO0006:"HyperV"|});
                    }
                    """,
                    Shared + """
                    class Jobs
                    {
                        object A() => Containers.For("mcr.microsoft.com/windows/servercore:ltsc2022", /* mixed case */ "hyperv");
                    }
                    """,
                    EquivalenceKeys.UseValidIsolationValue));
        }

        [Fact]
        public Task Removals_DeleteTheAssignmentOfAMemberUse_LeaveTheMemberAlone()
        {
            return Task.WhenAll(
                Verify.CodeFix<RemoveSettingCodeFixProvider>(
                    Shared + """
                    class Jobs
                    {
                        object A() => new CreateContainerParameters { Image = "redis:7-alpine", HostConfig = new HostConfig { Isolation = {|ISO0007:Defaults.Sandboxed|}, Memory = 1L << 30 } };
                    }
                    """,
                    Shared + """
                    class Jobs
                    {
                        object A() => new CreateContainerParameters { Image = "redis:7-alpine", HostConfig = new HostConfig { Memory = 1L << 30 } };
                    }
                    """,
                    EquivalenceKeys.RemoveIsolationSetting),
                Verify.CodeFix<RemoveSettingCodeFixProvider>(
                    Shared + """
                    class Jobs
                    {
                        object A() => new CreateContainerParameters { Image = "mcr.microsoft.com/windows/servercore:ltsc2022", HostConfig = new HostConfig { Isolation = "hyperv", MemoryReservation = {|ISO0010:Defaults.Reservation|} } };
                    }
                    """,
                    Shared + """
                    class Jobs
                    {
                        object A() => new CreateContainerParameters { Image = "mcr.microsoft.com/windows/servercore:ltsc2022", HostConfig = new HostConfig { Isolation = "hyperv" } };
                    }
                    """,
                    EquivalenceKeys.RemoveUnsupportedSetting));
        }

        [Fact]
        public Task Removals_AreNotOfferedAtACall()
        {
            return Task.WhenAll(
                Verify.NoCodeFix<RemoveSettingCodeFixProvider>(
                    Shared + """
                    class Jobs
                    {
                        object A() => Containers.For("redis:7-alpine", {|ISO0007:"hyperv"|});
                    }
                    """,
                    EquivalenceKeys.RemoveIsolationSetting),
                Verify.NoCodeFix<RemoveSettingCodeFixProvider>(
                    Shared + """
                    class Jobs
                    {
                        object A() => Containers.For("mcr.microsoft.com/windows/servercore:ltsc2022", "hyperv", reservation: {|ISO0010:512L * 1024 * 1024|});
                    }
                    """,
                    EquivalenceKeys.RemoveUnsupportedSetting));
        }

        [Fact]
        public Task Pin_RewritesTheLiteralACallPasses_NotAMemberUse()
        {
            return Task.WhenAll(
                Verify.CodeFix<PinImageCodeFixProvider>(
                    Shared + """
                    class Jobs
                    {
                        object A() => Containers.For({|ISO0008:"mcr.microsoft.com/windows/servercore"|}, "hyperv");
                    }
                    """,
                    Shared + """
                    class Jobs
                    {
                        object A() => Containers.For("mcr.microsoft.com/windows/servercore:ltsc2022", "hyperv");
                    }
                    """,
                    EquivalenceKeys.PinImage("ltsc2022")),
                Verify.NoCodeFix<PinImageCodeFixProvider>(
                    Shared + """
                    class Jobs
                    {
                        object A() => new CreateContainerParameters { Image = {|ISO0008:Defaults.Unpinned|}, HostConfig = new HostConfig { Isolation = "hyperv" } };
                    }
                    """,
                    EquivalenceKeys.PinImage("ltsc2022")));
        }

        [Fact]
        public Task RaiseMemory_RewritesANamedArgumentAtTheCall()
        {
            return Verify.CodeFix<RaiseMemoryLimitCodeFixProvider>(
                Shared + """
                class Jobs
                {
                    object A() => Containers.For("mcr.microsoft.com/windows/servercore:ltsc2022", "hyperv", memory: {|ISO0009:512|});
                }
                """,
                Shared + """
                class Jobs
                {
                    object A() => Containers.For("mcr.microsoft.com/windows/servercore:ltsc2022", "hyperv", memory: 360L * 1024 * 1024);
                }
                """,
                EquivalenceKeys.RaiseMemoryLimit);
        }

        [Fact]
        public Task Kubernetes_PodBuiltByAHelper_NoSchedulingFixAtTheCall()
        {
            return Verify.NoCodeFix<PodSchedulingCodeFixProvider>(
                KubernetesLaunchTests.Usings + """
                static class Pods
                {
                    public static V1Pod Windows(string image) => new V1Pod
                    {
                        Spec = new V1PodSpec { Containers = [new V1Container { Name = "main", Image = image }] },
                    };
                }

                class Operator
                {
                    V1Pod A() => Pods.Windows({|ISO0011:"mcr.microsoft.com/windows/servercore:ltsc2022"|});
                }
                """,
                EquivalenceKeys.SelectWindowsNodes,
                Ltsc2022Host,
                DockerLibrary.Kubernetes);
        }
    }
}
