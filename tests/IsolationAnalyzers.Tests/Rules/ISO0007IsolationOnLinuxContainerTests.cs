using System.Threading.Tasks;
using IsolationAnalyzers.CodeFixes;
using IsolationAnalyzers.Tests.Verifiers;
using Xunit;

namespace IsolationAnalyzers.Tests.Rules
{
    public class ISO0007IsolationOnLinuxContainerTests
    {
        [Theory]
        [InlineData("redis:7-alpine", "\"hyperv\"")]
        [InlineData("ubuntu", "\"process\"")]
        [InlineData("mcr.microsoft.com/dotnet/aspnet:8.0", "\"HyperV\"")]
        [InlineData("mcr.microsoft.com/mssql/server:2022-latest", "\"hyperv\"")]
        public Task LinuxImageWithIsolation_Reports(string image, string isolation)
        {
            var markup = isolation == "\"HyperV\"" ? "{|ISO0006:{|ISO0007:" + isolation + "|}|}" : "{|ISO0007:" + isolation + "|}";
            return Verify.Analyzer($$"""
                using Docker.DotNet.Models;

                class Launcher
                {
                    object Create() => new CreateContainerParameters
                    {
                        Image = "{{image}}",
                        HostConfig = new HostConfig { Isolation = {{markup}} },
                    };
                }
                """);
        }

        [Fact]
        public Task LinuxPlatform_AndCommandLines()
        {
            return Verify.Analyzer(
                """
                using System.Diagnostics;
                using Docker.DotNet.Models;

                class Launcher
                {
                    object A(string image) => new CreateContainerParameters { Image = image, Platform = "linux/amd64", HostConfig = new HostConfig { Isolation = {|ISO0007:"process"|} } };

                    void B() => Process.Start("docker", {|ISO0007:"run --isolation=hyperv redis:7-alpine"|});
                }
                """);
        }

        [Theory]
        [InlineData("redis:7-alpine", "\"default\"")]
        [InlineData("redis:7-alpine", "\"\"")]
        [InlineData("mcr.microsoft.com/windows/servercore:ltsc2022", "\"hyperv\"")]
        [InlineData("contoso.azurecr.io/app:1.0", "\"hyperv\"")]
        public Task DefaultOrNotLinux_DoesNotReport(string image, string isolation)
        {
            return Verify.Analyzer($$"""
                using Docker.DotNet.Models;

                class Launcher
                {
                    object Create() => new CreateContainerParameters { Image = "{{image}}", HostConfig = new HostConfig { Isolation = {{isolation}} } };
                }
                """);
        }

        [Fact]
        public Task Fix_RemovesTheSetting_InEveryForm()
        {
            return Verify.CodeFix<RemoveSettingCodeFixProvider>(
                """
                using System.Diagnostics;
                using Docker.DotNet.Models;

                class Launcher
                {
                    object A() => new CreateContainerParameters
                    {
                        Image = "redis:7-alpine",
                        HostConfig = new HostConfig
                        {
                            Memory = 512L * 1024 * 1024,
                            Isolation = {|ISO0007:"hyperv"|}, // copied from the Windows launcher
                            AutoRemove = true,
                        },
                    };

                    object B()
                    {
                        var hc = new HostConfig();
                        hc.Isolation = {|ISO0007:"process"|};
                        return new CreateContainerParameters { Image = "ubuntu", HostConfig = hc };
                    }

                    void C() => Process.Start("docker", {|ISO0007:"run --isolation=hyperv --rm redis:7-alpine"|});

                    void D() => Process.Start("docker", new[] { "run", "--isolation", {|ISO0007:"process"|}, "redis:7-alpine" });
                }
                """,
                """
                using System.Diagnostics;
                using Docker.DotNet.Models;

                class Launcher
                {
                    object A() => new CreateContainerParameters
                    {
                        Image = "redis:7-alpine",
                        HostConfig = new HostConfig
                        {
                            Memory = 512L * 1024 * 1024,
                            AutoRemove = true,
                        },
                    };

                    object B()
                    {
                        var hc = new HostConfig();
                        return new CreateContainerParameters { Image = "ubuntu", HostConfig = hc };
                    }

                    void C() => Process.Start("docker", "run --rm redis:7-alpine");

                    void D() => Process.Start("docker", new[] { "run", "redis:7-alpine" });
                }
                """,
                EquivalenceKeys.RemoveIsolationSetting);
        }
    }
}
