using System.Threading.Tasks;
using IsolationAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace IsolationAnalyzers.Tests.Flow
{
    /// <summary>
    /// rules.md §1.2 points 2–4: a launch whose values flow from its method's parameters is instantiated at every call
    /// whose arguments are known, and what the arguments add is reported on the argument that binds it, in the caller;
    /// what the helper says on its own is reported once, at the launch.
    /// </summary>
    public class HelperFlowTests
    {
        private const string Ltsc2022Host = "isolation_analyzers.host_os = ltsc2022";

        [Fact]
        public Task CommandLineHelper_ReportedOnTheCallersArgument_WithTheLaunchAsAdditionalLocation()
        {
            return Verify.Analyzer(
                new[]
                {
                    ("Docker.cs", """
                        using System.Diagnostics;

                        static class Docker
                        {
                            public static void Run(string image, string command) => {|#1:Process.Start("docker", $"run --rm {image} {command}")|};
                        }
                        """),
                    ("Agents.cs", """
                        class Agents
                        {
                            void Start()
                            {
                                Docker.Run({|#0:"mcr.microsoft.com/windows/nanoserver:ltsc2022"|}, "cmd /c echo hi");
                                Docker.Run("redis:7-alpine", "redis-server");
                            }
                        }
                        """),
                },
                expected: DiagnosticResult.CompilerWarning("ISO0001").WithLocation(0).WithLocation(1)
                    .WithArguments("Windows container image 'mcr.microsoft.com/windows/nanoserver:ltsc2022'", " (the container is started in 'Docker.Run', Docker.cs line 5); 'Docker.Run' takes no isolation argument and not every call of it starts a Windows image, so no fix is offered here: set the isolation where it starts the container"));
        }

        [Fact]
        public Task DockerDotNetHelper_BuildsTheParametersFromItsArguments()
        {
            return Verify.Analyzer(
                """
                using Docker.DotNet.Models;

                static class Containers
                {
                    public static CreateContainerParameters For(string image, string isolation) => new CreateContainerParameters
                    {
                        Image = image,
                        HostConfig = new HostConfig { Isolation = isolation },
                    };
                }

                class Jobs
                {
                    // ISO0002 is reported on the process value, which this call writes.
                    object A() => Containers.For("mcr.microsoft.com/windows/servercore:ltsc2019", {|ISO0002:"process"|});
                    object B() => Containers.For("mcr.microsoft.com/windows/servercore:ltsc2022", {|ISO0005:"hyper-v"|});
                    object C() => Containers.For({|ISO0001:"mcr.microsoft.com/windows/servercore:ltsc2022"|}, null);
                    object D() => Containers.For("mcr.microsoft.com/windows/servercore:ltsc2022", "hyperv");
                }
                """,
                Ltsc2022Host);
        }

        [Fact]
        public Task FindingsOfTheHelperAlone_AreReportedOnceAtTheLaunch()
        {
            return Verify.Analyzer("""
                using Docker.DotNet.Models;

                static class Containers
                {
                    // The image is the helper's own: its finding is the helper's, not each caller's.
                    public static CreateContainerParameters Named(string name) => new {|ISO0001:CreateContainerParameters|}
                    {
                        Name = name,
                        Image = "mcr.microsoft.com/windows/servercore:ltsc2022",
                    };
                }

                class Jobs
                {
                    object A() => Containers.Named("a");
                    object B() => Containers.Named("b");
                }
                """);
        }

        [Fact]
        public Task MiddleMethods_UpToThreeCallsDeep_ReportAtTheCallerThatWritesTheValue()
        {
            return Verify.Analyzer("""
                using Docker.DotNet.Models;

                class Layers
                {
                    static CreateContainerParameters Launch(string image) => new CreateContainerParameters { Image = image };

                    static CreateContainerParameters Second(string image) => Launch(image);

                    static CreateContainerParameters Third(string image) => Second(image);

                    static CreateContainerParameters Fourth(string image) => Third(image);

                    // Written in a middle method: reported there, not at that method's callers.
                    static CreateContainerParameters Middle(string name) => Second({|ISO0001:"mcr.microsoft.com/windows/servercore:ltsc2022"|});

                    object A() => Launch({|ISO0001:"mcr.microsoft.com/windows/servercore:ltsc2022"|});
                    object B() => Second({|ISO0001:"mcr.microsoft.com/windows/servercore:ltsc2022"|});
                    object C() => Third({|ISO0001:"mcr.microsoft.com/windows/servercore:ltsc2022"|});

                    // Four calls from the launch: beyond the depth value flow follows.
                    object D() => Fourth("mcr.microsoft.com/windows/servercore:ltsc2022");

                    object E() => Middle("e");
                }
                """);
        }

        [Fact]
        public Task ConstructorStoringIntoAField_ThatALaunchReads()
        {
            return Verify.Analyzer(
                new[]
                {
                    ("Runner.cs", """
                        using Docker.DotNet.Models;

                        sealed class Runner
                        {
                            private readonly string image;
                            private readonly string isolation;

                            public Runner(string image, string isolation = null)
                            {
                                this.image = image;
                                this.isolation = isolation;
                            }

                            public CreateContainerParameters Start() => new CreateContainerParameters
                            {
                                Image = image,
                                HostConfig = new HostConfig { Isolation = isolation },
                            };
                        }
                        """),
                    ("Program.cs", """
                        class Program
                        {
                            object A() => new Runner({|ISO0001:"mcr.microsoft.com/windows/servercore:ltsc2022"|});
                            object B() => new Runner("mcr.microsoft.com/windows/servercore:ltsc2022", "hyperv");
                            object C() => new Runner("mcr.microsoft.com/windows/servercore:ltsc2019", {|ISO0002:"process"|});
                            object D() => new Runner("ubuntu:24.04");
                        }
                        """),
                },
                Ltsc2022Host);
        }

        [Fact]
        public Task PrimaryConstructorParameter_ReadByALaunch()
        {
            return Verify.Analyzer("""
                using Docker.DotNet.Models;

                sealed class Agent(string image)
                {
                    public CreateContainerParameters Start() => new CreateContainerParameters { Image = image };
                }

                class Program
                {
                    object A() => new Agent({|ISO0001:"mcr.microsoft.com/windows/servercore:ltsc2022"|});
                }
                """);
        }

        [Fact]
        public Task ExtensionAndLocalFunctions()
        {
            return Verify.Analyzer("""
                using System.Diagnostics;
                using Docker.DotNet.Models;

                static class ImageExtensions
                {
                    public static CreateContainerParameters AsContainer(this string image) => new CreateContainerParameters { Image = image };
                }

                class Program
                {
                    object A() => {|ISO0001:"mcr.microsoft.com/windows/servercore:ltsc2022"|}.AsContainer();

                    void B()
                    {
                        void Run(string image) => Process.Start("docker", "run --rm " + image);

                        Run({|ISO0001:"mcr.microsoft.com/windows/nanoserver:ltsc2022"|});
                        Run("alpine:3.20");
                    }
                }
                """);
        }

        [Fact]
        public Task ParamsArrays_AndForEachOverThem()
        {
            return Verify.Analyzer("""
                using System.Diagnostics;

                static class Docker
                {
                    public static void Exec(params string[] arguments) => Process.Start("docker", arguments);

                    public static void Start(params string[] arguments)
                    {
                        var psi = new ProcessStartInfo("docker");
                        foreach (var argument in arguments)
                        {
                            psi.ArgumentList.Add(argument);
                        }

                        Process.Start(psi);
                    }
                }

                class Program
                {
                    void A() => Docker.Exec({|ISO0001:"run"|}, "mcr.microsoft.com/windows/servercore:ltsc2022", "cmd");
                    void B() => Docker.Start({|ISO0001:"run"|}, "--rm", "mcr.microsoft.com/windows/servercore:ltsc2022");
                    void C() => Docker.Start("run", "--isolation", "hyperv", "mcr.microsoft.com/windows/servercore:ltsc2022");
                    void D() => Docker.Start("pull", "mcr.microsoft.com/windows/servercore:ltsc2022");
                }
                """);
        }

        [Fact]
        public Task OptionalAndNamedArguments()
        {
            return Verify.Analyzer(
                """
                using System.Diagnostics;

                static class Docker
                {
                    public static void Run(string image, string isolation = "process", string command = "cmd") =>
                        Process.Start("docker", $"run --isolation={isolation} {image} {command}");
                }

                class Program
                {
                    void A() => Docker.Run({|ISO0002:"mcr.microsoft.com/windows/servercore:ltsc2019"|});
                    void B() => Docker.Run(command: "powershell", isolation: {|ISO0006:"HyperV"|}, image: "mcr.microsoft.com/windows/servercore:ltsc2019");
                    void C() => Docker.Run(isolation: "hyperv", image: "mcr.microsoft.com/windows/servercore:ltsc2019");
                }
                """,
                Ltsc2022Host);
        }

        [Fact]
        public Task VirtualAndInterfaceCalls_AreNotFollowed_SealedAndPrivateAre()
        {
            return Verify.Analyzer("""
                using Docker.DotNet.Models;

                interface ILauncher
                {
                    CreateContainerParameters Launch(string image);
                }

                class Launcher : ILauncher
                {
                    public virtual CreateContainerParameters Launch(string image) => new CreateContainerParameters { Image = image };
                }

                sealed class SealedLauncher : Launcher
                {
                    public override CreateContainerParameters Launch(string image) => new CreateContainerParameters { Image = image };

                    private CreateContainerParameters Own(string image) => new CreateContainerParameters { Image = image };

                    object A() => Own({|ISO0001:"mcr.microsoft.com/windows/servercore:ltsc2022"|});
                }

                class Program
                {
                    object A(ILauncher launcher) => launcher.Launch("mcr.microsoft.com/windows/servercore:ltsc2022");
                    object B(Launcher launcher) => launcher.Launch("mcr.microsoft.com/windows/servercore:ltsc2022");
                    object C(SealedLauncher launcher) => launcher.Launch({|ISO0001:"mcr.microsoft.com/windows/servercore:ltsc2022"|});
                }
                """);
        }

        [Fact]
        public Task GenericMethods_OverloadsAndPartialClasses()
        {
            return Verify.Analyzer(
                new[]
                {
                    ("Part1.cs", """
                        using Docker.DotNet.Models;

                        static partial class Containers
                        {
                            public static CreateContainerParameters For<T>(string image, T tag) => new CreateContainerParameters { Image = image, Name = tag.ToString() };

                            public static CreateContainerParameters For(string image) => new CreateContainerParameters { Image = image, HostConfig = new HostConfig { Isolation = "hyperv" } };
                        }
                        """),
                    ("Part2.cs", """
                        static partial class Containers
                        {
                            static object A() => For({|ISO0001:"mcr.microsoft.com/windows/servercore:ltsc2022"|}, 42);
                            static object B() => For("mcr.microsoft.com/windows/servercore:ltsc2022");
                        }
                        """),
                });
        }

        [Fact]
        public Task RecursionAndMutualRecursion_Terminate()
        {
            return Verify.Analyzer("""
                using Docker.DotNet.Models;

                class Loops
                {
                    static CreateContainerParameters Self(string image, int n) => n > 0 ? Self(image, n - 1) : new CreateContainerParameters { Image = image };

                    static CreateContainerParameters Ping(string image, int n) => n > 0 ? Pong(image, n - 1) : new CreateContainerParameters { Image = image };

                    static CreateContainerParameters Pong(string image, int n) => Ping(image, n);

                    object A() => Self({|ISO0001:"mcr.microsoft.com/windows/servercore:ltsc2022"|}, 3);
                    object B() => Pong({|ISO0001:"mcr.microsoft.com/windows/servercore:ltsc2022"|}, 3);
                }
                """);
        }

        [Fact]
        public Task UnknownArguments_BindNothing()
        {
            return Verify.Analyzer("""
                using System;
                using Docker.DotNet.Models;

                static class Containers
                {
                    public static CreateContainerParameters For(string image) => new CreateContainerParameters { Image = image };
                }

                class Program
                {
                    object A(string image) => Containers.For(image);
                    object B() => Containers.For(Environment.GetEnvironmentVariable("IMAGE"));
                    object C(string[] args) => Containers.For(args[0]);
                }
                """);
        }

        [Fact]
        public Task CallerSuppliedTrust_TheOutermostMethodsParameterIsUntrusted_AConstantIsNot()
        {
            return Verify.Analyzer(
                """
                using Docker.DotNet.Models;

                static class Containers
                {
                    public static CreateContainerParameters For(string image) => new {|ISO0004:CreateContainerParameters|} { Image = image };
                }

                class Tenants
                {
                    // Trusted (a constant), so ISO0004 no longer covers the missing isolation: ISO0001 at the call.
                    object Trusted() => Containers.For({|ISO0001:"mcr.microsoft.com/windows/servercore:ltsc2022"|});

                    object Untrusted(string tenantImage) => Containers.For(tenantImage);
                }
                """,
                "isolation_analyzers.workload_trust = caller_supplied");
        }
    }
}
