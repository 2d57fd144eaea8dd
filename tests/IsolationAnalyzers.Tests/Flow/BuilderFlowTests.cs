using System.Threading.Tasks;
using IsolationAnalyzers.CodeFixes;
using IsolationAnalyzers.Tests.Verifiers;
using Xunit;

namespace IsolationAnalyzers.Tests.Flow
{
    /// <summary>
    /// rules.md §1.2 points 2–3 on Testcontainers chains: builder extension methods in source supply the chain's image or
    /// isolation (reported at their call in the chain), and a helper that takes a builder continues the caller's chain.
    /// </summary>
    public class BuilderFlowTests
    {
        private const string Usings = """
            using DotNet.Testcontainers.Builders;
            using DotNet.Testcontainers.Containers;

            """;

        private const string Extensions = """
            static class BuilderExtensions
            {
                public static ContainerBuilder WithWindowsDefaults(this ContainerBuilder builder) =>
                    builder.WithImage("mcr.microsoft.com/windows/servercore:ltsc2022").WithName("agent");

                public static ContainerBuilder WithHyperV(this ContainerBuilder builder) =>
                    builder.WithCreateParameterModifier(p => p.HostConfig.Isolation = "hyperv");

                public static ContainerBuilder WithDashedIsolation(this ContainerBuilder builder) =>
                    builder.WithCreateParameterModifier(p => p.HostConfig.Isolation = "hyper-v");

                public static ContainerBuilder WithLinuxImage(this ContainerBuilder builder) => builder.WithImage("redis:7-alpine");
            }

            """;

        private static Task Verify(string members, string? editorConfig = null) =>
            Verifiers.Verify.Analyzer(Usings + Extensions + "class Fixture\n{\n" + members + "\n}\n", editorConfig, DockerLibrary.Testcontainers);

        [Fact]
        public Task ExtensionSuppliesTheImage_ReportedAtItsCall()
        {
            return Verify("""
                    IContainer A() => new ContainerBuilder().{|ISO0001:WithWindowsDefaults()|}.Build();

                    IContainer B() => new ContainerBuilder().WithWindowsDefaults().WithHyperV().Build();

                    // The chain's last image wins, as in one method.
                    IContainer C() => new ContainerBuilder().WithWindowsDefaults().WithLinuxImage().Build();

                    IContainer D() => new ContainerBuilder().WithLinuxImage().WithImage({|ISO0001:"mcr.microsoft.com/windows/nanoserver:ltsc2022"|}).Build();
                """);
        }

        [Fact]
        public Task ExtensionSuppliesTheIsolation_ValueRulesAtItsCall()
        {
            return Verify("""
                    IContainer A() => new ContainerBuilder("mcr.microsoft.com/windows/servercore:ltsc2022").WithHyperV().Build();

                    IContainer B() => new ContainerBuilder("mcr.microsoft.com/windows/servercore:ltsc2022").{|ISO0005:WithDashedIsolation()|}.Build();
                """);
        }

        [Fact]
        public Task HelperTakingABuilder_ContinuesTheCallersChain()
        {
            return Verify("""
                    static IContainer Plain(ContainerBuilder builder) => builder.WithName("plain").Build();

                    static IContainer Isolated(ContainerBuilder builder) => builder.WithCreateParameterModifier(p => p.HostConfig.Isolation = "hyperv").Build();

                    IContainer A() => Plain(new ContainerBuilder({|ISO0001:"mcr.microsoft.com/windows/servercore:ltsc2022"|}));

                    IContainer B() => Isolated(new ContainerBuilder("mcr.microsoft.com/windows/servercore:ltsc2022"));

                    IContainer C() => Plain(new ContainerBuilder("redis:7-alpine"));
                """);
        }

        [Fact]
        public Task ExtensionImage_NoFixAtTheCall_TheChainStillGetsAModifier()
        {
            const string Source = Usings + Extensions + """
                class Fixture
                {
                    IContainer A() => new ContainerBuilder().{|ISO0001:WithWindowsDefaults()|}.Build();
                }
                """;
            const string Fixed = Usings + Extensions + """
                class Fixture
                {
                    IContainer A() => new ContainerBuilder().WithWindowsDefaults().WithCreateParameterModifier(p => p.HostConfig.Isolation = "hyperv").Build();
                }
                """;
            return Verifiers.Verify.CodeFix<UseIsolationModeCodeFixProvider>(Source, Fixed, EquivalenceKeys.UseHyperVIsolation, library: DockerLibrary.Testcontainers);
        }
    }
}
