using System.Threading.Tasks;
using IsolationAnalyzers.Tests.Verifiers;
using Xunit;

namespace IsolationAnalyzers.Tests.Testcontainers
{
    /// <summary>
    /// Testcontainers chains (rules.md §1.1, third bullet) get the same verdicts as the equivalent Docker.DotNet code;
    /// diagnostics about the image are reported on the image argument (§5.1 "Locations").
    /// </summary>
    public class TestcontainersLaunchTests
    {
        /// <summary>The Testcontainers version the code compiles against: 4.16.0 here, 3.10.0 in <see cref="Testcontainers3.Testcontainers3LaunchTests"/>.</summary>
        protected virtual DockerLibrary Library => DockerLibrary.Testcontainers;

        /// <summary>Rewrites test code for the library version under test (Testcontainers 3.x has no image constructors).</summary>
        protected virtual string Adapt(string source) => source;

        private const string Usings = """
            using System.Threading.Tasks;
            using DotNet.Testcontainers.Builders;
            using DotNet.Testcontainers.Containers;
            using DotNet.Testcontainers.Images;
            using Testcontainers.MsSql;

            """;

        private const string Ltsc2022Host = "isolation_analyzers.host_os = ltsc2022";

        private Task Verify(string members, string? editorConfig = null) =>
            Verifiers.Verify.Analyzer(Usings + "class Fixture\n{\n" + Adapt(members) + "\n}\n", editorConfig, Library);

        [Fact]
        public Task ConstructorImage_WithoutIsolation()
        {
            return Verify("""
                    IContainer M() => new ContainerBuilder({|ISO0001:"mcr.microsoft.com/windows/servercore:ltsc2022"|}).Build();
                """);
        }

        [Fact]
        public Task WithImage_StringAndDockerImage()
        {
            return Verify("""
                    IContainer A() => new ContainerBuilder().WithImage({|ISO0001:"mcr.microsoft.com/windows/servercore:ltsc2022"|}).WithName("a").Build();

                    IContainer B() => new ContainerBuilder().WithImage(new DockerImage({|ISO0001:"mcr.microsoft.com/windows/nanoserver:ltsc2022"|})).Build();

                    IContainer C() => new ContainerBuilder(new DockerImage({|ISO0001:"mcr.microsoft.com/windows/nanoserver:ltsc2022"|})).Build();

                    IContainer D()
                    {
                        // Reported at the use site, like a constant.
                        var image = new DockerImage("mcr.microsoft.com/windows/servercore:ltsc2022");
                        return new ContainerBuilder({|ISO0001:image|}).Build();
                    }
                """);
        }

        [Fact]
        public Task TheLastImageOfTheChainCounts()
        {
            return Verify("""
                    IContainer A() => new ContainerBuilder("redis:7-alpine").WithImage({|ISO0001:"mcr.microsoft.com/windows/servercore:ltsc2022"|}).Build();

                    IContainer B() => new ContainerBuilder("mcr.microsoft.com/windows/servercore:ltsc2022").WithImage("redis:7-alpine").Build();
                """);
        }

        [Fact]
        public Task OneLaunchPerChain_WhereverItEnds()
        {
            return Verify("""
                    ContainerBuilder A() => new ContainerBuilder({|ISO0001:"mcr.microsoft.com/windows/servercore:ltsc2022"|}).WithName("a");

                    object B() => new ContainerBuilder({|ISO0001:"mcr.microsoft.com/windows/servercore:ltsc2022"|});

                    async Task C()
                    {
                        await using var container = new ContainerBuilder({|ISO0001:"mcr.microsoft.com/windows/servercore:ltsc2022"|})
                            .WithName("c")
                            .WithCleanUp(true)
                            .Build();
                        await container.StartAsync();
                    }

                    readonly IContainer field = new ContainerBuilder({|ISO0001:"mcr.microsoft.com/windows/servercore:ltsc2022"|}).Build();
                """);
        }

        [Fact]
        public Task HyperVModifier_ReportsNothing()
        {
            return Verify("""
                    IContainer A() => new ContainerBuilder("mcr.microsoft.com/windows/servercore:ltsc2019")
                        .WithCreateParameterModifier(p => p.HostConfig.Isolation = "hyperv")
                        .Build();

                    IContainer B() => new ContainerBuilder()
                        .WithCreateParameterModifier(p =>
                        {
                            p.HostConfig.Memory = 2L * 1024 * 1024 * 1024;
                            p.HostConfig.Isolation = "hyperv";
                        })
                        .WithImage("mcr.microsoft.com/windows/servercore:ltsc2019")
                        .Build();
                """, Ltsc2022Host);
        }

        [Fact]
        public Task ProcessWithAnOlderImage_ReportsISO0002OnTheValue()
        {
            return Verify("""
                    IContainer A() => new ContainerBuilder("mcr.microsoft.com/windows/servercore:ltsc2019")
                        .WithCreateParameterModifier(p => p.HostConfig.Isolation = {|ISO0002:"process"|})
                        .Build();

                    IContainer B(bool sandbox) => new ContainerBuilder("mcr.microsoft.com/windows/servercore:ltsc2019")
                        .WithCreateParameterModifier(p => p.HostConfig.Isolation = sandbox ? "hyperv" : {|ISO0002:"process"|})
                        .Build();

                    IContainer C() => new ContainerBuilder("mcr.microsoft.com/windows/servercore:ltsc2022")
                        .WithCreateParameterModifier(p => p.HostConfig.Isolation = "process")
                        .Build();
                """, Ltsc2022Host);
        }

        [Fact]
        public Task InvalidAndMixedCaseValues()
        {
            return Verify("""
                    IContainer A() => new ContainerBuilder("mcr.microsoft.com/windows/servercore:ltsc2022")
                        .WithCreateParameterModifier(p => p.HostConfig.Isolation = {|ISO0005:"hyper-v"|})
                        .Build();

                    IContainer B() => new ContainerBuilder("mcr.microsoft.com/windows/servercore:ltsc2022")
                        .WithCreateParameterModifier(p => { p.HostConfig.Isolation = {|ISO0006:"HyperV"|}; })
                        .Build();

                    IContainer C() => new ContainerBuilder("mcr.microsoft.com/windows/servercore:ltsc2022")
                        .WithCreateParameterModifier(p => p.HostConfig = new Docker.DotNet.Models.HostConfig { Isolation = {|ISO0005:"hyper-v"|} })
                        .Build();
                """);
        }

        [Fact]
        public Task ImageNewerThanTheHost_ReportsISO0003OnTheImage()
        {
            return Verify("""
                    IContainer A() => new ContainerBuilder({|ISO0003:"mcr.microsoft.com/windows/servercore:ltsc2025"|})
                        .WithCreateParameterModifier(p => p.HostConfig.Isolation = "hyperv")
                        .Build();

                    IContainer B() => new ContainerBuilder().WithImage({|ISO0001:{|ISO0003:"mcr.microsoft.com/windows/servercore:ltsc2025"|}|}).Build();
                """, Ltsc2022Host);
        }

        [Fact]
        public Task LinuxImages_ReportNothing()
        {
            return Verify("""
                    IContainer A() => new ContainerBuilder("redis:7-alpine").Build();

                    IContainer B() => new ContainerBuilder().WithImage("mcr.microsoft.com/mssql/server:2022-latest").Build();

                    IContainer C() => new MsSqlBuilder("mcr.microsoft.com/mssql/server:2022-latest").Build();

                    IContainer D() => new MsSqlBuilder().WithPassword("yourStrong(!)Password").Build();
                """, Ltsc2022Host);
        }

        [Fact]
        public Task ModuleBuilders_CountWithAnExplicitImage()
        {
            return Verify("""
                    IContainer A() => new MsSqlBuilder().WithImage({|ISO0001:"mcr.microsoft.com/windows/servercore:ltsc2022"|}).Build();

                    IContainer B() => new MsSqlBuilder({|ISO0001:"mcr.microsoft.com/windows/servercore:ltsc2022"|}).WithPassword("x").Build();

                    IContainer C() => new MsSqlBuilder()
                        .WithCreateParameterModifier(p => p.HostConfig.Isolation = {|ISO0005:"sandbox"|})
                        .Build();
                """);
        }

        [Fact]
        public Task ConstantsAndReadOnlyFields_AreReportedWhereUsed()
        {
            return Verify("""
                    private const string Agent = "mcr.microsoft.com/windows/servercore:ltsc2022";
                    private static readonly string Sdk = "mcr.microsoft.com/dotnet/framework/sdk:4.8";

                    IContainer A() => new ContainerBuilder({|ISO0001:Agent|}).Build();

                    IContainer B() => new ContainerBuilder().WithImage({|ISO0001:Sdk|}).Build();

                    IContainer C(bool windows) => new ContainerBuilder({|ISO0001:windows ? Agent : "redis:7-alpine"|}).Build();
                """);
        }

        [Fact]
        public Task UnknownImagesAndBuilders_ReportNothing()
        {
            return Verify("""
                    IContainer A(string image) => new ContainerBuilder(image).Build();

                    IContainer B(IImage image) => new ContainerBuilder().WithImage(image).Build();

                    IContainer C(ContainerBuilder builder) => builder.WithImage("mcr.microsoft.com/windows/servercore:ltsc2022").Build();

                    IContainer D(string isolation) => new ContainerBuilder("mcr.microsoft.com/windows/servercore:ltsc2022")
                        .WithCreateParameterModifier(p => p.HostConfig.Isolation = isolation)
                        .Build();

                    IContainer E(System.Action<Docker.DotNet.Models.CreateContainerParameters> modify) => new ContainerBuilder("mcr.microsoft.com/windows/servercore:ltsc2022")
                        .WithCreateParameterModifier(modify)
                        .Build();

                    IContainer F() => new ContainerBuilder("mcr.microsoft.com/windows/servercore:ltsc2022")
                        .WithCreateParameterModifier(p => Configure(p))
                        .Build();

                    static void Configure(Docker.DotNet.Models.CreateContainerParameters parameters) => parameters.HostConfig.Isolation = "hyperv";
                """);
        }

        [Fact]
        public Task LocalReassignment_IsOneLaunch()
        {
            return Verify("""
                    IContainer A()
                    {
                        var builder = new ContainerBuilder();
                        builder = builder.WithImage({|ISO0001:"mcr.microsoft.com/windows/servercore:ltsc2022"|});
                        builder = builder.WithName("agent");
                        return builder.Build();
                    }

                    IContainer B(bool sandbox)
                    {
                        var builder = new ContainerBuilder("mcr.microsoft.com/windows/servercore:ltsc2022");
                        builder = builder.WithCreateParameterModifier(p => p.HostConfig.Isolation = "hyperv");
                        return builder.WithName("agent").Build();
                    }

                    ContainerBuilder C()
                    {
                        var builder = new ContainerBuilder().WithName("c");
                        builder = builder.WithImage({|ISO0001:"mcr.microsoft.com/windows/servercore:ltsc2022"|});
                        return builder;
                    }
                """);
        }

        [Fact]
        public Task LookAlikeBuilders_ReportNothing()
        {
            return Verifiers.Verify.Analyzer(
                """
                namespace Contoso.Containers
                {
                    public sealed class ContainerBuilder
                    {
                        public ContainerBuilder(string image) { }
                        public ContainerBuilder WithImage(string image) => this;
                        public ContainerBuilder WithCreateParameterModifier(System.Action<object> modifier) => this;
                        public object Build() => this;
                    }

                    public sealed class DockerImage
                    {
                        public DockerImage(string image) { }
                    }

                    class Fixture
                    {
                        object A() => new ContainerBuilder("mcr.microsoft.com/windows/servercore:ltsc2022").WithImage("mcr.microsoft.com/windows/nanoserver:ltsc2022").Build();

                        object B() => new DockerImage("mcr.microsoft.com/windows/servercore:ltsc2022");
                    }
                }
                """,
                library: Library);
        }

        [Fact]
        public Task WithoutTestcontainers_NothingIsRecognized()
        {
            return Verifiers.Verify.Analyzer(
                """
                namespace DotNet.Testcontainers.Builders
                {
                    public sealed class ContainerBuilder
                    {
                        public ContainerBuilder(string image) { }
                        public object Build() => this;
                    }

                    class Fixture
                    {
                        object A() => new ContainerBuilder("mcr.microsoft.com/windows/servercore:ltsc2022").Build();
                    }
                }
                """,
                library: DockerLibrary.None);
        }
    }

    /// <summary>The image platform of Testcontainers 4.x (<c>DockerImage(string, Platform)</c>; 3.x has no <c>Platform</c>).</summary>
    public class TestcontainersPlatformTests
    {
        [Fact]
        public Task WindowsPlatform_CountsAsWindows()
        {
            return Verifiers.Verify.Analyzer(
                """
                using DotNet.Testcontainers.Builders;
                using DotNet.Testcontainers.Containers;
                using DotNet.Testcontainers.Images;

                class Fixture
                {
                    IContainer A() => new ContainerBuilder(new DockerImage({|ISO0001:"contoso.azurecr.io/agent:1.0"|}, new Platform("windows/amd64"))).Build();

                    IContainer B() => new ContainerBuilder(new DockerImage("contoso.azurecr.io/agent:1.0", new Platform("linux/amd64"))).Build();
                }
                """,
                library: DockerLibrary.Testcontainers);
        }
    }
}
