using System.Threading.Tasks;
using IsolationAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace IsolationAnalyzers.Tests.Rules
{
    public class ISO0006IsolationValueNotLowerCaseTests
    {
        [Theory]
        [InlineData("HyperV")]
        [InlineData("HYPERV")]
        [InlineData("Process")]
        public Task MixedCase_Reports(string value)
        {
            return Verify.Analyzer($$"""
                using Docker.DotNet.Models;

                class Launcher
                {
                    object Create() => new ContainerSpec
                    {
                        Image = "mcr.microsoft.com/windows/servercore:ltsc2022",
                        Isolation = {|ISO0006:"{{value}}"|},
                    };
                }
                """);
        }

        [Fact]
        public Task MixedCaseDefault_ReportsAndStillMeansAbsent()
        {
            return Verify.Analyzer("""
                using Docker.DotNet.Models;

                class Launcher
                {
                    object Create() => new {|ISO0001:ContainerSpec|} { Image = "mcr.microsoft.com/windows/servercore:ltsc2022", Isolation = {|ISO0006:"Default"|} };
                }
                """);
        }

        [Fact]
        public Task IsInfoWithTheLowerCaseSpelling()
        {
            return Verify.Analyzer(
                """
                using Docker.DotNet.Models;

                class Launcher
                {
                    object Create() => new HostConfig { Isolation = "HyperV" };
                }
                """,
                expected: new DiagnosticResult("ISO0006", Microsoft.CodeAnalysis.DiagnosticSeverity.Info).WithSpan(5, 53, 5, 61).WithArguments("HyperV", "hyperv", "").WithOptions(DiagnosticOptions.IgnoreAdditionalLocations));
        }

        [Theory]
        [InlineData("hyperv")]
        [InlineData("process")]
        [InlineData("default")]
        [InlineData("")]
        public Task LowerCase_DoesNotReport(string value)
        {
            return Verify.Analyzer($$"""
                using Docker.DotNet.Models;

                class Launcher
                {
                    object Create() => new HostConfig { Isolation = "{{value}}" };
                }
                """);
        }

        [Fact]
        public Task InvalidValue_IsIso0005NotIso0006()
        {
            return Verify.Analyzer("""
                using Docker.DotNet.Models;

                class Launcher
                {
                    object Create() => new HostConfig { Isolation = {|ISO0005:"Hyper-V"|} };
                }
                """);
        }
    }
}
