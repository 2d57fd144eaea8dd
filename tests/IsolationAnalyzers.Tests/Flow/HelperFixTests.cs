using System.Threading.Tasks;
using IsolationAnalyzers.CodeFixes;
using IsolationAnalyzers.Tests.Verifiers;
using Xunit;

namespace IsolationAnalyzers.Tests.Flow
{
    /// <summary>
    /// rules.md §1.2 point 5: a fix for a finding a call adds edits the call, where the decisive value is written —
    /// the argument, a token in a literal it passes, or a named argument for an optional parameter it leaves out.
    /// </summary>
    public class HelperFixTests
    {
        private const string Ltsc2022Host = "isolation_analyzers.host_os = ltsc2022";

        private const string Containers = """
            using Docker.DotNet.Models;

            static class Containers
            {
                public static CreateContainerParameters For(string image, string isolation = null, long memory = 0) => new CreateContainerParameters
                {
                    Image = image,
                    HostConfig = new HostConfig { Isolation = isolation, Memory = memory },
                };
            }

            """;

        [Fact]
        public Task UseHyperV_ReplacesTheIsolationArgument()
        {
            return Verify.CodeFix<UseIsolationModeCodeFixProvider>(
                Containers + """
                class Jobs
                {
                    object A() => Containers.For({|ISO0001:"mcr.microsoft.com/windows/servercore:ltsc2022"|}, /* default */ null);
                    object B() => Containers.For("mcr.microsoft.com/windows/servercore:ltsc2019",
                        {|ISO0002:"process"|});
                }
                """,
                Containers + """
                class Jobs
                {
                    object A() => Containers.For("mcr.microsoft.com/windows/servercore:ltsc2022", /* default */ "hyperv");
                    object B() => Containers.For("mcr.microsoft.com/windows/servercore:ltsc2019",
                        "hyperv");
                }
                """,
                EquivalenceKeys.UseHyperVIsolation,
                Ltsc2022Host);
        }

        [Fact]
        public Task UseHyperV_PassesANamedArgumentForAnOmittedOptionalParameter()
        {
            return Verify.CodeFix<UseIsolationModeCodeFixProvider>(
                Containers + """
                class Jobs
                {
                    object A() => Containers.For({|ISO0001:"mcr.microsoft.com/windows/servercore:ltsc2022"|});
                    object B() => Containers.For(memory: 1L << 30, image: {|ISO0001:"mcr.microsoft.com/windows/nanoserver:ltsc2022"|});
                }
                """,
                Containers + """
                class Jobs
                {
                    object A() => Containers.For("mcr.microsoft.com/windows/servercore:ltsc2022", isolation: "hyperv");
                    object B() => Containers.For(memory: 1L << 30, image: "mcr.microsoft.com/windows/nanoserver:ltsc2022", isolation: "hyperv");
                }
                """,
                EquivalenceKeys.UseHyperVIsolation);
        }

        [Fact]
        public Task UseHyperV_CommandLineHelperWithAProcessDefault_PassesTheIsolationAtTheCall()
        {
            const string Docker = """
                using System.Diagnostics;

                static class Docker
                {
                    public static void Run(string image, string isolation = "process", string command = "cmd") =>
                        Process.Start("docker", $"run --isolation={isolation} {image} {command}");
                }

                """;
            return Verify.CodeFix<UseIsolationModeCodeFixProvider>(
                Docker + """
                class Program
                {
                    void A() => Docker.Run({|ISO0002:"mcr.microsoft.com/windows/servercore:ltsc2019"|});
                    void B() => Docker.Run({|ISO0002:"mcr.microsoft.com/windows/servercore:ltsc2019"|}, command: "ver" /* keep */);
                }
                """,
                Docker + """
                class Program
                {
                    void A() => Docker.Run("mcr.microsoft.com/windows/servercore:ltsc2019", isolation: "hyperv");
                    void B() => Docker.Run("mcr.microsoft.com/windows/servercore:ltsc2019", command: "ver" /* keep */, isolation: "hyperv");
                }
                """,
                EquivalenceKeys.UseHyperVIsolation,
                Ltsc2022Host);
        }

        [Fact]
        public Task UseHyperV_ConstructorStoringAnOptionalIsolation_NamedArgumentAtTheCall()
        {
            const string Runner = """
                using Docker.DotNet.Models;

                sealed class Runner
                {
                    private readonly string image;
                    private readonly string isolation;

                    public Runner(string image, string isolation = "process")
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

                """;
            return Verify.CodeFix<UseIsolationModeCodeFixProvider>(
                Runner + """
                class Jobs
                {
                    object A() => new Runner({|ISO0002:"mcr.microsoft.com/windows/servercore:ltsc2019"|});
                    object B() => new Runner("mcr.microsoft.com/windows/servercore:ltsc2022");
                }
                """,
                Runner + """
                class Jobs
                {
                    object A() => new Runner("mcr.microsoft.com/windows/servercore:ltsc2019", isolation: "hyperv");
                    object B() => new Runner("mcr.microsoft.com/windows/servercore:ltsc2022");
                }
                """,
                EquivalenceKeys.UseHyperVIsolation,
                Ltsc2022Host);
        }

        [Fact]
        public Task UseValidValue_AndPin_AndRaiseMemory_EditTheCall()
        {
            return Task.WhenAll(
                Verify.CodeFix<UseValidIsolationValueCodeFixProvider>(
                    Containers + """
                    class Jobs
                    {
                        object A() => Containers.For("mcr.microsoft.com/windows/servercore:ltsc2022", {|ISO0005:"hyper-v"|});
                    }
                    """,
                    Containers + """
                    class Jobs
                    {
                        object A() => Containers.For("mcr.microsoft.com/windows/servercore:ltsc2022", "hyperv");
                    }
                    """,
                    EquivalenceKeys.UseValidIsolationValue),
                Verify.CodeFix<PinImageCodeFixProvider>(
                    Containers + """
                    class Jobs
                    {
                        object A() => Containers.For({|ISO0003:"mcr.microsoft.com/windows/servercore:ltsc2025"|}, "hyperv");
                    }
                    """,
                    Containers + """
                    class Jobs
                    {
                        object A() => Containers.For("mcr.microsoft.com/windows/servercore:ltsc2022", "hyperv");
                    }
                    """,
                    EquivalenceKeys.PinImage("ltsc2022"),
                    Ltsc2022Host),
                Verify.CodeFix<RaiseMemoryLimitCodeFixProvider>(
                    Containers + """
                    class Jobs
                    {
                        object A() => Containers.For("mcr.microsoft.com/windows/servercore:ltsc2022", "hyperv", {|ISO0009:2048|});
                    }
                    """,
                    Containers + """
                    class Jobs
                    {
                        object A() => Containers.For("mcr.microsoft.com/windows/servercore:ltsc2022", "hyperv", 360L * 1024 * 1024);
                    }
                    """,
                    EquivalenceKeys.RaiseMemoryLimit));
        }

        [Fact]
        public Task CommandLineHelper_TheIsolationTokenInTheCallersLiteral()
        {
            const string Docker = """
                using System.Diagnostics;

                static class Docker
                {
                    public static void Run(string image, string isolation) => Process.Start("docker", $"run --isolation={isolation} {image}");
                }

                """;
            return Verify.CodeFix<UseValidIsolationValueCodeFixProvider>(
                Docker + """
                class Jobs
                {
                    void A() => Docker.Run("mcr.microsoft.com/windows/servercore:ltsc2022", {|ISO0005:"hyper-v"|});
                }
                """,
                Docker + """
                class Jobs
                {
                    void A() => Docker.Run("mcr.microsoft.com/windows/servercore:ltsc2022", "hyperv");
                }
                """,
                EquivalenceKeys.UseValidIsolationValue);
        }

        [Fact]
        public Task HelperWithoutAnIsolationParameter_EveryCallStartsAWindowsImage_FixSetsItInTheHelper()
        {
            return Verify.CodeFix<UseIsolationModeCodeFixProvider>(
                """
                using Docker.DotNet.Models;

                static class Containers
                {
                    public static CreateContainerParameters For(string image) => new CreateContainerParameters
                    {
                        Image = image, // from the caller
                    };
                }

                class Jobs
                {
                    object A() => Containers.For({|ISO0001:"mcr.microsoft.com/windows/servercore:ltsc2022"|});
                    object B() => Containers.For({|ISO0001:"mcr.microsoft.com/windows/nanoserver:ltsc2022"|});
                }
                """,
                """
                using Docker.DotNet.Models;

                static class Containers
                {
                    public static CreateContainerParameters For(string image) => new CreateContainerParameters
                    {
                        Image = image, // from the caller
                        HostConfig = new HostConfig { Isolation = "hyperv" },
                    };
                }

                class Jobs
                {
                    object A() => Containers.For("mcr.microsoft.com/windows/servercore:ltsc2022");
                    object B() => Containers.For("mcr.microsoft.com/windows/nanoserver:ltsc2022");
                }
                """,
                EquivalenceKeys.UseHyperVIsolation);
        }

        [Fact]
        public Task HelperUsedAsAMethodGroup_NoFixInTheHelper()
        {
            return Verify.NoCodeFix<UseIsolationModeCodeFixProvider>(
                """
                using System;
                using Docker.DotNet.Models;

                static class Containers
                {
                    public static CreateContainerParameters For(string image) => new CreateContainerParameters { Image = image };
                }

                class Jobs
                {
                    object A() => Containers.For({|ISO0001:"mcr.microsoft.com/windows/servercore:ltsc2022"|});
                    Func<string, CreateContainerParameters> B() => Containers.For;
                }
                """,
                EquivalenceKeys.UseHyperVIsolation);
        }

        [Fact]
        public Task HelperWithoutAnIsolationParameter_CallsWithOtherImages_NoFixAtTheCall()
        {
            return Verify.NoCodeFix<UseIsolationModeCodeFixProvider>(
                """
                using Docker.DotNet.Models;

                static class Containers
                {
                    public static CreateContainerParameters For(string image) => new CreateContainerParameters { Image = image };
                }

                class Jobs
                {
                    object A() => Containers.For({|ISO0001:"mcr.microsoft.com/windows/servercore:ltsc2022"|});
                    object B() => Containers.For("redis:7-alpine");
                }
                """,
                EquivalenceKeys.UseHyperVIsolation);
        }

        [Theory]
        [InlineData("object D() => Containers.For(\"mcr.microsoft.com/windows/nanoserver:ltsc2019\");", 3)]
        [InlineData("object D() => Containers.For(\"redis:7-alpine\");", null)]
        [InlineData("System.Func<string, CreateContainerParameters> D() => Containers.For;", null)]
        [InlineData("object D() => Containers.For(1);", 2)]
        public async Task HelperCalls_AreCountedInEveryFile_AndAnyOtherCallOrUseInALaterFileWithdrawsTheHelperFix(string lastFile, int? calls)
        {
            // The helper's calls are bound file by file until one starts no Windows image or uses it otherwise: what a
            // later file holds still decides, and an overload of the same name neither counts nor withdraws.
            var helper = """
                using Docker.DotNet.Models;

                static class Containers
                {
                    public static CreateContainerParameters For(string image) => new CreateContainerParameters { Image = image };
                    public static CreateContainerParameters For(int id) => new CreateContainerParameters { Image = "nginx:1.27" };
                }
                """;
            var first = "class A { object Run() => Containers.For(\"mcr.microsoft.com/windows/servercore:ltsc2022\"); }";
            var second = "class B { object Run() => Containers.For(\"mcr.microsoft.com/windows/servercore:ltsc2022\"); }";
            var last = "using Docker.DotNet.Models; class C { " + lastFile + " }";
            var compilation = Robustness.RobustnessHarness.Compile(new[]
            {
                Robustness.RobustnessHarness.Parse(helper, "/0/Containers.cs"),
                Robustness.RobustnessHarness.Parse(first, "/0/A.cs"),
                Robustness.RobustnessHarness.Parse(second, "/0/B.cs"),
                Robustness.RobustnessHarness.Parse(last, "/0/C.cs"),
            });
            Assert.DoesNotContain(compilation.GetDiagnostics(), d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);

            var result = await Robustness.RobustnessHarness.AnalyzeAsync(compilation);
            Assert.Empty(result.Exceptions);
            var atFirst = Assert.Single(result.Diagnostics, d => d.Id == "ISO0001" && d.Location.SourceTree!.FilePath == "/0/A.cs");
            if (calls is { } expected)
            {
                Assert.Equal(expected.ToString(System.Globalization.CultureInfo.InvariantCulture), atFirst.Properties[IsolationAnalyzers.Rules.FixProperties.HelperCalls]);
                Assert.Equal("Containers.For", atFirst.Properties[IsolationAnalyzers.Rules.FixProperties.HelperName]);
                Assert.DoesNotContain("no fix is offered here", atFirst.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                Assert.False(atFirst.Properties.ContainsKey(IsolationAnalyzers.Rules.FixProperties.HelperCalls));
                Assert.Contains("not every call of it starts a Windows image, so no fix is offered here", atFirst.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
            }
        }
    }
}
