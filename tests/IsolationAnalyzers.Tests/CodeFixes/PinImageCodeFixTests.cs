using System.Threading.Tasks;
using IsolationAnalyzers.CodeFixes;
using IsolationAnalyzers.Tests.Verifiers;
using Xunit;

namespace IsolationAnalyzers.Tests.CodeFixes
{
    public class PinImageCodeFixTests
    {
        [Theory]
        [InlineData("mcr.microsoft.com/windows/servercore:ltsc2025", "mcr.microsoft.com/windows/servercore:ltsc2022")]
        [InlineData("mcr.microsoft.com/dotnet/aspnet:9.0-nanoserver-ltsc2025", "mcr.microsoft.com/dotnet/aspnet:9.0-nanoserver-ltsc2022")]
        [InlineData("mcr.microsoft.com/windows/servercore:ltsc2025-KB5034770", "mcr.microsoft.com/windows/servercore:ltsc2022")]
        [InlineData("mcr.microsoft.com/windows/servercore:10.0.26100.1742", "mcr.microsoft.com/windows/servercore:ltsc2022")]
        public Task PinsToTheHostRelease_KeepingTheNamingScheme(string image, string pinned)
        {
            return Verify.CodeFix<PinImageCodeFixProvider>(
                $$"""
                using Docker.DotNet.Models;

                class Launcher
                {
                    object Create() => new ContainerSpec { Image = /* base */ {|ISO0003:"{{image}}"|}, Isolation = "hyperv" };
                }
                """,
                $$"""
                using Docker.DotNet.Models;

                class Launcher
                {
                    object Create() => new ContainerSpec { Image = /* base */ "{{pinned}}", Isolation = "hyperv" };
                }
                """,
                EquivalenceKeys.PinImage("ltsc2022"),
                editorConfig: "isolation_analyzers.host_os = ltsc2022");
        }

        [Fact]
        public Task NanoServerUses1809ForWindowsServer2019()
        {
            return Verify.CodeFix<PinImageCodeFixProvider>(
                """
                using Docker.DotNet.Models;

                class Launcher
                {
                    object Create() => new ContainerSpec { Image = {|ISO0003:"mcr.microsoft.com/windows/nanoserver:ltsc2022"|}, Isolation = "hyperv" };
                }
                """,
                """
                using Docker.DotNet.Models;

                class Launcher
                {
                    object Create() => new ContainerSpec { Image = "mcr.microsoft.com/windows/nanoserver:1809", Isolation = "hyperv" };
                }
                """,
                EquivalenceKeys.PinImage("ltsc2019"),
                editorConfig: "isolation_analyzers.host_os = ltsc2019, ltsc2022");
        }

        [Fact]
        public Task OneChoicePerHost()
        {
            return Verify.CodeFix<PinImageCodeFixProvider>(
                """
                using Docker.DotNet.Models;

                class Launcher
                {
                    object Create() => new ContainerSpec { Image = {|ISO0003:"mcr.microsoft.com/windows/servercore:ltsc2025"|}, Isolation = "hyperv" };
                }
                """,
                """
                using Docker.DotNet.Models;

                class Launcher
                {
                    object Create() => new ContainerSpec { Image = "mcr.microsoft.com/windows/servercore:ltsc2019", Isolation = "hyperv" };
                }
                """,
                EquivalenceKeys.PinImage("ltsc2019"),
                editorConfig: "isolation_analyzers.host_os = ltsc2022, ltsc2019");
        }

        [Fact]
        public Task FixAll_PinsEveryImage()
        {
            return Verify.CodeFix<PinImageCodeFixProvider>(
                """
                using Docker.DotNet.Models;

                class Launcher
                {
                    object A() => new ContainerSpec { Image = {|ISO0003:"mcr.microsoft.com/windows/servercore:ltsc2025"|}, Isolation = "hyperv" };

                    object B() => new CreateContainerParameters
                    {
                        Image = {|ISO0003:"mcr.microsoft.com/dotnet/runtime:9.0-nanoserver-ltsc2025"|},
                        HostConfig = new HostConfig { Isolation = "hyperv" },
                    };
                }
                """,
                """
                using Docker.DotNet.Models;

                class Launcher
                {
                    object A() => new ContainerSpec { Image = "mcr.microsoft.com/windows/servercore:ltsc2022", Isolation = "hyperv" };

                    object B() => new CreateContainerParameters
                    {
                        Image = "mcr.microsoft.com/dotnet/runtime:9.0-nanoserver-ltsc2022",
                        HostConfig = new HostConfig { Isolation = "hyperv" },
                    };
                }
                """,
                EquivalenceKeys.PinImage("ltsc2022"),
                editorConfig: "isolation_analyzers.host_os = ltsc2022");
        }

        [Fact]
        public Task NoFixForAConstantImage()
        {
            return Verify.NoCodeFix<PinImageCodeFixProvider>(
                """
                using Docker.DotNet.Models;

                class Launcher
                {
                    const string Image = "mcr.microsoft.com/windows/servercore:ltsc2025";

                    object Create() => new ContainerSpec { Image = {|ISO0003:Image|}, Isolation = "hyperv" };
                }
                """,
                EquivalenceKeys.PinImage("ltsc2022"),
                "isolation_analyzers.host_os = ltsc2022");
        }
    }
}
