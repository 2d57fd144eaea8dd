using System.Threading.Tasks;
using IsolationAnalyzers.CodeFixes;
using IsolationAnalyzers.Tests.Verifiers;
using Xunit;

namespace IsolationAnalyzers.Tests.Aspire
{
    /// <summary>
    /// The fixes on Aspire resources (rules.md §6): the isolation fixes append
    /// <c>.WithContainerRuntimeArgs("--isolation=…")</c> to the resource's chain (on a line of its own when the chain is
    /// one call per line), add the argument to an existing call, or replace the value there; the valid-value,
    /// remove-setting, pin-image and raise-memory fixes edit the runtime-argument and image literals. Each is checked
    /// before and after, with Fix All, and the fixed code must compile.
    /// </summary>
    public class AspireCodeFixTests
    {
        private const string Ltsc2022Host = "isolation_analyzers.host_os = ltsc2022";

        private static string Wrap(string members) => AspireLaunchTests.Usings + "class AppModel\n{\n" + members + "\n}\n";

        private static Task Fix<TFix>(string before, string after, string key, string? editorConfig = null)
            where TFix : Microsoft.CodeAnalysis.CodeFixes.CodeFixProvider, new() =>
            Verify.CodeFix<TFix>(Wrap(before), Wrap(after), key, editorConfig, DockerLibrary.Aspire);

        [Fact]
        public Task UseHyperV_AppendsTheCallToAOneLineChain()
        {
            return Fix<UseIsolationModeCodeFixProvider>(
                """
                    void M(IDistributedApplicationBuilder builder)
                    {
                        builder.AddContainer("agent", /* the build agent */ {|ISO0001:"mcr.microsoft.com/windows/servercore:ltsc2022"|}).WithEnvironment("A", "B"); // keep
                        builder.AddContainer("tool",{|ISO0001:"mcr.microsoft.com/windows/nanoserver:ltsc2022"|});
                    }
                """,
                """
                    void M(IDistributedApplicationBuilder builder)
                    {
                        builder.AddContainer("agent", /* the build agent */ "mcr.microsoft.com/windows/servercore:ltsc2022").WithEnvironment("A", "B").WithContainerRuntimeArgs("--isolation=hyperv"); // keep
                        builder.AddContainer("tool","mcr.microsoft.com/windows/nanoserver:ltsc2022").WithContainerRuntimeArgs("--isolation=hyperv");
                    }
                """,
                EquivalenceKeys.UseHyperVIsolation);
        }

        [Fact]
        public Task UseProcess_OnALineOfItsOwn_WhenTheChainIsOneCallPerLine()
        {
            return Fix<UseIsolationModeCodeFixProvider>(
                """
                    void M(IDistributedApplicationBuilder builder)
                    {
                        builder.AddContainer("agent", {|ISO0001:"mcr.microsoft.com/windows/servercore:ltsc2022"|})
                            .WithEnvironment("A", "B") // the agent's settings
                            // the port
                            .WithHttpEndpoint(port: 8080);
                    }
                """,
                """
                    void M(IDistributedApplicationBuilder builder)
                    {
                        builder.AddContainer("agent", "mcr.microsoft.com/windows/servercore:ltsc2022")
                            .WithEnvironment("A", "B") // the agent's settings
                            // the port
                            .WithHttpEndpoint(port: 8080)
                            .WithContainerRuntimeArgs("--isolation=process");
                    }
                """,
                EquivalenceKeys.UseProcessIsolation);
        }

        [Fact]
        public Task UseHyperV_AddsTheArgumentToAnExistingCall()
        {
            return Fix<UseIsolationModeCodeFixProvider>(
                """
                    void M(IDistributedApplicationBuilder builder)
                    {
                        builder.AddContainer("agent", {|ISO0001:"mcr.microsoft.com/windows/servercore:ltsc2022"|})
                            .WithContainerRuntimeArgs("--network", "nat" /* the NAT network */)
                            .WithEnvironment("A", "B");
                        builder.AddContainer("tool", {|ISO0001:"mcr.microsoft.com/windows/servercore:ltsc2022"|}).WithContainerRuntimeArgs(new[] { "--cpus=2" });
                    }
                """,
                """
                    void M(IDistributedApplicationBuilder builder)
                    {
                        builder.AddContainer("agent", "mcr.microsoft.com/windows/servercore:ltsc2022")
                            .WithContainerRuntimeArgs("--network", "nat", "--isolation=hyperv" /* the NAT network */)
                            .WithEnvironment("A", "B");
                        builder.AddContainer("tool", "mcr.microsoft.com/windows/servercore:ltsc2022").WithContainerRuntimeArgs(new[] { "--cpus=2", "--isolation=hyperv" });
                    }
                """,
                EquivalenceKeys.UseHyperVIsolation);
        }

        [Fact]
        public Task UseHyperV_AppendsACall_WhenTheArgumentsComeFromACallback()
        {
            return Fix<UseIsolationModeCodeFixProvider>(
                """
                    void M(IDistributedApplicationBuilder builder) =>
                        builder.AddContainer("agent", {|ISO0001:"mcr.microsoft.com/windows/servercore:ltsc2022"|}).WithContainerRuntimeArgs(ctx => ctx.Args.Add("--cpus=2"));
                """,
                """
                    void M(IDistributedApplicationBuilder builder) =>
                        builder.AddContainer("agent", "mcr.microsoft.com/windows/servercore:ltsc2022").WithContainerRuntimeArgs(ctx => ctx.Args.Add("--cpus=2")).WithContainerRuntimeArgs("--isolation=hyperv");
                """,
                EquivalenceKeys.UseHyperVIsolation);
        }

        [Fact]
        public Task UseHyperV_OnAResourceInALocal_ExtendsTheChainThatCreatesIt()
        {
            return Fix<UseIsolationModeCodeFixProvider>(
                """
                    void M(IDistributedApplicationBuilder builder)
                    {
                        var agent = builder.AddContainer("agent", {|ISO0001:"mcr.microsoft.com/windows/servercore:ltsc2022"|});
                        agent.WithEnvironment("A", "B");
                        IResourceBuilder<ContainerResource> tool = builder.AddContainer("tool", {|ISO0001:"mcr.microsoft.com/windows/servercore:ltsc2022"|});
                        tool = tool.WithEnvironment("A", "B");
                    }
                """,
                """
                    void M(IDistributedApplicationBuilder builder)
                    {
                        var agent = builder.AddContainer("agent", "mcr.microsoft.com/windows/servercore:ltsc2022").WithContainerRuntimeArgs("--isolation=hyperv");
                        agent.WithEnvironment("A", "B");
                        IResourceBuilder<ContainerResource> tool = builder.AddContainer("tool", "mcr.microsoft.com/windows/servercore:ltsc2022").WithContainerRuntimeArgs("--isolation=hyperv");
                        tool = tool.WithEnvironment("A", "B");
                    }
                """,
                EquivalenceKeys.UseHyperVIsolation);
        }

        [Fact]
        public Task UseHyperV_ReplacesProcess_ForISO0002_AndISO0004()
        {
            return Fix<UseIsolationModeCodeFixProvider>(
                """
                    void M(IDistributedApplicationBuilder builder)
                    {
                        builder.AddContainer("a", "mcr.microsoft.com/windows/servercore:ltsc2019").WithContainerRuntimeArgs("--cpus=2", {|ISO0002:"--isolation=process"|});
                        builder.AddContainer("b", "mcr.microsoft.com/windows/servercore", "ltsc2019").WithContainerRuntimeArgs("--isolation", {|ISO0002:"process"|});
                        builder.AddContainer("c", "mcr.microsoft.com/windows/servercore:ltsc2019").WithContainerRuntimeArgs(ctx =>
                        {
                            ctx.Args.Add({|ISO0002:"--isolation=process"|}); // was process
                        });
                    }
                """,
                """
                    void M(IDistributedApplicationBuilder builder)
                    {
                        builder.AddContainer("a", "mcr.microsoft.com/windows/servercore:ltsc2019").WithContainerRuntimeArgs("--cpus=2", "--isolation=hyperv");
                        builder.AddContainer("b", "mcr.microsoft.com/windows/servercore", "ltsc2019").WithContainerRuntimeArgs("--isolation", "hyperv");
                        builder.AddContainer("c", "mcr.microsoft.com/windows/servercore:ltsc2019").WithContainerRuntimeArgs(ctx =>
                        {
                            ctx.Args.Add("--isolation=hyperv"); // was process
                        });
                    }
                """,
                EquivalenceKeys.UseHyperVIsolation,
                Ltsc2022Host);
        }

        [Fact]
        public Task UseHyperV_WhenProcessComesFromTheConfiguredDefault()
        {
            return Fix<UseIsolationModeCodeFixProvider>(
                """
                    void M(IDistributedApplicationBuilder builder) =>
                        builder.AddContainer("legacy", {|ISO0001:{|ISO0002:"mcr.microsoft.com/windows/servercore"|}|}, "ltsc2019").WithContainerRuntimeArgs("--cpus=2");
                """,
                """
                    void M(IDistributedApplicationBuilder builder) =>
                        builder.AddContainer("legacy", "mcr.microsoft.com/windows/servercore", "ltsc2019").WithContainerRuntimeArgs("--cpus=2", "--isolation=hyperv");
                """,
                EquivalenceKeys.UseHyperVIsolation,
                Ltsc2022Host + "\nisolation_analyzers.default_isolation = process");
        }

        [Fact]
        public Task ThePreviewName_GetsTheArgumentAdded_ButNoCallOfTheNewName()
        {
            var before = AspireLaunchTests.Usings + """
                class AppModel
                {
                    void M(IDistributedApplicationBuilder builder)
                    {
                        builder.AddContainer("a", {|ISO0001:"mcr.microsoft.com/windows/servercore:ltsc2022"|}).WithContainerRunArgs("--cpus=2");
                    }
                }
                """;
            var after = before.Replace("{|ISO0001:", string.Empty).Replace("|}", string.Empty).Replace("(\"--cpus=2\")", "(\"--cpus=2\", \"--isolation=hyperv\")");
            var without = AspireLaunchTests.Usings + """
                class AppModel
                {
                    // Aspire 8.0 previews have no WithContainerRuntimeArgs: appending it would not compile.
                    void M(IDistributedApplicationBuilder builder) => builder.AddContainer("a", {|ISO0001:"mcr.microsoft.com/windows/servercore:ltsc2022"|});
                }
                """;
            return Task.WhenAll(
                Verify.CodeFix<UseIsolationModeCodeFixProvider>(before, after, EquivalenceKeys.UseHyperVIsolation, library: DockerLibrary.AspirePreview),
                Verify.NoCodeFix<UseIsolationModeCodeFixProvider>(without, EquivalenceKeys.UseHyperVIsolation, library: DockerLibrary.AspirePreview));
        }

        [Fact]
        public Task UseHyperV_ForAnUntrustedImage()
        {
            return Verify.CodeFix<UseIsolationModeCodeFixProvider>(
                AspireLaunchTests.Usings + """
                    class AppModel
                    {
                        void M(IDistributedApplicationBuilder builder, string image) =>
                            builder.AddContainer("job", {|ISO0004:image|})
                                .WithEnvironment("A", "B");
                    }
                    """,
                AspireLaunchTests.Usings + """
                    class AppModel
                    {
                        void M(IDistributedApplicationBuilder builder, string image) =>
                            builder.AddContainer("job", image)
                                .WithEnvironment("A", "B")
                                .WithContainerRuntimeArgs("--isolation=hyperv");
                    }
                    """,
                EquivalenceKeys.UseHyperVIsolation,
                "isolation_analyzers.workload_trust = caller_supplied",
                DockerLibrary.Aspire);
        }

        [Fact]
        public Task TopLevelStatements_AsTheAppHostTemplateWritesThem()
        {
            // An app host's Program.cs: the resource in a local, the isolation added to the chain that creates it, and
            // a Linux resource's isolation statement removed.
            return Task.WhenAll(
                Verify.CodeFix<UseIsolationModeCodeFixProvider>(
                    """
                    using Aspire.Hosting;

                    var builder = DistributedApplication.CreateBuilder(args);
                    var agent = builder.AddContainer("agent", {|ISO0001:"mcr.microsoft.com/windows/servercore:ltsc2022"|});
                    agent.WithEnvironment("AGENT_POOL", "windows");
                    builder.Build().Run();
                    """,
                    """
                    using Aspire.Hosting;

                    var builder = DistributedApplication.CreateBuilder(args);
                    var agent = builder.AddContainer("agent", "mcr.microsoft.com/windows/servercore:ltsc2022").WithContainerRuntimeArgs("--isolation=hyperv");
                    agent.WithEnvironment("AGENT_POOL", "windows");
                    builder.Build().Run();
                    """,
                    EquivalenceKeys.UseHyperVIsolation,
                    library: DockerLibrary.Aspire,
                    outputKind: Microsoft.CodeAnalysis.OutputKind.ConsoleApplication),
                Verify.CodeFix<RemoveSettingCodeFixProvider>(
                    """
                    using Aspire.Hosting;

                    var builder = DistributedApplication.CreateBuilder(args);
                    var cache = builder.AddContainer("cache", "redis", "7-alpine");
                    cache.WithContainerRuntimeArgs({|ISO0007:"--isolation=hyperv"|}); // copied from the agent
                    builder.Build().Run();
                    """,
                    """
                    using Aspire.Hosting;

                    var builder = DistributedApplication.CreateBuilder(args);
                    var cache = builder.AddContainer("cache", "redis", "7-alpine");
                    builder.Build().Run();
                    """,
                    EquivalenceKeys.RemoveIsolationSetting,
                    library: DockerLibrary.Aspire,
                    outputKind: Microsoft.CodeAnalysis.OutputKind.ConsoleApplication));
        }

        [Fact]
        public Task NoIsolationFix_WhereTheCallWouldNotResolve()
        {
            // Called as a static method without `using Aspire.Hosting;`: an appended extension call would not compile.
            return Verify.NoCodeFix<UseIsolationModeCodeFixProvider>(
                """
                class AppModel
                {
                    void M(Aspire.Hosting.IDistributedApplicationBuilder builder) =>
                        Aspire.Hosting.ContainerResourceBuilderExtensions.AddContainer(builder, "agent", {|ISO0001:"mcr.microsoft.com/windows/servercore:ltsc2022"|});
                }
                """,
                EquivalenceKeys.UseHyperVIsolation,
                library: DockerLibrary.Aspire);
        }

        [Fact]
        public Task UseValidValue_InTheLiteral()
        {
            return Fix<UseValidIsolationValueCodeFixProvider>(
                """
                    void M(IDistributedApplicationBuilder builder)
                    {
                        builder.AddContainer("a", "mcr.microsoft.com/windows/servercore:ltsc2022").WithContainerRuntimeArgs({|ISO0005:"--isolation=hyper-v"|});
                        builder.AddContainer("b", "mcr.microsoft.com/windows/servercore:ltsc2022").WithContainerRuntimeArgs("--isolation", {|ISO0006:"HyperV"|});
                        builder.AddContainer("c", "mcr.microsoft.com/windows/servercore:ltsc2022").WithContainerRuntimeArgs(ctx => ctx.Args.Add({|ISO0006:@"--isolation=Process"|}));
                    }
                """,
                """
                    void M(IDistributedApplicationBuilder builder)
                    {
                        builder.AddContainer("a", "mcr.microsoft.com/windows/servercore:ltsc2022").WithContainerRuntimeArgs("--isolation=hyperv");
                        builder.AddContainer("b", "mcr.microsoft.com/windows/servercore:ltsc2022").WithContainerRuntimeArgs("--isolation", "hyperv");
                        builder.AddContainer("c", "mcr.microsoft.com/windows/servercore:ltsc2022").WithContainerRuntimeArgs(ctx => ctx.Args.Add(@"--isolation=process"));
                    }
                """,
                EquivalenceKeys.UseValidIsolationValue);
        }

        [Fact]
        public Task RemoveIsolation_TheArgumentsOrTheWholeCall()
        {
            return Fix<RemoveSettingCodeFixProvider>(
                """
                    void M(IDistributedApplicationBuilder builder)
                    {
                        builder.AddContainer("a", "redis:7-alpine").WithContainerRuntimeArgs({|ISO0007:"--isolation=hyperv"|}).WithEnvironment("A", "B");
                        builder.AddContainer("b", "redis:7-alpine").WithContainerRuntimeArgs("--cpus=2", "--isolation", {|ISO0007:"hyperv"|});
                        builder.AddContainer("c", "redis:7-alpine").WithContainerRuntimeArgs("--isolation", {|ISO0007:"process"|}, "--cpus=2");
                        builder.AddContainer("d", "redis:7-alpine") // the cache
                            .WithContainerRuntimeArgs({|ISO0007:"--isolation=hyperv"|})
                            .WithEnvironment("A", "B");
                        builder.AddContainer("e", "redis:7-alpine")
                            .WithContainerRuntimeArgs({|ISO0007:"--isolation=hyperv"|}); // the last call
                        var f = builder.AddContainer("f", "redis:7-alpine");
                        f.WithContainerRuntimeArgs({|ISO0007:"--isolation=hyperv"|});
                        f.WithEnvironment("A", "B");
                        builder.AddContainer("g", "redis:7-alpine").WithContainerRuntimeArgs(ctx =>
                        {
                            ctx.Args.Add("--cpus=2");
                            ctx.Args.Add({|ISO0007:"--isolation=process"|}); // not on Linux
                        });
                    }
                """,
                """
                    void M(IDistributedApplicationBuilder builder)
                    {
                        builder.AddContainer("a", "redis:7-alpine").WithEnvironment("A", "B");
                        builder.AddContainer("b", "redis:7-alpine").WithContainerRuntimeArgs("--cpus=2");
                        builder.AddContainer("c", "redis:7-alpine").WithContainerRuntimeArgs("--cpus=2");
                        builder.AddContainer("d", "redis:7-alpine") // the cache
                            .WithEnvironment("A", "B");
                        builder.AddContainer("e", "redis:7-alpine"); // the last call
                        var f = builder.AddContainer("f", "redis:7-alpine");
                        f.WithEnvironment("A", "B");
                        builder.AddContainer("g", "redis:7-alpine").WithContainerRuntimeArgs(ctx =>
                        {
                            ctx.Args.Add("--cpus=2");
                        });
                    }
                """,
                EquivalenceKeys.RemoveIsolationSetting);
        }

        [Fact]
        public Task NoRemoval_WhereNothingCompilableWouldRemain()
        {
            // An expression-bodied callback would be left with `ctx.Args.Add()`.
            return Verify.NoCodeFix<RemoveSettingCodeFixProvider>(
                Wrap("""
                    void M(IDistributedApplicationBuilder builder, bool cache)
                    {
                        builder.AddContainer("a", "redis:7-alpine").WithContainerRuntimeArgs(ctx => ctx.Args.Add({|ISO0007:"--isolation=hyperv"|}));
                    }
                """),
                EquivalenceKeys.RemoveIsolationSetting,
                library: DockerLibrary.Aspire);
        }

        [Fact]
        public Task RemoveUnsupportedSetting()
        {
            return Fix<RemoveSettingCodeFixProvider>(
                """
                    void M(IDistributedApplicationBuilder builder)
                    {
                        builder.AddContainer("a", "mcr.microsoft.com/windows/servercore:ltsc2022")
                            .WithContainerRuntimeArgs("--isolation=process", {|ISO0010:"--memory-swap=1g"|});
                        builder.AddContainer("b", "mcr.microsoft.com/windows/servercore:ltsc2022")
                            .WithContainerRuntimeArgs("--device", {|ISO0010:"class/5B45201D-F2F2-4F3B-85BB-30FF1F953599"|}, "--isolation=hyperv");
                    }
                """,
                """
                    void M(IDistributedApplicationBuilder builder)
                    {
                        builder.AddContainer("a", "mcr.microsoft.com/windows/servercore:ltsc2022")
                            .WithContainerRuntimeArgs("--isolation=process");
                        builder.AddContainer("b", "mcr.microsoft.com/windows/servercore:ltsc2022")
                            .WithContainerRuntimeArgs("--isolation=hyperv");
                    }
                """,
                EquivalenceKeys.RemoveUnsupportedSetting);
        }

        [Fact]
        public Task PinImage_EditsTheTagWhereverItIsWritten()
        {
            return Fix<PinImageCodeFixProvider>(
                """
                    void M(IDistributedApplicationBuilder builder)
                    {
                        builder.AddContainer("a", {|ISO0003:"mcr.microsoft.com/windows/servercore"|}, /* release */ "ltsc2025").WithContainerRuntimeArgs("--isolation=hyperv");
                        builder.AddContainer("b", {|ISO0003:"windows/servercore:ltsc2025"|}).WithImageRegistry("mcr.microsoft.com").WithContainerRuntimeArgs("--isolation=hyperv");
                        builder.AddContainer("c", {|ISO0003:"mcr.microsoft.com/dotnet/framework/sdk"|})
                            .WithImageTag("4.8-windowsservercore-ltsc2025")
                            .WithContainerRuntimeArgs("--isolation=hyperv");
                        builder.AddContainer("d", {|ISO0003:@"mcr.microsoft.com/windows/nanoserver:ltsc2025"|}).WithContainerRuntimeArgs("--isolation=hyperv");
                    }
                """,
                """
                    void M(IDistributedApplicationBuilder builder)
                    {
                        builder.AddContainer("a", "mcr.microsoft.com/windows/servercore", /* release */ "ltsc2022").WithContainerRuntimeArgs("--isolation=hyperv");
                        builder.AddContainer("b", "windows/servercore:ltsc2022").WithImageRegistry("mcr.microsoft.com").WithContainerRuntimeArgs("--isolation=hyperv");
                        builder.AddContainer("c", "mcr.microsoft.com/dotnet/framework/sdk")
                            .WithImageTag("4.8-windowsservercore-ltsc2022")
                            .WithContainerRuntimeArgs("--isolation=hyperv");
                        builder.AddContainer("d", @"mcr.microsoft.com/windows/nanoserver:ltsc2022").WithContainerRuntimeArgs("--isolation=hyperv");
                    }
                """,
                EquivalenceKeys.PinImage("ltsc2022"),
                Ltsc2022Host);
        }

        [Fact]
        public Task PinImage_AddsATagToAnImageWithout()
        {
            return Fix<PinImageCodeFixProvider>(
                """
                    void M(IDistributedApplicationBuilder builder)
                    {
                        builder.AddContainer("a", {|ISO0008:"mcr.microsoft.com/windows/nanoserver"|}).WithContainerRuntimeArgs("--isolation=hyperv");
                        builder.AddContainer("b", {|ISO0008:"mcr.microsoft.com/windows/servercore"|}, "latest").WithContainerRuntimeArgs("--isolation=hyperv");
                        builder.AddContainer("c", {|ISO0008:"windows/servercore"|}).WithImageRegistry("mcr.microsoft.com").WithContainerRuntimeArgs("--isolation=hyperv");
                    }
                """,
                """
                    void M(IDistributedApplicationBuilder builder)
                    {
                        builder.AddContainer("a", "mcr.microsoft.com/windows/nanoserver:ltsc2025").WithContainerRuntimeArgs("--isolation=hyperv");
                        builder.AddContainer("b", "mcr.microsoft.com/windows/servercore", "ltsc2025").WithContainerRuntimeArgs("--isolation=hyperv");
                        builder.AddContainer("c", "windows/servercore:ltsc2025").WithImageRegistry("mcr.microsoft.com").WithContainerRuntimeArgs("--isolation=hyperv");
                    }
                """,
                EquivalenceKeys.PinImage("ltsc2025"));
        }

        [Fact]
        public Task NoPin_WhenTheTagIsAConstant()
        {
            return Verify.NoCodeFix<PinImageCodeFixProvider>(
                Wrap("""
                    private const string Release = "ltsc2025";

                    void M(IDistributedApplicationBuilder builder) =>
                        builder.AddContainer("a", {|ISO0003:"mcr.microsoft.com/windows/servercore"|}, Release).WithContainerRuntimeArgs("--isolation=hyperv");
                """),
                EquivalenceKeys.PinImage("ltsc2022"),
                Ltsc2022Host,
                DockerLibrary.Aspire);
        }

        [Fact]
        public Task RaiseMemory_InTheRuntimeArguments()
        {
            return Fix<RaiseMemoryLimitCodeFixProvider>(
                """
                    void M(IDistributedApplicationBuilder builder)
                    {
                        builder.AddContainer("a", "mcr.microsoft.com/windows/servercore:ltsc2022").WithContainerRuntimeArgs("--isolation=hyperv", {|ISO0009:"--memory=256m"|});
                        builder.AddContainer("b", "redis:7-alpine").WithContainerRuntimeArgs("-m", {|ISO0009:"2048"|});
                    }
                """,
                """
                    void M(IDistributedApplicationBuilder builder)
                    {
                        builder.AddContainer("a", "mcr.microsoft.com/windows/servercore:ltsc2022").WithContainerRuntimeArgs("--isolation=hyperv", "--memory=360m");
                        builder.AddContainer("b", "redis:7-alpine").WithContainerRuntimeArgs("-m", "6m");
                    }
                """,
                EquivalenceKeys.RaiseMemoryLimit);
        }

        [Fact]
        public Task InterpretMemoryAsMegabytes_InTheRuntimeArguments()
        {
            return Fix<RaiseMemoryLimitCodeFixProvider>(
                """
                    void M(IDistributedApplicationBuilder builder) =>
                        builder.AddContainer("b", "redis:7-alpine").WithContainerRuntimeArgs(ctx => ctx.Args.Add({|ISO0009:"--memory=2048"|}));
                """,
                """
                    void M(IDistributedApplicationBuilder builder) =>
                        builder.AddContainer("b", "redis:7-alpine").WithContainerRuntimeArgs(ctx => ctx.Args.Add("--memory=2048m"));
                """,
                EquivalenceKeys.InterpretMemoryAsMegabytes);
        }
    }
}
