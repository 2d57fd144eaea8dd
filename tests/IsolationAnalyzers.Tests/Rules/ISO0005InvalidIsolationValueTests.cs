using System.Threading.Tasks;
using IsolationAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace IsolationAnalyzers.Tests.Rules
{
    public class ISO0005InvalidIsolationValueTests
    {
        [Theory]
        [InlineData("hyper-v")]
        [InlineData(" hyperv")]
        [InlineData("hyperv ")]
        [InlineData("Hyper_V")]
        [InlineData("proc")]
        [InlineData("banana")]
        [InlineData("isolated")]
        public Task InvalidValue_Reports(string value)
        {
            return Verify.Analyzer($$"""
                using Docker.DotNet.Models;

                class Launcher
                {
                    object Create() => new CreateContainerParameters
                    {
                        Image = "mcr.microsoft.com/windows/servercore:ltsc2022",
                        HostConfig = new HostConfig { Isolation = {|ISO0005:"{{value}}"|} },
                    };
                }
                """);
        }

        [Fact]
        public Task MessageSuggestsTheClosestValue()
        {
            return Verify.Analyzer(
                """
                using Docker.DotNet.Models;

                class Launcher
                {
                    object Create() => new HostConfig { Isolation = "hyper-v" };
                }
                """,
                expected: DiagnosticResult.CompilerWarning("ISO0005").WithSpan(5, 53, 5, 62).WithArguments("hyper-v", " (did you mean 'hyperv'?)", "").WithOptions(DiagnosticOptions.IgnoreAdditionalLocations));
        }

        [Fact]
        public Task LoneHostConfig_AndLocalsAndBranches()
        {
            return Verify.Analyzer("""
                using Docker.DotNet.Models;

                class Launcher
                {
                    const string Isolation = "hyper-v";

                    HostConfig Lone() => new HostConfig { Isolation = {|ISO0005:Isolation|} };

                    HostConfig Assigned(bool flag)
                    {
                        var hc = new HostConfig();
                        hc.Isolation = flag ? {|ISO0005:"Hyper-V"|} : "process";
                        return hc;
                    }

                    void Attached(CreateContainerParameters existing)
                    {
                        existing.HostConfig = new HostConfig { Isolation = {|ISO0005:"hyper v"|} };
                    }

                    object Swarm() => new ContainerSpec { Image = "mcr.microsoft.com/windows/servercore:ltsc2022", Isolation = {|ISO0005:"vm"|} };
                }
                """);
        }

        [Fact]
        public Task ReportedOncePerValue_WhenTheHostConfigIsAttached()
        {
            return Verify.Analyzer("""
                using Docker.DotNet.Models;

                class Launcher
                {
                    object Create()
                    {
                        var hc = new HostConfig { Isolation = {|ISO0005:"hyper-v"|} };
                        return new CreateContainerParameters { Image = "mcr.microsoft.com/windows/servercore:ltsc2022", HostConfig = hc };
                    }
                }
                """);
        }

        [Theory]
        [InlineData("\"\"")]
        [InlineData("\"default\"")]
        [InlineData("\"process\"")]
        [InlineData("\"hyperv\"")]
        [InlineData("null")]
        [InlineData("value")]
        public Task ValidOrUnknownValue_DoesNotReport(string value)
        {
            return Verify.Analyzer($$"""
                using Docker.DotNet.Models;

                class Launcher
                {
                    object Create(string value) => new HostConfig { Isolation = {{value}} };
                }
                """);
        }
    }
}
