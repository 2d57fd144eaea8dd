using System.Threading.Tasks;
using IsolationAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace IsolationAnalyzers.Tests.Flow
{
    /// <summary>
    /// rules.md §1.2 point 1: values written in members of any class (constants, <c>static readonly</c> fields, static
    /// get-only properties, readonly instance fields and get-only auto-properties set in constructors, methods whose every
    /// return is known) are known where a launch uses them, on every surface, and reported there (point 3), with the
    /// member's declaration as an additional location.
    /// </summary>
    public class MemberFlowTests
    {
        private const string Ltsc2022Host = "isolation_analyzers.host_os = ltsc2022";

        [Fact]
        public Task StaticReadonlyFieldOfAnotherFile_IsReportedWhereTheLaunchUsesIt()
        {
            return Verify.Analyzer(
                new[]
                {
                    ("Images.cs", """
                        static class Images
                        {
                            public static readonly string NanoServer2025 = {|#1:"mcr.microsoft.com/windows/nanoserver:ltsc2025"|};
                        }
                        """),
                    ("Launcher.cs", """
                        using Docker.DotNet.Models;

                        class Launcher
                        {
                            object Create() => new CreateContainerParameters
                            {
                                Image = {|#0:Images.NanoServer2025|},
                                HostConfig = new HostConfig { Isolation = "hyperv" },
                            };
                        }
                        """),
                },
                Ltsc2022Host,
                DockerLibrary.DockerDotNet,

                // No pin fix: a member may serve other launches (only literals are rewritten), so the additional
                // location is the declaration alone.
                DiagnosticResult.CompilerWarning("ISO0003").WithLocation(0).WithLocation(1)
                    .WithArguments("mcr.microsoft.com/windows/nanoserver:ltsc2025", 26100, "ltsc2022 (build 20348)", string.Empty));
        }

        [Fact]
        public Task StaticGetOnlyProperties_AutoExpressionBodiedAndGetter()
        {
            return Verify.Analyzer("""
                using Docker.DotNet.Models;

                static class Images
                {
                    public static string Auto { get; } = "mcr.microsoft.com/windows/servercore:ltsc2022";
                    public static string Arrow => "mcr.microsoft.com/windows/servercore:ltsc2022";
                    public static string Getter { get { return "mcr.microsoft.com/windows/servercore:ltsc2022"; } }
                    public static string GetterArrow { get => "mcr.microsoft.com/windows/servercore:ltsc2022"; }
                }

                class Launcher
                {
                    object A() => new {|ISO0001:CreateContainerParameters|} { Image = Images.Auto };
                    object B() => new {|ISO0001:CreateContainerParameters|} { Image = Images.Arrow };
                    object C() => new {|ISO0001:CreateContainerParameters|} { Image = Images.Getter };
                    object D() => new {|ISO0001:CreateContainerParameters|} { Image = Images.GetterArrow };
                }
                """);
        }

        [Fact]
        public Task StaticReadonlyAssignedInStaticConstructor_EveryValueCounts()
        {
            return Verify.Analyzer(
                """
                using Docker.DotNet.Models;

                static class Images
                {
                    public static readonly string Agent;

                    static Images()
                    {
                        Agent = "mcr.microsoft.com/windows/servercore:ltsc2025";
                    }
                }

                class Launcher
                {
                    object A() => new CreateContainerParameters { Image = {|ISO0003:Images.Agent|}, HostConfig = new HostConfig { Isolation = "hyperv" } };
                }
                """,
                Ltsc2022Host);
        }

        [Fact]
        public Task MutableOrOverridableMembers_AreUnknown()
        {
            return Verify.Analyzer("""
                using Docker.DotNet.Models;

                static class Images
                {
                    public static string Mutable = "mcr.microsoft.com/windows/servercore:ltsc2022";
                    public static string Settable { get; set; } = "mcr.microsoft.com/windows/servercore:ltsc2022";
                }

                class Base
                {
                    public virtual string Image => "mcr.microsoft.com/windows/servercore:ltsc2022";
                }

                interface IImages
                {
                    string Image { get; }
                }

                class Launcher
                {
                    object A() => new CreateContainerParameters { Image = Images.Mutable };
                    object B() => new CreateContainerParameters { Image = Images.Settable };
                    object C(Base images) => new CreateContainerParameters { Image = images.Image };
                    object D(IImages images) => new CreateContainerParameters { Image = images.Image };
                }
                """);
        }

        [Fact]
        public Task ReadonlyInstanceFieldsAndAutoProperties_EveryConstructorAssignmentIsAPossibleValue()
        {
            return Verify.Analyzer(
                """
                using Docker.DotNet.Models;

                sealed class Agent
                {
                    private readonly string image = "mcr.microsoft.com/windows/servercore:ltsc2022";

                    public Agent() { }

                    public Agent(bool legacy)
                    {
                        image = "mcr.microsoft.com/windows/servercore:ltsc2025";
                    }

                    public string Isolation { get; }

                    public Agent(int tenant)
                    {
                        Isolation = "process";
                    }

                    // Possible images: ltsc2022 (initializer) and ltsc2025 (second constructor).
                    object Create() => new CreateContainerParameters { Image = {|ISO0003:image|}, HostConfig = new HostConfig { Isolation = "hyperv" } };

                    // Isolation: absent (two constructors leave it null) or process: set, so ISO0001 is silent.
                    object Start() => new CreateContainerParameters { Image = "mcr.microsoft.com/windows/servercore:ltsc2022", HostConfig = new HostConfig { Isolation = Isolation } };
                }
                """,
                Ltsc2022Host);
        }

        [Fact]
        public Task MethodsWhoseEveryReturnIsKnown_GiveTheSetOfValues()
        {
            return Verify.Analyzer(
                """
                using Docker.DotNet.Models;

                enum Release { Ltsc2022, Ltsc2025 }

                static class Images
                {
                    public static string For(Release release) => release switch
                    {
                        Release.Ltsc2022 => "mcr.microsoft.com/windows/servercore:ltsc2022",
                        _ => "mcr.microsoft.com/windows/servercore:ltsc2025",
                    };

                    public static string Isolation(bool secure)
                    {
                        if (secure)
                        {
                            return "hyper-v";
                        }

                        return "process";
                    }

                    // One return is not known: the value is unknown too (not one of the known returns only).
                    public static string FromEnvironment(bool pinned) => pinned ? "mcr.microsoft.com/windows/servercore:ltsc2025" : System.Environment.GetEnvironmentVariable("IMAGE");
                }

                class Launcher
                {
                    object A(Release release) => new CreateContainerParameters { Image = {|ISO0003:Images.For(release)|}, HostConfig = new HostConfig { Isolation = "hyperv" } };

                    object B() => new CreateContainerParameters
                    {
                        Image = "mcr.microsoft.com/windows/servercore:ltsc2022",
                        HostConfig = new HostConfig { Isolation = {|ISO0005:Images.Isolation(true)|} },
                    };

                    object C() => new CreateContainerParameters { Image = {|ISO0003:Images.FromEnvironment(true)|}, HostConfig = new HostConfig { Isolation = "hyperv" } };
                }
                """,
                Ltsc2022Host);
        }

        [Fact]
        public Task ASwitchOnAnArgument_TakesTheArmTheCallSelects()
        {
            return Verify.Analyzer(
                """
                using Docker.DotNet.Models;

                enum Release { Ltsc2019, Ltsc2022, Ltsc2025 }

                static class Images
                {
                    public static string ServerCore(Release release) => release switch
                    {
                        Release.Ltsc2019 => "mcr.microsoft.com/windows/servercore:ltsc2019",
                        Release.Ltsc2022 => "mcr.microsoft.com/windows/servercore:ltsc2022",
                        _ => "mcr.microsoft.com/windows/servercore:ltsc2025",
                    };
                }

                class Launcher
                {
                    // The call selects ltsc2022: the other arms are not possible values here.
                    object A() => new CreateContainerParameters { Image = Images.ServerCore(Release.Ltsc2022), HostConfig = new HostConfig { Isolation = "hyperv" } };

                    object B() => new CreateContainerParameters { Image = {|ISO0003:Images.ServerCore(Release.Ltsc2025)|}, HostConfig = new HostConfig { Isolation = "hyperv" } };

                    // Not known here: every arm is possible.
                    object C(Release release) => new CreateContainerParameters { Image = {|ISO0003:Images.ServerCore(release)|}, HostConfig = new HostConfig { Isolation = "hyperv" } };
                }
                """,
                Ltsc2022Host);
        }

        [Fact]
        public Task RecursiveAndMutuallyRecursiveMembers_EndInUnknown()
        {
            return Verify.Analyzer("""
                using Docker.DotNet.Models;

                static class Images
                {
                    public static readonly string A = B;
                    public static readonly string B = A;
                    public static string Loop(int n) => n > 0 ? Loop(n - 1) : Other(n);
                    public static string Other(int n) => n < 0 ? Loop(n + 1) : Loop(n);
                }

                class Launcher
                {
                    object A() => new CreateContainerParameters { Image = Images.A };
                    object B() => new CreateContainerParameters { Image = Images.Loop(3) };
                }
                """);
        }

        [Fact]
        public Task LocalAssignedOnce_IsKnown_LocalAssignedAgainIsNot()
        {
            return Verify.Analyzer("""
                using Docker.DotNet.Models;

                class Launcher
                {
                    object A()
                    {
                        var image = "mcr.microsoft.com/windows/servercore:ltsc2022";
                        return new {|ISO0001:CreateContainerParameters|} { Image = image };
                    }

                    object B(bool linux)
                    {
                        var image = "mcr.microsoft.com/windows/servercore:ltsc2022";
                        if (linux)
                        {
                            image = System.Environment.GetEnvironmentVariable("IMAGE");
                        }

                        return new CreateContainerParameters { Image = image };
                    }
                }
                """);
        }

        [Fact]
        public Task MemberIsolationAndMemory_ValueRulesAtTheUse()
        {
            return Verify.Analyzer("""
                using Docker.DotNet.Models;

                static class Defaults
                {
                    public static readonly string Isolation = "Hyper-V";
                    public static readonly long Memory = 2048;
                }

                class Launcher
                {
                    object A() => new CreateContainerParameters
                    {
                        Image = "mcr.microsoft.com/windows/servercore:ltsc2022",
                        HostConfig = new HostConfig { Isolation = {|ISO0005:Defaults.Isolation|}, Memory = {|ISO0009:Defaults.Memory|} },
                    };
                }
                """);
        }

        [Fact]
        public Task CommandLine_MemberInInterpolation()
        {
            return Verify.Analyzer(
                """
                using System.Diagnostics;

                static class Images
                {
                    public static readonly string Legacy = "mcr.microsoft.com/windows/servercore:ltsc2019";
                    public static string Isolation => "process";
                }

                class Launcher
                {
                    void A() => Process.Start("docker", {|ISO0002:$"run --isolation={Images.Isolation} {Images.Legacy} cmd"|});
                }
                """,
                Ltsc2022Host);
        }

        [Fact]
        public Task Testcontainers_StaticReadonlyDockerImageOfASharedClass()
        {
            return Verify.Analyzer(
                new[]
                {
                    ("CommonImages.cs", """
                        using DotNet.Testcontainers.Images;

                        public static class CommonImages
                        {
                            public static readonly IImage ServerCore = new DockerImage("mcr.microsoft.com/windows/servercore:ltsc2025");
                            public static readonly IImage Alpine = new DockerImage("alpine:3.20");
                            public static IImage Nano { get; } = new DockerImage("mcr.microsoft.com/windows/nanoserver:ltsc2022");
                        }
                        """),
                    ("WindowsTests.cs", """
                        using DotNet.Testcontainers.Builders;
                        using DotNet.Testcontainers.Containers;

                        class WindowsTests
                        {
                            IContainer A() => new ContainerBuilder({|ISO0001:{|ISO0003:CommonImages.ServerCore|}|}).Build();
                            IContainer B() => new ContainerBuilder(CommonImages.Alpine).Build();
                            IContainer C() => new ContainerBuilder().WithImage({|ISO0001:CommonImages.Nano|}).Build();
                        }
                        """),
                },
                Ltsc2022Host,
                DockerLibrary.Testcontainers);
        }
    }
}
