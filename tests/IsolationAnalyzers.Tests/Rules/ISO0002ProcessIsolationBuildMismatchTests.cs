using System.Threading.Tasks;
using IsolationAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace IsolationAnalyzers.Tests.Rules
{
    public class ISO0002ProcessIsolationBuildMismatchTests
    {
        private const string Ltsc2022Host = "isolation_analyzers.host_os = ltsc2022";

        private static string Launch(string image, string isolation) => $$"""
            using Docker.DotNet.Models;

            class Launcher
            {
                object Create(bool flag) => new CreateContainerParameters
                {
                    Image = {{image}},
                    HostConfig = new HostConfig { Isolation = {{isolation}} },
                };
            }
            """;

        [Fact]
        public Task OlderImageWithProcess_ReportsOnTheValue()
        {
            return Verify.Analyzer(
                Launch("\"mcr.microsoft.com/windows/servercore:ltsc2019\"", "{|ISO0002:\"process\"|}"),
                Ltsc2022Host);
        }

        [Fact]
        public Task MessageNamesImageBuildHostAndRelease()
        {
            return Verify.Analyzer(
                Launch("\"mcr.microsoft.com/windows/servercore:ltsc2019\"", "\"process\""),
                Ltsc2022Host,
                expected: DiagnosticResult.CompilerWarning("ISO0002")
                    .WithSpan(8, 51, 8, 60)
                    .WithArguments("mcr.microsoft.com/windows/servercore:ltsc2019", 17763, "ltsc2022 (build 20348)", "ltsc2022", "")
                    .WithOptions(DiagnosticOptions.IgnoreAdditionalLocations));
        }

        [Theory]
        [InlineData("ltsc2022", "\"mcr.microsoft.com/windows/servercore:ltsc2022\"")]
        [InlineData("ltsc2025", "\"mcr.microsoft.com/windows/servercore:ltsc2022\"")]
        [InlineData("windows-11-24h2", "\"mcr.microsoft.com/windows/servercore:ltsc2022\"")]
        [InlineData("ltsc2019", "\"mcr.microsoft.com/windows/nanoserver:1809\"")]
        [InlineData("10.0.17763", "\"mcr.microsoft.com/dotnet/framework/sdk:4.8-windowsservercore-ltsc2019\"")]
        public Task RunnableImage_DoesNotReport(string host, string image)
        {
            return Verify.Analyzer(Launch(image, "\"process\""), "isolation_analyzers.host_os = " + host);
        }

        [Fact]
        public Task HyperV_DoesNotReport()
        {
            return Verify.Analyzer(Launch("\"mcr.microsoft.com/windows/servercore:ltsc2019\"", "\"hyperv\""), Ltsc2022Host);
        }

        [Fact]
        public Task WithoutHostOs_DoesNotReport()
        {
            return Verify.Analyzer(Launch("\"mcr.microsoft.com/windows/servercore:ltsc2019\"", "\"process\""));
        }

        [Fact]
        public Task UnknownBuild_DoesNotReport()
        {
            return Verify.Analyzer(Launch("\"mcr.microsoft.com/dotnet/framework/sdk:4.8\"", "\"process\""), Ltsc2022Host);
        }

        [Fact]
        public Task ConditionalProcess_ReportsOnTheProcessBranch()
        {
            return Verify.Analyzer(
                Launch("\"mcr.microsoft.com/windows/servercore:ltsc2019\"", "flag ? {|ISO0002:\"process\"|} : \"hyperv\""),
                Ltsc2022Host);
        }

        [Fact]
        public Task ProcessFromDefaultIsolation_ReportsOnTheImage()
        {
            return Verify.Analyzer(
                """
                using Docker.DotNet.Models;

                class Launcher
                {
                    object Create() => new {|ISO0001:CreateContainerParameters|} { Image = {|ISO0002:"mcr.microsoft.com/windows/servercore:ltsc2019"|} };
                }
                """,
                Ltsc2022Host + "\nisolation_analyzers.default_isolation = process");
        }

        [Fact]
        public Task HyperVDefaultIsolation_DoesNotReport()
        {
            return Verify.Analyzer(
                """
                using Docker.DotNet.Models;

                class Launcher
                {
                    object Create() => new {|ISO0001:CreateContainerParameters|} { Image = "mcr.microsoft.com/windows/servercore:ltsc2019" };
                }
                """,
                Ltsc2022Host + "\nisolation_analyzers.default_isolation = hyperv");
        }

        [Fact]
        public Task SeveralHosts_MessageListsEveryFailingHost()
        {
            return Verify.Analyzer(
                Launch("\"mcr.microsoft.com/windows/servercore:ltsc2022\"", "\"process\""),
                "isolation_analyzers.host_os = ltsc2022, ltsc2025, 1809",
                expected: new[]
                {
                    DiagnosticResult.CompilerWarning("ISO0003").WithSpan(7, 17, 7, 64).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations)
                        .WithArguments("mcr.microsoft.com/windows/servercore:ltsc2022", 20348, "1809 (build 17763)", ""),
                });
        }

        [Fact]
        public Task ProcessIsolationOnOlderHostThanSomeButMatchingOthers_ListsOnlyFailingHosts()
        {
            return Verify.Analyzer(
                Launch("\"mcr.microsoft.com/windows/servercore:ltsc2019\"", "\"process\""),
                "isolation_analyzers.host_os = ltsc2019, ltsc2022, ltsc2025",
                expected: DiagnosticResult.CompilerWarning("ISO0002").WithSpan(8, 51, 8, 60).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations)
                    .WithArguments("mcr.microsoft.com/windows/servercore:ltsc2019", 17763, "ltsc2022 (build 20348), ltsc2025 (build 26100)", "ltsc2022 / ltsc2025", ""));
        }

        [Fact]
        public Task SwarmContainerSpec_Reports()
        {
            return Verify.Analyzer(
                """
                using Docker.DotNet.Models;

                class Deployer
                {
                    object Create() => new ContainerSpec { Image = "mcr.microsoft.com/windows/servercore:ltsc2019", Isolation = {|ISO0002:"process"|} };
                }
                """,
                Ltsc2022Host);
        }

        [Fact]
        public Task MsBuildPropertyFallback_IsRead()
        {
            return Verify.Analyzer(
                Launch("\"mcr.microsoft.com/windows/servercore:ltsc2019\"", "{|ISO0002:\"process\"|}"),
                "build_property.ContainerHostOS = ltsc2022");
        }

        [Fact]
        public Task EditorConfigWinsOverMsBuildProperty()
        {
            return Verify.Analyzer(
                Launch("\"mcr.microsoft.com/windows/servercore:ltsc2019\"", "\"process\""),
                "isolation_analyzers.host_os = ltsc2019\nbuild_property.ContainerHostOS = ltsc2022");
        }
    }
}
