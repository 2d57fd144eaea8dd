using System.Threading.Tasks;
using IsolationAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace IsolationAnalyzers.Tests.Rules
{
    public class ISO0003ImageNewerThanHostTests
    {
        [Theory]
        [InlineData("ltsc2019", "mcr.microsoft.com/windows/servercore:ltsc2022")]
        [InlineData("ltsc2022", "mcr.microsoft.com/windows/servercore:ltsc2025")]
        [InlineData("ltsc2022", "mcr.microsoft.com/dotnet/aspnet:9.0-nanoserver-ltsc2025")]
        [InlineData("windows-server-2016", "mcr.microsoft.com/windows/nanoserver:1809")]
        [InlineData("17763", "mcr.microsoft.com/windows/servercore:10.0.20348.2340")]
        public Task NewerImage_ReportsOnTheImage(string host, string image)
        {
            return Verify.Analyzer(
                $$"""
                using Docker.DotNet.Models;

                class Launcher
                {
                    object Create() => new CreateContainerParameters
                    {
                        Image = {|ISO0003:"{{image}}"|},
                        HostConfig = new HostConfig { Isolation = "hyperv" },
                    };
                }
                """,
                "isolation_analyzers.host_os = " + host);
        }

        [Fact]
        public Task SuppressesIso0002AtTheSameLaunch()
        {
            return Verify.Analyzer(
                """
                using Docker.DotNet.Models;

                class Launcher
                {
                    object Create() => new CreateContainerParameters
                    {
                        Image = {|ISO0003:"mcr.microsoft.com/windows/servercore:ltsc2025"|},
                        HostConfig = new HostConfig { Isolation = "process" },
                    };
                }
                """,
                "isolation_analyzers.host_os = ltsc2022");
        }

        [Fact]
        public Task MessageNamesImageBuildAndHost()
        {
            return Verify.Analyzer(
                """
                using Docker.DotNet.Models;

                class Launcher
                {
                    object Create() => new ContainerSpec { Image = "mcr.microsoft.com/windows/servercore:ltsc2025", Isolation = "hyperv" };
                }
                """,
                "isolation_analyzers.host_os = ltsc2022",
                expected: DiagnosticResult.CompilerWarning("ISO0003").WithSpan(5, 52, 5, 99)
                    .WithArguments("mcr.microsoft.com/windows/servercore:ltsc2025", 26100, "ltsc2022 (build 20348)", "").WithOptions(DiagnosticOptions.IgnoreAdditionalLocations));
        }

        [Theory]
        [InlineData("ltsc2025", "mcr.microsoft.com/windows/servercore:ltsc2022")]
        [InlineData("ltsc2022", "mcr.microsoft.com/windows/servercore:ltsc2022")]
        [InlineData("windows-11-24h2", "mcr.microsoft.com/windows/servercore:ltsc2025")]
        [InlineData("ltsc2022", "mcr.microsoft.com/windows/servercore:ltsc2016")]
        public Task SameOrOlderImage_DoesNotReport(string host, string image)
        {
            return Verify.Analyzer(
                $$"""
                using Docker.DotNet.Models;

                class Launcher
                {
                    object Create() => new ContainerSpec { Image = "{{image}}", Isolation = "hyperv" };
                }
                """,
                "isolation_analyzers.host_os = " + host);
        }

        [Fact]
        public Task WithoutHostOs_DoesNotReport()
        {
            return Verify.Analyzer("""
                using Docker.DotNet.Models;

                class Launcher
                {
                    object Create() => new ContainerSpec { Image = "mcr.microsoft.com/windows/servercore:ltsc2025", Isolation = "hyperv" };
                }
                """);
        }

        [Fact]
        public Task ConstantImage_ReportsAtTheUseSite()
        {
            return Verify.Analyzer(
                """
                using Docker.DotNet.Models;

                static class Images
                {
                    public const string Latest = "mcr.microsoft.com/windows/servercore:ltsc2025";
                }

                class Launcher
                {
                    object Create() => new ContainerSpec { Image = {|ISO0003:Images.Latest|}, Isolation = "hyperv" };
                }
                """,
                "isolation_analyzers.host_os = ltsc2022");
        }
    }
}
