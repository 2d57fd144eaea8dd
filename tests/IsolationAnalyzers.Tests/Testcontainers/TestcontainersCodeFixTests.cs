using System.Threading.Tasks;
using IsolationAnalyzers.CodeFixes;
using IsolationAnalyzers.Tests.Verifiers;
using Xunit;

namespace IsolationAnalyzers.Tests.Testcontainers
{
    /// <summary>
    /// "Use Hyper-V isolation" / "Use process isolation" on a Testcontainers chain (rules.md §6): add
    /// <c>.WithCreateParameterModifier(p => p.HostConfig.Isolation = "…")</c>, keeping the chain's layout and comments.
    /// </summary>
    public class TestcontainersCodeFixTests
    {
        /// <summary>The Testcontainers version the code compiles against: 4.16.0 here, 3.10.0 in <see cref="Testcontainers3.Testcontainers3CodeFixTests"/>.</summary>
        protected virtual DockerLibrary Library => DockerLibrary.Testcontainers;

        /// <summary>Rewrites test code for the library version under test (Testcontainers 3.x has no image constructors).</summary>
        protected virtual string Adapt(string source) => source;

        private const string Usings = """
            using DotNet.Testcontainers.Builders;
            using DotNet.Testcontainers.Containers;

            """;

        private string Wrap(string members) => Usings + "class Fixture\n{\n" + Adapt(members) + "\n}\n";

        private Task Fix<TFix>(string before, string after, string key, string? editorConfig = null)
            where TFix : Microsoft.CodeAnalysis.CodeFixes.CodeFixProvider, new() =>
            Verify.CodeFix<TFix>(Wrap(before), Wrap(after), key, editorConfig, Library);

        [Fact]
        public Task AddsTheModifierBeforeBuild_OnOneLine()
        {
            return Fix<UseIsolationModeCodeFixProvider>(
                """
                    IContainer M() => new ContainerBuilder(/* agent */ {|ISO0001:"mcr.microsoft.com/windows/servercore:ltsc2022"|}).WithName("agent").Build();
                """,
                """
                    IContainer M() => new ContainerBuilder(/* agent */ "mcr.microsoft.com/windows/servercore:ltsc2022").WithName("agent").WithCreateParameterModifier(p => p.HostConfig.Isolation = "hyperv").Build();
                """,
                EquivalenceKeys.UseHyperVIsolation);
        }

        [Fact]
        public Task AddsTheModifierOnALineOfItsOwn_WhenTheChainIsOneCallPerLine()
        {
            return Fix<UseIsolationModeCodeFixProvider>(
                """
                    IContainer M()
                    {
                        return new ContainerBuilder()
                            .WithImage({|ISO0001:"mcr.microsoft.com/windows/servercore:ltsc2022"|})
                            .WithName("agent") // the build agent
                            .Build();
                    }
                """,
                """
                    IContainer M()
                    {
                        return new ContainerBuilder()
                            .WithImage("mcr.microsoft.com/windows/servercore:ltsc2022")
                            .WithName("agent") // the build agent
                            .WithCreateParameterModifier(p => p.HostConfig.Isolation = "process")
                            .Build();
                    }
                """,
                EquivalenceKeys.UseProcessIsolation);
        }

        [Fact]
        public Task AddsTheModifierAtTheEnd_WhenTheChainIsNotBuilt()
        {
            return Fix<UseIsolationModeCodeFixProvider>(
                """
                    ContainerBuilder A() => new ContainerBuilder({|ISO0001:"mcr.microsoft.com/windows/servercore:ltsc2022"|});

                    ContainerBuilder B() => new ContainerBuilder({|ISO0001:"mcr.microsoft.com/windows/servercore:ltsc2022"|})
                        .WithName("b");
                """,
                """
                    ContainerBuilder A() => new ContainerBuilder("mcr.microsoft.com/windows/servercore:ltsc2022").WithCreateParameterModifier(p => p.HostConfig.Isolation = "hyperv");

                    ContainerBuilder B() => new ContainerBuilder("mcr.microsoft.com/windows/servercore:ltsc2022")
                        .WithName("b")
                        .WithCreateParameterModifier(p => p.HostConfig.Isolation = "hyperv");
                """,
                EquivalenceKeys.UseHyperVIsolation);
        }

        [Fact]
        public Task FixAll_OverSeveralChains()
        {
            return Fix<UseIsolationModeCodeFixProvider>(
                """
                    IContainer A() => new ContainerBuilder({|ISO0001:"mcr.microsoft.com/windows/servercore:ltsc2022"|}).Build();

                    IContainer B() => new ContainerBuilder({|ISO0001:"mcr.microsoft.com/windows/nanoserver:ltsc2022"|})
                        .Build();

                    IContainer C()
                    {
                        var builder = new ContainerBuilder();
                        builder = builder.WithImage({|ISO0001:"mcr.microsoft.com/windows/servercore:ltsc2022"|});
                        return builder.Build();
                    }
                """,
                """
                    IContainer A() => new ContainerBuilder("mcr.microsoft.com/windows/servercore:ltsc2022").WithCreateParameterModifier(p => p.HostConfig.Isolation = "hyperv").Build();

                    IContainer B() => new ContainerBuilder("mcr.microsoft.com/windows/nanoserver:ltsc2022")
                        .WithCreateParameterModifier(p => p.HostConfig.Isolation = "hyperv")
                        .Build();

                    IContainer C()
                    {
                        var builder = new ContainerBuilder();
                        builder = builder.WithImage("mcr.microsoft.com/windows/servercore:ltsc2022");
                        return builder.WithCreateParameterModifier(p => p.HostConfig.Isolation = "hyperv").Build();
                    }
                """,
                EquivalenceKeys.UseHyperVIsolation);
        }

        [Fact]
        public Task AddsTheAssignmentToAnExistingBlockModifier()
        {
            return Fix<UseIsolationModeCodeFixProvider>(
                """
                    IContainer A() => new ContainerBuilder({|ISO0001:"mcr.microsoft.com/windows/servercore:ltsc2022"|})
                        .WithCreateParameterModifier(parameters =>
                        {
                            parameters.HostConfig.Memory = 2L * 1024 * 1024 * 1024; // 2 GB
                        })
                        .Build();

                    IContainer B() => new ContainerBuilder({|ISO0001:"mcr.microsoft.com/windows/servercore:ltsc2022"|})
                        .WithCreateParameterModifier(p => { p.HostConfig.Memory = 1L << 31; })
                        .Build();
                """,
                """
                    IContainer A() => new ContainerBuilder("mcr.microsoft.com/windows/servercore:ltsc2022")
                        .WithCreateParameterModifier(parameters =>
                        {
                            parameters.HostConfig.Memory = 2L * 1024 * 1024 * 1024; // 2 GB
                            parameters.HostConfig.Isolation = "hyperv";
                        })
                        .Build();

                    IContainer B() => new ContainerBuilder("mcr.microsoft.com/windows/servercore:ltsc2022")
                        .WithCreateParameterModifier(p => { p.HostConfig.Memory = 1L << 31; p.HostConfig.Isolation = "hyperv"; })
                        .Build();
                """,
                EquivalenceKeys.UseHyperVIsolation);
        }

        [Fact]
        public Task TheLambdaParameter_AvoidsANameInScope_WrittenVerbatimOrWithAnEscape()
        {
            // `@p` and `\u0070` both declare `p`; `p` in a comment or string alone does not take the name.
            return Fix<UseIsolationModeCodeFixProvider>(
                """
                    IContainer A(int @p) => new ContainerBuilder({|ISO0001:"mcr.microsoft.com/windows/servercore:ltsc2022"|}).Build();

                    IContainer B()
                    {
                        var \u0070 = 1;
                        var \u0070arameters = \u0070;
                        return new ContainerBuilder({|ISO0001:"mcr.microsoft.com/windows/servercore:ltsc2022"|}).Build();
                    }

                    IContainer C(string p2) => new ContainerBuilder({|ISO0001:"mcr.microsoft.com/windows/servercore:ltsc2022"|}).WithLabel("p", p2).Build(); // p
                """,
                """
                    IContainer A(int @p) => new ContainerBuilder("mcr.microsoft.com/windows/servercore:ltsc2022").WithCreateParameterModifier(parameters => parameters.HostConfig.Isolation = "hyperv").Build();

                    IContainer B()
                    {
                        var \u0070 = 1;
                        var \u0070arameters = \u0070;
                        return new ContainerBuilder("mcr.microsoft.com/windows/servercore:ltsc2022").WithCreateParameterModifier(createParameters => createParameters.HostConfig.Isolation = "hyperv").Build();
                    }

                    IContainer C(string p2) => new ContainerBuilder("mcr.microsoft.com/windows/servercore:ltsc2022").WithLabel("p", p2).WithCreateParameterModifier(p => p.HostConfig.Isolation = "hyperv").Build(); // p
                """,
                EquivalenceKeys.UseHyperVIsolation);
        }

        [Fact]
        public Task AddsASecondModifier_AfterAnExpressionModifier()
        {
            return Fix<UseIsolationModeCodeFixProvider>(
                """
                    IContainer M(int p) => new ContainerBuilder({|ISO0001:"mcr.microsoft.com/windows/servercore:ltsc2022"|})
                        .WithCreateParameterModifier(parameters => parameters.HostConfig.Memory = 2L * 1024 * 1024 * 1024)
                        .Build();
                """,
                """
                    IContainer M(int p) => new ContainerBuilder("mcr.microsoft.com/windows/servercore:ltsc2022")
                        .WithCreateParameterModifier(parameters => parameters.HostConfig.Memory = 2L * 1024 * 1024 * 1024)
                        .WithCreateParameterModifier(parameters => parameters.HostConfig.Isolation = "hyperv")
                        .Build();
                """,
                EquivalenceKeys.UseHyperVIsolation);
        }

        [Fact]
        public Task ReplacesProcess_ForISO0002()
        {
            return Fix<UseIsolationModeCodeFixProvider>(
                """
                    IContainer M() => new ContainerBuilder("mcr.microsoft.com/windows/servercore:ltsc2019")
                        .WithCreateParameterModifier(p => p.HostConfig.Isolation = /* fast */ {|ISO0002:"process"|})
                        .Build();
                """,
                """
                    IContainer M() => new ContainerBuilder("mcr.microsoft.com/windows/servercore:ltsc2019")
                        .WithCreateParameterModifier(p => p.HostConfig.Isolation = /* fast */ "hyperv")
                        .Build();
                """,
                EquivalenceKeys.UseHyperVIsolation,
                "isolation_analyzers.host_os = ltsc2022");
        }

        [Fact]
        public Task CorrectsAnInvalidValue()
        {
            return Fix<UseValidIsolationValueCodeFixProvider>(
                """
                    IContainer M() => new ContainerBuilder("mcr.microsoft.com/windows/servercore:ltsc2022")
                        .WithCreateParameterModifier(p => p.HostConfig.Isolation = {|ISO0005:"hyper-v"|})
                        .Build();
                """,
                """
                    IContainer M() => new ContainerBuilder("mcr.microsoft.com/windows/servercore:ltsc2022")
                        .WithCreateParameterModifier(p => p.HostConfig.Isolation = "hyperv")
                        .Build();
                """,
                EquivalenceKeys.UseValidIsolationValue);
        }

        [Fact]
        public Task SaysHostConfigIsNotNull_WhereNullableWarningsAreOn()
        {
            // Docker.DotNet.Enhanced (Testcontainers 4.x) annotates CreateContainerParameters.HostConfig as nullable;
            // Docker.DotNet 3.125 (Testcontainers 3.x) has no annotations, so there the fix writes no `!`.
            var hostConfig = Library == DockerLibrary.Testcontainers3 ? "p.HostConfig" : "p.HostConfig!";
            return Fix<UseIsolationModeCodeFixProvider>(
                """
                #nullable enable
                    IContainer A() => new ContainerBuilder({|ISO0001:"mcr.microsoft.com/windows/servercore:ltsc2022"|}).Build();

                    IContainer B() => new ContainerBuilder({|ISO0001:"mcr.microsoft.com/windows/servercore:ltsc2022"|})
                        .WithCreateParameterModifier(p => { p.HostConfig!.Memory = 1L << 31; })
                        .Build();
                #nullable restore
                """,
                """
                #nullable enable
                    IContainer A() => new ContainerBuilder("mcr.microsoft.com/windows/servercore:ltsc2022").WithCreateParameterModifier(p => HOSTCONFIG.Isolation = "hyperv").Build();

                    IContainer B() => new ContainerBuilder("mcr.microsoft.com/windows/servercore:ltsc2022")
                        .WithCreateParameterModifier(p => { p.HostConfig!.Memory = 1L << 31; HOSTCONFIG.Isolation = "hyperv"; })
                        .Build();
                #nullable restore
                """.Replace("HOSTCONFIG", hostConfig),
                EquivalenceKeys.UseHyperVIsolation);
        }
    }
}
