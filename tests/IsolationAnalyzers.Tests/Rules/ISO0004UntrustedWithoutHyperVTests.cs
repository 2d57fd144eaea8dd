using System.Threading.Tasks;
using IsolationAnalyzers.CodeFixes;
using IsolationAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace IsolationAnalyzers.Tests.Rules
{
    public class ISO0004UntrustedWithoutHyperVTests
    {
        private const string Attributes = """

            [System.AttributeUsage(System.AttributeTargets.All)]
            sealed class UntrustedWorkloadAttribute : System.Attribute { }

            [System.AttributeUsage(System.AttributeTargets.All)]
            sealed class TrustedWorkloadAttribute : System.Attribute { }
            """;

        [Fact]
        public Task MarkedMethod_WithoutIsolation_ReportsOnTheCreationInsteadOfIso0001()
        {
            return Verify.Analyzer("""
                using Docker.DotNet.Models;

                class Runner
                {
                    [UntrustedWorkload]
                    object Run() => new {|ISO0004:CreateContainerParameters|} { Image = "mcr.microsoft.com/windows/servercore:ltsc2022" };
                }
                """ + Attributes);
        }

        [Fact]
        public Task MessageSaysWhy()
        {
            return Verify.Analyzer(
                """
                using Docker.DotNet.Models;

                [UntrustedWorkload]
                class Runner
                {
                    object Run() => new CreateContainerParameters { Image = "mcr.microsoft.com/windows/servercore:ltsc2022", HostConfig = new HostConfig { Isolation = "process" } };
                }
                """ + Attributes,
                expected: DiagnosticResult.CompilerWarning("ISO0004").WithSpan(6, 152, 6, 161).WithArguments("[UntrustedWorkload] on type 'Runner'", " (isolation 'process')", "")
                    .WithOptions(DiagnosticOptions.IgnoreAdditionalLocations));
        }

        [Fact]
        public Task MarkedImageParameter_WithUnknownImage()
        {
            return Verify.Analyzer("""
                using Docker.DotNet.Models;

                class Runner
                {
                    object Run([UntrustedWorkload] string image) => new {|ISO0004:CreateContainerParameters|} { Image = image };

                    object Trusted(string image) => new CreateContainerParameters { Image = image };
                }
                """ + Attributes);
        }

        [Fact]
        public Task InnermostMarkerWins()
        {
            return Verify.Analyzer("""
                using Docker.DotNet.Models;

                [UntrustedWorkload]
                class Runner
                {
                    [TrustedWorkload]
                    object Ours() => new {|ISO0001:CreateContainerParameters|} { Image = "mcr.microsoft.com/windows/servercore:ltsc2022" };

                    [TrustedWorkload]
                    object Theirs([UntrustedWorkload] string image) => new {|ISO0004:CreateContainerParameters|} { Image = image };
                }
                """ + Attributes);
        }

        [Theory]
        [InlineData("\"hyperv\"")]
        [InlineData("flag ? \"hyperv\" : \"process\"")]
        [InlineData("isolation")]
        public Task HyperVOrUnknown_DoesNotReport(string isolation)
        {
            return Verify.Analyzer($$"""
                using Docker.DotNet.Models;

                class Runner
                {
                    [UntrustedWorkload]
                    object Run(bool flag, string isolation) => new CreateContainerParameters
                    {
                        Image = "mcr.microsoft.com/windows/servercore:ltsc2022",
                        HostConfig = new HostConfig { Isolation = {{isolation}} },
                    };
                }
                """ + Attributes);
        }

        [Fact]
        public Task LinuxImage_DoesNotReport()
        {
            return Verify.Analyzer("""
                using Docker.DotNet.Models;

                class Runner
                {
                    [UntrustedWorkload]
                    object Run() => new CreateContainerParameters { Image = "redis:7-alpine" };
                }
                """ + Attributes);
        }

        [Fact]
        public Task WorkloadTrustUntrusted_AndDefaultIsolation()
        {
            const string Source = """
                using Docker.DotNet.Models;

                class Runner
                {
                    object Run() => new {|#0:CreateContainerParameters|} { Image = "mcr.microsoft.com/windows/servercore:ltsc2022" };
                }
                """;
            return Task.WhenAll(
                Verify.Analyzer(Source, "isolation_analyzers.workload_trust = untrusted", expected: DiagnosticResult.CompilerWarning("ISO0004").WithLocation(0).WithArguments("workload_trust = untrusted", "", "").WithOptions(DiagnosticOptions.IgnoreAdditionalLocations)),
                Verify.Analyzer(Source, "isolation_analyzers.workload_trust = untrusted\nisolation_analyzers.default_isolation = hyperv", expected: DiagnosticResult.CompilerWarning("ISO0001").WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations).WithArguments("Windows container image 'mcr.microsoft.com/windows/servercore:ltsc2022'", "")));
        }

        [Fact]
        public Task CallerSupplied_ImageFromAParameter()
        {
            return Verify.Analyzer(
                """
                using Docker.DotNet.Models;

                class Runner
                {
                    object Direct(string image) => new {|ISO0004:CreateContainerParameters|} { Image = image };

                    object ThroughLocal(string tag)
                    {
                        var image = $"contoso.azurecr.io/jobs:{tag}";
                        return new CreateContainerParameters { Image = image, HostConfig = new HostConfig { Isolation = {|ISO0004:"process"|} } };
                    }

                    object Fixed() => new {|ISO0001:CreateContainerParameters|} { Image = "mcr.microsoft.com/windows/servercore:ltsc2022" };
                }
                """,
                "isolation_analyzers.workload_trust = caller_supplied");
        }

        [Fact]
        public Task TrustedRegistries()
        {
            return Verify.Analyzer(
                """
                using Docker.DotNet.Models;

                class Runner
                {
                    object Mcr() => new {|ISO0001:CreateContainerParameters|} { Image = "mcr.microsoft.com/windows/servercore:ltsc2022" };

                    object Hub() => new {|ISO0004:CreateContainerParameters|} { Image = "someone/windows-tool:1.0-windowsservercore-ltsc2022" };

                    object Private() => new {|ISO0004:CreateContainerParameters|} { Image = "Contoso.AzureCR.io:443/tool:windowsservercore-ltsc2022" };

                    object Unknown(string image) => new {|ISO0004:CreateContainerParameters|} { Image = image };
                }
                """,
                "isolation_analyzers.trusted_registries = mcr.microsoft.com, contoso.azurecr.io");
        }

        [Fact]
        public Task CommandLines()
        {
            return Verify.Analyzer(
                """
                using System.Diagnostics;

                class Runner
                {
                    // In a command string, a lone hole could hold several options, --isolation among them: unknown.
                    void A(string image) => Process.Start("docker", $"run --rm {image}");

                    void B(string image) => Process.Start("docker", $"run --isolation=hyperv {image}");

                    void C(string image) => Process.Start("docker", new[] { "run", "--isolation", {|ISO0004:"process"|}, image });

                    // In an argument list, one element is one token: a lone last element can only be the image.
                    void D(string image) => Process.Start("docker", new[] { {|ISO0004:"run"|}, "--rm", image });
                }
                """,
                "isolation_analyzers.workload_trust = caller_supplied",
                DockerLibrary.None);
        }

        [Fact]
        public Task Fix_UsesHyperV()
        {
            return Verify.CodeFix<UseIsolationModeCodeFixProvider>(
                """
                using System.Diagnostics;
                using Docker.DotNet.Models;

                class Runner
                {
                    [UntrustedWorkload]
                    object A() => new {|ISO0004:CreateContainerParameters|} { Image = "mcr.microsoft.com/windows/servercore:ltsc2022" };

                    [UntrustedWorkload]
                    void B() => Process.Start("docker", new[] { "run", "--isolation", {|ISO0004:"process"|}, "mcr.microsoft.com/windows/servercore:ltsc2022" });
                }
                """ + Attributes,
                """
                using System.Diagnostics;
                using Docker.DotNet.Models;

                class Runner
                {
                    [UntrustedWorkload]
                    object A() => new CreateContainerParameters { Image = "mcr.microsoft.com/windows/servercore:ltsc2022", HostConfig = new HostConfig { Isolation = "hyperv" } };

                    [UntrustedWorkload]
                    void B() => Process.Start("docker", new[] { "run", "--isolation", "hyperv", "mcr.microsoft.com/windows/servercore:ltsc2022" });
                }
                """ + Attributes,
                EquivalenceKeys.UseHyperVIsolation);
        }
    }
}
