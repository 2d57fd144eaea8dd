using System.Threading.Tasks;
using IsolationAnalyzers.Tests.Verifiers;
using Xunit;

namespace IsolationAnalyzers.Tests.Rules
{
    public class ISO0001MissingIsolationTests
    {
        [Theory]
        [InlineData("mcr.microsoft.com/windows/servercore:ltsc2022")]
        [InlineData("mcr.microsoft.com/windows/nanoserver:1809")]
        [InlineData("mcr.microsoft.com/dotnet/framework/sdk:4.8")]
        [InlineData("mcr.microsoft.com/dotnet/aspnet:8.0-nanoserver-ltsc2022")]
        [InlineData("build-env:windows-servercore-1903")]
        public Task WindowsImageWithoutHostConfig_Reports(string image)
        {
            return Verify.Analyzer($$"""
                using Docker.DotNet.Models;

                class Launcher
                {
                    CreateContainerParameters Create() => new {|ISO0001:CreateContainerParameters|}
                    {
                        Image = "{{image}}",
                    };
                }
                """);
        }

        [Theory]
        [InlineData(DockerLibrary.DockerDotNet)]
        [InlineData(DockerLibrary.DockerDotNetEnhanced)]
        public Task BothDockerDotNetFlavours_Report(DockerLibrary library)
        {
            return Verify.Analyzer(
                """
                using Docker.DotNet.Models;

                class Launcher
                {
                    CreateContainerParameters Create() => new {|ISO0001:CreateContainerParameters|}
                    {
                        Image = "mcr.microsoft.com/windows/servercore:ltsc2022",
                        HostConfig = new HostConfig { Memory = 1024L * 1024 * 1024 },
                    };
                }
                """,
                library: library);
        }

        [Fact]
        public Task MessageNamesTheImage()
        {
            return Verify.Analyzer(
                """
                using Docker.DotNet.Models;

                class Launcher
                {
                    object Create() => new CreateContainerParameters { Image = "mcr.microsoft.com/windows/nanoserver:ltsc2022" };
                }
                """,
                expected: Microsoft.CodeAnalysis.Testing.DiagnosticResult.CompilerWarning("ISO0001")
                    .WithSpan(5, 28, 5, 53)
                    .WithArguments("Windows container image 'mcr.microsoft.com/windows/nanoserver:ltsc2022'", "")
                    .WithOptions(Microsoft.CodeAnalysis.Testing.DiagnosticOptions.IgnoreAdditionalLocations));
        }

        [Theory]
        [InlineData("null")]
        [InlineData("\"\"")]
        [InlineData("\"default\"")]
        [InlineData("{|ISO0006:\"DEFAULT\"|}")]
        [InlineData("string.Empty")]
        [InlineData("flag ? null : \"\"")]
        public Task AbsentValues_Report(string value)
        {
            return Verify.Analyzer($$"""
                using Docker.DotNet.Models;

                class Launcher
                {
                    object Create(bool flag) => new {|ISO0001:CreateContainerParameters|}
                    {
                        Image = "mcr.microsoft.com/windows/servercore:ltsc2022",
                        HostConfig = new HostConfig { Isolation = {{value}} },
                    };
                }
                """);
        }

        [Theory]
        [InlineData("\"hyperv\"")]
        [InlineData("\"process\"")]
        [InlineData("flag ? \"process\" : null")]
        [InlineData("isolation")]
        [InlineData("isolation.ToString()")]
        [InlineData("Mode.HyperV.ToString().ToLowerInvariant()")]
        [InlineData("GetIsolation()")]
        [InlineData("isolation ?? \"hyperv\"")]
        public Task SetOrUnknownValues_DoNotReport(string value)
        {
            return Verify.Analyzer($$"""
                using Docker.DotNet.Models;

                enum Mode { Process, HyperV }

                class Launcher
                {
                    static string GetIsolation() => "hyperv";

                    object Create(bool flag, string isolation) => new CreateContainerParameters
                    {
                        Image = "mcr.microsoft.com/windows/servercore:ltsc2022",
                        HostConfig = new HostConfig { Isolation = {{value}} },
                    };
                }
                """);
        }

        [Fact]
        public Task ConstantsAndStaticReadonlyFields_AreKnown()
        {
            return Verify.Analyzer("""
                using Docker.DotNet.Models;

                static class Images
                {
                    public const string ServerCore = "mcr.microsoft.com/windows/servercore:" + Release;
                    public const string Release = "ltsc2022";
                    public static readonly string NanoServer = "mcr.microsoft.com/windows/nanoserver:ltsc2022";
                    public static readonly string Default = null;
                }

                class Launcher
                {
                    object A() => new {|ISO0001:CreateContainerParameters|} { Image = Images.ServerCore };

                    object B() => new {|ISO0001:CreateContainerParameters|} { Image = Images.NanoServer, HostConfig = new HostConfig { Isolation = Images.Default } };
                }
                """);
        }

        [Theory]
        [InlineData("image")]
        [InlineData("GetImage()")]
        [InlineData("$\"mcr.microsoft.com/windows/servercore:{tag}\"")]
        [InlineData("options.Image")]
        public Task UnknownImages_DoNotReport(string image)
        {
            return Verify.Analyzer($$"""
                using Docker.DotNet.Models;

                class Options { public string Image { get; set; } }

                class Launcher
                {
                    // A method whose result is not known (rules.md §1.2 point 1 follows only methods whose every return is).
                    static string GetImage() => System.Environment.GetEnvironmentVariable("IMAGE");

                    object Create(string image, string tag, Options options) => new CreateContainerParameters { Image = {{image}} };
                }
                """);
        }

        [Theory]
        [InlineData("redis:7-alpine")]
        [InlineData("ubuntu")]
        [InlineData("nginx:1.27")]
        [InlineData("mcr.microsoft.com/dotnet/runtime:8.0")]
        [InlineData("mcr.microsoft.com/mssql/server:2022-latest")]
        [InlineData("contoso.azurecr.io/team/service:1.2")]
        public Task LinuxOrUnknownImages_DoNotReport(string image)
        {
            return Verify.Analyzer($$"""
                using Docker.DotNet.Models;

                class Launcher
                {
                    object Create() => new CreateContainerParameters { Image = "{{image}}" };
                }
                """);
        }

        [Fact]
        public Task WindowsPlatformWithUnknownImage_Reports()
        {
            return Verify.Analyzer("""
                using Docker.DotNet.Models;

                class Launcher
                {
                    object Create(string image) => new {|ISO0001:CreateContainerParameters|} { Image = image, Platform = "windows/amd64" };

                    object Linux(string image) => new CreateContainerParameters { Image = image, Platform = "linux" };
                }
                """);
        }

        [Fact]
        public Task TargetTypedNew_ReportsOnNewKeyword()
        {
            return Verify.Analyzer("""
                using Docker.DotNet.Models;

                class Launcher
                {
                    CreateContainerParameters Create() => {|ISO0001:new()|} { Image = "mcr.microsoft.com/windows/servercore:ltsc2022" };
                }
                """);
        }

        [Fact]
        public Task AssignmentsAfterConstruction_AreFollowed()
        {
            return Verify.Analyzer("""
                using Docker.DotNet.Models;

                class Launcher
                {
                    object WithIsolation()
                    {
                        var hc = new HostConfig();
                        var p = new CreateContainerParameters();
                        p.Image = "mcr.microsoft.com/windows/servercore:ltsc2022";
                        p.HostConfig = hc;
                        hc.Isolation = "hyperv";
                        return p;
                    }

                    object ThroughHostConfigProperty()
                    {
                        var p = new CreateContainerParameters { HostConfig = new HostConfig() };
                        p.Image = "mcr.microsoft.com/windows/servercore:ltsc2022";
                        p.HostConfig.Isolation = "process";
                        return p;
                    }

                    object WithoutIsolation()
                    {
                        var p = new {|ISO0001:CreateContainerParameters|}();
                        p.Image = "mcr.microsoft.com/windows/servercore:ltsc2022";
                        p.HostConfig = new HostConfig { Memory = 2_000_000_000 };
                        return p;
                    }
                }
                """);
        }

        [Fact]
        public Task HostConfigFromElsewhere_IsUnknown()
        {
            return Verify.Analyzer("""
                using Docker.DotNet.Models;

                class Launcher
                {
                    object Create(HostConfig hostConfig) => new CreateContainerParameters
                    {
                        Image = "mcr.microsoft.com/windows/servercore:ltsc2022",
                        HostConfig = hostConfig,
                    };
                }
                """);
        }

        [Fact]
        public Task CopyConstructor_TakesTheConfigImage()
        {
            return Verify.Analyzer("""
                using Docker.DotNet.Models;

                class Launcher
                {
                    object Inline() => new {|ISO0001:CreateContainerParameters|}(new Config { Image = "mcr.microsoft.com/windows/servercore:ltsc2022" });

                    object FromLocal()
                    {
                        var config = new Config();
                        config.Image = "mcr.microsoft.com/windows/nanoserver:ltsc2022";
                        return new {|ISO0001:CreateContainerParameters|}(config);
                    }

                    object FromParameter(Config config) => new CreateContainerParameters(config);
                }
                """);
        }

        [Fact]
        public Task CopyConstructor_Enhanced()
        {
            return Verify.Analyzer(
                """
                using Docker.DotNet.Models;

                class Launcher
                {
                    object Inline() => new {|ISO0001:CreateContainerParameters|}(new ContainerConfig { Image = "mcr.microsoft.com/windows/servercore:ltsc2022" });
                }
                """,
                library: DockerLibrary.DockerDotNetEnhanced);
        }

        [Fact]
        public Task SwarmContainerSpec_Reports()
        {
            return Verify.Analyzer("""
                using Docker.DotNet.Models;

                class Deployer
                {
                    object Create() => new ServiceCreateParameters
                    {
                        Service = new ServiceSpec
                        {
                            Name = "web",
                            TaskTemplate = new TaskSpec
                            {
                                ContainerSpec = new {|ISO0001:ContainerSpec|} { Image = "mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022" },
                            },
                        },
                    };

                    object WithIsolation() => new ContainerSpec { Image = "mcr.microsoft.com/windows/servercore:ltsc2022", Isolation = "hyperv" };
                }
                """);
        }

        [Fact]
        public Task LookAlikeTypes_ReportNothing()
        {
            return Verify.Analyzer("""
                namespace Microsoft.Azure.Devices.Edge.Agent.Docker.Models
                {
                    public class HostConfig { public string Isolation { get; set; } }
                    public class CreateContainerParameters { public string Image { get; set; } public HostConfig HostConfig { get; set; } }
                }

                namespace Aspire.Hosting.Docker.Resources.ServiceNodes
                {
                    public class Service { public string Image { get; set; } public string Isolation { get; set; } }
                }

                namespace App
                {
                    using Microsoft.Azure.Devices.Edge.Agent.Docker.Models;

                    class Launcher
                    {
                        object A() => new CreateContainerParameters { Image = "mcr.microsoft.com/windows/servercore:ltsc2022" };

                        object B() => new CreateContainerParameters { Image = "mcr.microsoft.com/windows/servercore:ltsc2022", HostConfig = new HostConfig { Isolation = "hyper-v" } };

                        object C() => new Aspire.Hosting.Docker.Resources.ServiceNodes.Service { Image = "mcr.microsoft.com/windows/servercore:ltsc2019", Isolation = "Process" };
                    }
                }
                """);
        }

        [Fact]
        public Task WithoutDockerDotNet_ReportsNothing()
        {
            return Verify.Analyzer(
                """
                class CreateContainerParameters { public string Image { get; set; } }

                class Launcher
                {
                    object A() => new CreateContainerParameters { Image = "mcr.microsoft.com/windows/servercore:ltsc2022" };
                }
                """,
                library: DockerLibrary.None);
        }
    }
}
