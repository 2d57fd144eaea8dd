using System.Threading.Tasks;
using IsolationAnalyzers.Configuration;
using IsolationAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace IsolationAnalyzers.Tests.Rules
{
    public class ISO0099InvalidConfigurationTests
    {
        private const string Source = """
            using Docker.DotNet.Models;

            class Launcher
            {
                object Create() => new CreateContainerParameters
                {
                    Image = "mcr.microsoft.com/windows/servercore:ltsc2019",
                    HostConfig = new HostConfig { Isolation = "process" },
                };
            }
            """;

        [Theory]
        [InlineData("isolation_analyzers.host_os", "ltsc2030", IsolationSettings.AcceptedHostOs)]
        [InlineData("isolation_analyzers.host_os", "ltsc2022, windows-12", IsolationSettings.AcceptedHostOs)]
        [InlineData("isolation_analyzers.default_isolation", "vm", IsolationSettings.AcceptedDefaultIsolation)]
        [InlineData("isolation_analyzers.workload_trust", "maybe", IsolationSettings.AcceptedWorkloadTrust)]
        [InlineData("isolation_analyzers.trusted_registries", "https://contoso.azurecr.io/", IsolationSettings.AcceptedTrustedRegistries)]
        public Task InvalidValue_ReportsOnceWithoutLocation(string key, string value, string accepted)
        {
            return Verify.Analyzer(
                Source,
                key + " = " + value,
                expected: DiagnosticResult.CompilerWarning("ISO0099").WithArguments(key, value, accepted));
        }

        [Fact]
        public Task InvalidHostOs_IsTreatedAsUnset()
        {
            // With the invalid host list ignored, ISO0002 has no host to compare with.
            return Verify.Analyzer(
                Source,
                "isolation_analyzers.host_os = ltsc2022, nonsense",
                expected: DiagnosticResult.CompilerWarning("ISO0099").WithArguments("isolation_analyzers.host_os", "ltsc2022, nonsense", IsolationSettings.AcceptedHostOs));
        }

        [Fact]
        public Task InvalidMsBuildProperty_IsReported()
        {
            return Verify.Analyzer(
                "class Empty { }",
                "build_property.ContainerDefaultIsolation = sandbox",
                DockerLibrary.None,
                DiagnosticResult.CompilerWarning("ISO0099").WithArguments("isolation_analyzers.default_isolation", "sandbox", "process, hyperv"));
        }

        [Fact]
        public Task OneDiagnosticPerKey()
        {
            return Verify.Analyzer(
                "class Empty { }",
                "isolation_analyzers.host_os = nope\nisolation_analyzers.default_isolation = nope",
                DockerLibrary.None,
                DiagnosticResult.CompilerWarning("ISO0099").WithArguments("isolation_analyzers.host_os", "nope", IsolationSettings.AcceptedHostOs),
                DiagnosticResult.CompilerWarning("ISO0099").WithArguments("isolation_analyzers.default_isolation", "nope", IsolationSettings.AcceptedDefaultIsolation));
        }

        [Theory]
        [InlineData("isolation_analyzers.host_os = ltsc2019, LTSC2022 ,windows-11-24h2, 10.0.20348.2340")]
        [InlineData("ISOLATION_ANALYZERS.DEFAULT_ISOLATION = HyperV")]
        [InlineData("isolation_analyzers.workload_trust = caller_supplied")]
        [InlineData("isolation_analyzers.trusted_registries = mcr.microsoft.com, localhost:5000, Docker.io")]
        [InlineData("build_property.ContainerHostOS = ")]
        public Task ValidValues_DoNotReport(string line)
        {
            return Verify.Analyzer("class Empty { }", line, DockerLibrary.None);
        }
    }
}
