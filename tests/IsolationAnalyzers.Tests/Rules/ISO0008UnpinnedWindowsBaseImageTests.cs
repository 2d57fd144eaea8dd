using System.Threading.Tasks;
using IsolationAnalyzers.CodeFixes;
using IsolationAnalyzers.Tests.Verifiers;
using Xunit;

namespace IsolationAnalyzers.Tests.Rules
{
    public class ISO0008UnpinnedWindowsBaseImageTests
    {
        [Theory]
        [InlineData("mcr.microsoft.com/windows/servercore")]
        [InlineData("mcr.microsoft.com/windows/servercore:latest")]
        [InlineData("mcr.microsoft.com/windows/nanoserver:latest")]
        [InlineData("mcr.microsoft.com/windows/server")]
        [InlineData("mcr.microsoft.com/windows")]
        public Task UnpinnedBaseImage_Reports(string image)
        {
            return Verify.Analyzer($$"""
                using Docker.DotNet.Models;

                class Launcher
                {
                    object Create() => new ContainerSpec { Image = {|ISO0008:"{{image}}"|}, Isolation = "hyperv" };
                }
                """);
        }

        [Theory]
        [InlineData("mcr.microsoft.com/windows/servercore:ltsc2022")]
        [InlineData("mcr.microsoft.com/windows/nanoserver:1809")]
        [InlineData("mcr.microsoft.com/windows/servercore:10.0.20348.2340")]
        [InlineData("mcr.microsoft.com/windows/servercore@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef")]
        [InlineData("mcr.microsoft.com/dotnet/framework/sdk:4.8")]
        [InlineData("mcr.microsoft.com/windows/servercore/iis")]
        public Task PinnedOrOtherImages_DoNotReport(string image)
        {
            return Verify.Analyzer($$"""
                using Docker.DotNet.Models;

                class Launcher
                {
                    object Create() => new ContainerSpec { Image = "{{image}}", Isolation = "hyperv" };
                }
                """);
        }

        [Fact]
        public Task CommandLine_Reports()
        {
            return Verify.Analyzer(
                """
                using System.Diagnostics;

                class Launcher
                {
                    void M() => Process.Start("docker", {|ISO0008:"run --isolation=hyperv mcr.microsoft.com/windows/servercore:latest"|});
                }
                """,
                library: DockerLibrary.None);
        }

        [Fact]
        public Task Fix_PinsToTheConfiguredHost()
        {
            return Verify.CodeFix<PinImageCodeFixProvider>(
                """
                using System.Diagnostics;
                using Docker.DotNet.Models;

                class Launcher
                {
                    object A() => new ContainerSpec { Image = {|ISO0008:"mcr.microsoft.com/windows/servercore"|}, Isolation = "hyperv" };

                    void B() => Process.Start("docker", {|ISO0008:"run --isolation=hyperv mcr.microsoft.com/windows/nanoserver:latest cmd"|});
                }
                """,
                """
                using System.Diagnostics;
                using Docker.DotNet.Models;

                class Launcher
                {
                    object A() => new ContainerSpec { Image = "mcr.microsoft.com/windows/servercore:ltsc2019", Isolation = "hyperv" };

                    void B() => Process.Start("docker", "run --isolation=hyperv mcr.microsoft.com/windows/nanoserver:1809 cmd");
                }
                """,
                EquivalenceKeys.PinImage("ltsc2019"),
                "isolation_analyzers.host_os = ltsc2019");
        }

        [Theory]
        [InlineData("ltsc2025")]
        [InlineData("ltsc2022")]
        public Task Fix_WithoutHosts_OffersTheCurrentLtscReleases(string release)
        {
            return Verify.CodeFix<PinImageCodeFixProvider>(
                """
                using Docker.DotNet.Models;

                class Launcher
                {
                    object A() => new ContainerSpec { Image = {|ISO0008:"mcr.microsoft.com/windows/servercore:latest"|}, Isolation = "hyperv" };
                }
                """,
                $$"""
                using Docker.DotNet.Models;

                class Launcher
                {
                    object A() => new ContainerSpec { Image = "mcr.microsoft.com/windows/servercore:{{release}}", Isolation = "hyperv" };
                }
                """,
                EquivalenceKeys.PinImage(release));
        }
    }
}
