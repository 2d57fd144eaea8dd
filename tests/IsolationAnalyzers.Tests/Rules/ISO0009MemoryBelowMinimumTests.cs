using System.Threading.Tasks;
using IsolationAnalyzers.CodeFixes;
using IsolationAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace IsolationAnalyzers.Tests.Rules
{
    public class ISO0009MemoryBelowMinimumTests
    {
        private static string Launch(string image, string isolation, string memory) => $$"""
            using Docker.DotNet.Models;

            class Launcher
            {
                object Create() => new {{(isolation.Length == 0 && image.Contains("windows") ? "{|ISO0001:CreateContainerParameters|}" : "CreateContainerParameters")}}
                {
                    Image = "{{image}}",
                    HostConfig = new HostConfig { Isolation = "{{isolation}}", Memory = {{memory}} },
                };
            }
            """;

        [Theory]
        [InlineData("mcr.microsoft.com/windows/servercore:ltsc2022", "hyperv", "300L * 1024 * 1024")]
        [InlineData("mcr.microsoft.com/windows/servercore:ltsc2022", "process", "40L * 1024 * 1024")]
        [InlineData("mcr.microsoft.com/windows/nanoserver:ltsc2022", "hyperv", "100L * 1024 * 1024")]
        [InlineData("mcr.microsoft.com/windows/nanoserver:ltsc2022", "process", "30L * 1024 * 1024")]
        [InlineData("mcr.microsoft.com/windows/nanoserver:ltsc2022", "", "35L * 1024 * 1024")]
        [InlineData("redis:7-alpine", "", "2048")]
        [InlineData("contoso.azurecr.io/app:1", "", "5L * 1024 * 1024")]
        public Task BelowMinimum_Reports(string image, string isolation, string memory)
        {
            return Verify.Analyzer(Launch(image, isolation, "{|ISO0009:" + memory + "|}").Replace("Isolation = \"\", ", string.Empty));
        }

        [Theory]
        [InlineData("mcr.microsoft.com/windows/servercore:ltsc2022", "hyperv", "360L * 1024 * 1024")]
        [InlineData("mcr.microsoft.com/windows/servercore:ltsc2022", "process", "50L * 1024 * 1024")]
        [InlineData("mcr.microsoft.com/windows/nanoserver:ltsc2022", "hyperv", "130L * 1024 * 1024")]
        [InlineData("mcr.microsoft.com/windows/nanoserver:ltsc2022", "", "40L * 1024 * 1024")]
        [InlineData("redis:7-alpine", "", "6L * 1024 * 1024")]
        [InlineData("redis:7-alpine", "", "0")]
        public Task AtOrAboveMinimum_OrNoLimit_DoesNotReport(string image, string isolation, string memory)
        {
            return Verify.Analyzer(Launch(image, isolation, memory).Replace("Isolation = \"\", ", string.Empty));
        }

        [Fact]
        public Task MessageNamesLimitMinimumAndImage()
        {
            return Verify.Analyzer(
                Launch("mcr.microsoft.com/windows/servercore:ltsc2022", "hyperv", "2048"),
                expected: DiagnosticResult.CompilerWarning("ISO0009").WithSpan(8, 70, 8, 74)
                    .WithArguments("2,048 bytes", "360 MB", "a Windows Server Core container with Hyper-V isolation", "")
                    .WithOptions(DiagnosticOptions.IgnoreAdditionalLocations));
        }

        [Fact]
        public Task SwarmLimits_LoneHostConfig_AndCommandLines()
        {
            return Verify.Analyzer("""
                using System.Diagnostics;
                using Docker.DotNet.Models;

                class Launcher
                {
                    object Swarm() => new TaskSpec
                    {
                        ContainerSpec = new ContainerSpec { Image = "mcr.microsoft.com/windows/servercore:ltsc2022", Isolation = "hyperv" },
                        Resources = new ResourceRequirements { Limits = new SwarmLimit { MemoryBytes = {|ISO0009:256L * 1024 * 1024|} } },
                    };

                    object Lone() => new HostConfig { Memory = {|ISO0009:1024|} };

                    void Cli() => Process.Start("docker", {|ISO0009:"run --isolation=hyperv -m 256m mcr.microsoft.com/windows/servercore:ltsc2022"|});

                    void CliBytes() => Process.Start("docker", new[] { "run", "--memory", {|ISO0009:"2048"|}, "redis:7-alpine" });

                    void CliOk() => Process.Start("docker", "run --isolation=hyperv --memory=2g mcr.microsoft.com/windows/servercore:ltsc2022");
                }
                """);
        }

        [Fact]
        public Task Fix_RaisesToTheMinimum()
        {
            return Verify.CodeFix<RaiseMemoryLimitCodeFixProvider>(
                """
                using System.Diagnostics;
                using Docker.DotNet.Models;

                class Launcher
                {
                    object A() => new HostConfig { Memory = /* MB */ {|ISO0009:2048|} };

                    object B() => new CreateContainerParameters { Image = "mcr.microsoft.com/windows/servercore:ltsc2022", HostConfig = new HostConfig { Isolation = "hyperv", Memory = {|ISO0009:256L * 1024 * 1024|} } };

                    void C() => Process.Start("docker", {|ISO0009:"run --isolation=process -m 20m mcr.microsoft.com/windows/nanoserver:ltsc2022"|});
                }
                """,
                """
                using System.Diagnostics;
                using Docker.DotNet.Models;

                class Launcher
                {
                    object A() => new HostConfig { Memory = /* MB */ 6L * 1024 * 1024 };

                    object B() => new CreateContainerParameters { Image = "mcr.microsoft.com/windows/servercore:ltsc2022", HostConfig = new HostConfig { Isolation = "hyperv", Memory = 360L * 1024 * 1024 } };

                    void C() => Process.Start("docker", "run --isolation=process -m 40m mcr.microsoft.com/windows/nanoserver:ltsc2022");
                }
                """,
                EquivalenceKeys.RaiseMemoryLimit);
        }

        [Fact]
        public Task Fix_InterpretsSmallValuesAsMegabytes()
        {
            return Verify.CodeFix<RaiseMemoryLimitCodeFixProvider>(
                """
                using System.Diagnostics;
                using Docker.DotNet.Models;

                class Launcher
                {
                    object A() => new CreateContainerParameters { Image = "mcr.microsoft.com/windows/servercore:ltsc2022", HostConfig = new HostConfig { Isolation = "hyperv", Memory = {|ISO0009:2048|} } };

                    void B() => Process.Start("docker", new[] { "run", "-m", {|ISO0009:"512"|}, "redis:7-alpine" });
                }
                """,
                """
                using System.Diagnostics;
                using Docker.DotNet.Models;

                class Launcher
                {
                    object A() => new CreateContainerParameters { Image = "mcr.microsoft.com/windows/servercore:ltsc2022", HostConfig = new HostConfig { Isolation = "hyperv", Memory = 2048L * 1024 * 1024 } };

                    void B() => Process.Start("docker", new[] { "run", "-m", "512m", "redis:7-alpine" });
                }
                """,
                EquivalenceKeys.InterpretMemoryAsMegabytes);
        }
    }
}
