using System.Threading.Tasks;
using IsolationAnalyzers.CodeFixes;
using IsolationAnalyzers.Tests.Verifiers;
using Xunit;

namespace IsolationAnalyzers.Tests.Flow
{
    /// <summary>
    /// Value flow on the shapes real fixtures and helpers have (rules.md §1.2): base-constructor calls, builder extension
    /// methods with parameters, strings built from members and arguments, constants passed to command-line helpers.
    /// </summary>
    public class FlowShapesTests
    {
        private const string Ltsc2022Host = "isolation_analyzers.host_os = ltsc2022";

        [Fact]
        public Task BaseConstructorCalls_BindTheBaseFixturesImage()
        {
            return Verify.Analyzer(
                """
                using DotNet.Testcontainers.Builders;
                using DotNet.Testcontainers.Containers;

                abstract class ContainerFixture
                {
                    protected ContainerFixture(string image)
                    {
                        Container = new ContainerBuilder(image).Build();
                    }

                    public IContainer Container { get; }
                }

                sealed class WindowsFixture : ContainerFixture
                {
                    public WindowsFixture() : base({|ISO0001:"mcr.microsoft.com/windows/servercore:ltsc2022"|}) { }
                }

                sealed class LinuxFixture : ContainerFixture
                {
                    public LinuxFixture() : base("redis:7-alpine") { }
                }

                sealed class PrimaryFixture() : ContainerFixture({|ISO0001:"mcr.microsoft.com/windows/nanoserver:ltsc2022"|});
                """,
                library: DockerLibrary.Testcontainers);
        }

        [Fact]
        public Task BuilderExtensionWithParameters_TheArgumentsStayWhereTheCallWritesThem()
        {
            return Verify.Analyzer(
                """
                using DotNet.Testcontainers.Builders;
                using DotNet.Testcontainers.Containers;

                static class AgentBuilder
                {
                    public static ContainerBuilder WithAgentImage(this ContainerBuilder builder, string image) => builder.WithImage(image);

                    public static ContainerBuilder WithAgentTag(this ContainerBuilder builder, string tag) => builder.WithImage("mcr.microsoft.com/windows/servercore:" + tag);

                    public static ContainerBuilder WithIsolation(this ContainerBuilder builder, string isolation) =>
                        builder.WithCreateParameterModifier(p => p.HostConfig.Isolation = isolation);
                }

                class Fixture
                {
                    IContainer A() => new ContainerBuilder().{|ISO0001:WithAgentImage({|ISO0003:"mcr.microsoft.com/windows/servercore:ltsc2025"|})|}.Build();

                    IContainer B() => new ContainerBuilder().{|ISO0001:{|ISO0003:WithAgentTag("ltsc2025")|}|}.Build();

                    IContainer C() => new ContainerBuilder("mcr.microsoft.com/windows/servercore:ltsc2022").WithIsolation({|ISO0005:"hyper-v"|}).Build();

                    IContainer D() => new ContainerBuilder("mcr.microsoft.com/windows/servercore:ltsc2022").WithIsolation("hyperv").Build();
                }
                """,
                Ltsc2022Host,
                DockerLibrary.Testcontainers);
        }

        [Fact]
        public Task BuilderExtensionIsolationArgument_FixedAtTheCall()
        {
            const string Extensions = """
                using DotNet.Testcontainers.Builders;
                using DotNet.Testcontainers.Containers;

                static class AgentBuilder
                {
                    public static ContainerBuilder WithIsolation(this ContainerBuilder builder, string isolation) =>
                        builder.WithCreateParameterModifier(p => p.HostConfig.Isolation = isolation);
                }

                """;
            return Verify.CodeFix<UseValidIsolationValueCodeFixProvider>(
                Extensions + """
                class Fixture
                {
                    IContainer A() => new ContainerBuilder("mcr.microsoft.com/windows/servercore:ltsc2022").WithIsolation({|ISO0005:"hyper-v"|}).Build();
                }
                """,
                Extensions + """
                class Fixture
                {
                    IContainer A() => new ContainerBuilder("mcr.microsoft.com/windows/servercore:ltsc2022").WithIsolation("hyperv").Build();
                }
                """,
                EquivalenceKeys.UseValidIsolationValue,
                library: DockerLibrary.Testcontainers);
        }

        [Fact]
        public Task HelperTakingABuilder_TheFixExtendsTheBuilderTheCallPasses()
        {
            const string Helper = """
                using DotNet.Testcontainers.Builders;
                using DotNet.Testcontainers.Containers;

                static class Fixtures
                {
                    public static IContainer WithCleanUp(ContainerBuilder builder) => builder.WithCleanUp(true).Build();
                }

                """;
            return Verify.CodeFix<UseIsolationModeCodeFixProvider>(
                Helper + """
                class Tests
                {
                    IContainer A() => Fixtures.WithCleanUp(new ContainerBuilder({|ISO0001:"mcr.microsoft.com/windows/servercore:ltsc2022"|}));
                    IContainer B() => Fixtures.WithCleanUp(new ContainerBuilder("redis:7-alpine"));
                }
                """,
                Helper + """
                class Tests
                {
                    IContainer A() => Fixtures.WithCleanUp(new ContainerBuilder("mcr.microsoft.com/windows/servercore:ltsc2022").WithCreateParameterModifier(p => p.HostConfig.Isolation = "hyperv"));
                    IContainer B() => Fixtures.WithCleanUp(new ContainerBuilder("redis:7-alpine"));
                }
                """,
                EquivalenceKeys.UseHyperVIsolation,
                library: DockerLibrary.Testcontainers);
        }

        [Fact]
        public Task StringsBuiltFromMembersAndArguments_AreKnownWhenEveryPartIs()
        {
            return Verify.Analyzer(
                """
                using Docker.DotNet.Models;

                static class Images
                {
                    public const string Registry = "mcr.microsoft.com";
                    public static readonly string Release = "ltsc2025";
                    public static readonly string ServerCore = Registry + "/windows/servercore:" + Release;
                    public static string Nano(string release) => $"{Registry}/windows/nanoserver:{release}";
                }

                class Launcher
                {
                    object A() => new CreateContainerParameters { Image = {|ISO0003:Images.ServerCore|}, HostConfig = new HostConfig { Isolation = "hyperv" } };
                    object B() => new CreateContainerParameters { Image = {|ISO0003:Images.Nano("ltsc2025")|}, HostConfig = new HostConfig { Isolation = "hyperv" } };
                    object C(string release) => new CreateContainerParameters { Image = Images.Nano(release), HostConfig = new HostConfig { Isolation = "hyperv" } };
                    object D() => new CreateContainerParameters { Image = Images.Nano("ltsc2022"), HostConfig = new HostConfig { Isolation = "hyperv" } };
                }
                """,
                Ltsc2022Host);
        }

        [Fact]
        public Task ConstantPassedToACommandLineHelper_IsReportedOnTheConstant()
        {
            return Verify.Analyzer(
                """
                using System.Diagnostics;

                static class IsolationModes
                {
                    public const string SharedKernel = "process";
                }

                static class DockerCli
                {
                    public static void Run(string image, string command, string isolation) =>
                        Process.Start("docker", $"run --isolation={isolation} {image} {command}");
                }

                class Builds
                {
                    void A() => DockerCli.Run("mcr.microsoft.com/windows/servercore:ltsc2019", "pack.cmd", {|ISO0002:IsolationModes.SharedKernel|});
                }
                """,
                Ltsc2022Host);
        }
    }
}
