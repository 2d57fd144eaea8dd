using System.Threading.Tasks;
using IsolationAnalyzers.Tests.Verifiers;
using Xunit;

namespace IsolationAnalyzers.Tests.Aspire
{
    /// <summary>
    /// Aspire app models (rules.md §1.1, Aspire bullet) against the real Aspire.Hosting 13.6.5: every call form that
    /// sets the image or passes runtime arguments, the resource followed through a local, and look-alikes. Image
    /// diagnostics (and ISO0001) are reported on the image argument that sets the image; value diagnostics on the
    /// runtime-argument literal that holds the value.
    /// </summary>
    public class AspireLaunchTests
    {
        internal const string Usings = """
            using System.Threading.Tasks;
            using Aspire.Hosting;
            using Aspire.Hosting.ApplicationModel;

            """;

        private const string Ltsc2022Host = "isolation_analyzers.host_os = ltsc2022";

        private static Task Verify(string members, string? editorConfig = null) =>
            Verifiers.Verify.Analyzer(Usings + "class AppModel\n{\n" + members + "\n}\n", editorConfig, DockerLibrary.Aspire);

        [Fact]
        public Task AddContainer_ImageAndImageWithTag()
        {
            return Verify("""
                    void M(IDistributedApplicationBuilder builder)
                    {
                        builder.AddContainer("agent", {|ISO0001:"mcr.microsoft.com/windows/servercore:ltsc2022"|});
                        builder.AddContainer("agent2", {|ISO0001:"mcr.microsoft.com/windows/servercore"|}, "ltsc2022").WithEnvironment("A", "B");
                        builder.AddContainer("cache", "redis", "7-alpine");
                        builder.AddContainer("web", "nginx:1.27");
                    }

                    // Top-level-like code in an expression body, and the builder Aspire itself creates.
                    IResourceBuilder<ContainerResource> N() =>
                        DistributedApplication.CreateBuilder().AddContainer("nano", {|ISO0001:"mcr.microsoft.com/windows/nanoserver:ltsc2022"|});
                """);
        }

        [Fact]
        public Task ConstantsAndConditionals_AreReportedWhereUsed()
        {
            return Verify("""
                    private const string Agent = "mcr.microsoft.com/windows/servercore:ltsc2022";
                    private const string Release = "ltsc2022";
                    private static readonly string Sdk = "mcr.microsoft.com/dotnet/framework/sdk:4.8";

                    void M(IDistributedApplicationBuilder builder, bool windows)
                    {
                        builder.AddContainer("a", {|ISO0001:Agent|});
                        builder.AddContainer("b", {|ISO0001:"mcr.microsoft.com/windows/servercore"|}, Release);
                        builder.AddContainer("c", {|ISO0001:Sdk|});
                        builder.AddContainer("d", {|ISO0001:windows ? Agent : "redis:7-alpine"|});
                    }
                """);
        }

        [Fact]
        public Task TheLastWithImageSetsTheImage_AndIsWhereItIsReported()
        {
            return Verify("""
                    void M(IDistributedApplicationBuilder builder)
                    {
                        builder.AddContainer("a", "redis:7-alpine").WithImage({|ISO0001:"mcr.microsoft.com/windows/servercore:ltsc2022"|});
                        builder.AddContainer("b", "mcr.microsoft.com/windows/servercore:ltsc2022").WithImage("redis:7-alpine");
                        builder.AddContainer("c", "redis").WithImage({|ISO0001:"mcr.microsoft.com/windows/servercore"|}, "ltsc2022");
                        builder.AddContainer("d", "mcr.microsoft.com/windows/servercore:ltsc2022")
                            .WithHttpEndpoint(port: 8080)
                            .WithImage({|ISO0001:"mcr.microsoft.com/windows/nanoserver:ltsc2022"|});
                    }
                """);
        }

        [Fact]
        public Task TheImageIsComposedOfItsParts()
        {
            return Verify("""
                    void M(IDistributedApplicationBuilder builder)
                    {
                        // registry + image + tag: mcr.microsoft.com/windows/servercore:ltsc2025, newer than the host.
                        builder.AddContainer("a", {|ISO0001:{|ISO0003:"windows/servercore"|}|})
                            .WithImageRegistry("mcr.microsoft.com")
                            .WithImageTag("ltsc2025");

                        // The tag argument replaces the one written in the image.
                        builder.AddContainer("b", {|ISO0001:"mcr.microsoft.com/windows/servercore:ltsc2025"|}, "ltsc2022");
                        builder.AddContainer("c", {|ISO0001:{|ISO0003:"mcr.microsoft.com/windows/servercore:ltsc2022"|}|}).WithImageTag("ltsc2025");

                        // WithImage resets the tag a WithImageTag set before it.
                        builder.AddContainer("d", "mcr.microsoft.com/windows/servercore")
                            .WithImageTag("ltsc2025")
                            .WithImage({|ISO0001:"mcr.microsoft.com/windows/servercore:ltsc2022"|});

                        // A digest pins the image (no ISO0008); a later tag replaces the digest.
                        builder.AddContainer("e", {|ISO0001:"mcr.microsoft.com/windows/servercore"|})
                            .WithImageSHA256("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
                        builder.AddContainer("f", {|ISO0001:{|ISO0008:"mcr.microsoft.com/windows/servercore"|}|})
                            .WithImageSHA256("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef")
                            .WithImageTag("latest");
                    }
                """, Ltsc2022Host);
        }

        [Fact]
        public Task RuntimeArguments_EveryForm()
        {
            return Verify("""
                    void M(IDistributedApplicationBuilder builder, bool sandbox)
                    {
                        builder.AddContainer("a", "mcr.microsoft.com/windows/servercore:ltsc2022").WithContainerRuntimeArgs("--isolation=hyperv");
                        builder.AddContainer("b", "mcr.microsoft.com/windows/servercore:ltsc2022").WithContainerRuntimeArgs("--isolation", "hyperv");
                        builder.AddContainer("c", "mcr.microsoft.com/windows/servercore:ltsc2022").WithContainerRuntimeArgs(new[] { "--network", "nat", "--isolation=hyperv" });
                        builder.AddContainer("d", "mcr.microsoft.com/windows/servercore:ltsc2022").WithContainerRuntimeArgs(["--isolation=hyperv"]);
                        builder.AddContainer("e", "mcr.microsoft.com/windows/servercore:ltsc2022").WithContainerRuntimeArgs(ctx => ctx.Args.Add("--isolation=hyperv"));
                        builder.AddContainer("f", "mcr.microsoft.com/windows/servercore:ltsc2022").WithContainerRuntimeArgs(ctx =>
                        {
                            ctx.Args.Add("--isolation");
                            ctx.Args.Add("hyperv");
                        });
                        builder.AddContainer("g", "mcr.microsoft.com/windows/servercore:ltsc2022").WithContainerRuntimeArgs(async ctx =>
                        {
                            await Task.Yield();
                            ctx.Args.Add("--isolation=hyperv");
                        });

                        // A conditional argument is an unknown token, as on the command-line surface: no verdict.
                        builder.AddContainer("h", "mcr.microsoft.com/windows/servercore:ltsc2022").WithContainerRuntimeArgs(sandbox ? "--isolation=hyperv" : "--isolation=sandbox");

                        // Other arguments do not choose an isolation.
                        builder.AddContainer("i", {|ISO0001:"mcr.microsoft.com/windows/servercore:ltsc2022"|}).WithContainerRuntimeArgs("--network", "nat", "--cpus=2");
                        builder.AddContainer("j", {|ISO0001:"mcr.microsoft.com/windows/servercore:ltsc2022"|}).WithContainerRuntimeArgs(ctx => ctx.Args.Add("--cpus=2"));
                    }
                """);
        }

        [Fact]
        public Task RuntimeArguments_WithValuesInTheirLiterals()
        {
            return Verify("""
                    void M(IDistributedApplicationBuilder builder)
                    {
                        builder.AddContainer("a", "mcr.microsoft.com/windows/servercore:ltsc2022").WithContainerRuntimeArgs({|ISO0005:"--isolation=hyper-v"|});
                        builder.AddContainer("b", "mcr.microsoft.com/windows/servercore:ltsc2022").WithContainerRuntimeArgs("--cpus=2", "--isolation", {|ISO0006:"HyperV"|});
                        builder.AddContainer("c", "mcr.microsoft.com/windows/servercore:ltsc2022").WithContainerRuntimeArgs(ctx => ctx.Args.Add({|ISO0006:"--isolation=Process"|}));
                        builder.AddContainer("d", "mcr.microsoft.com/windows/servercore:ltsc2022")
                            .WithContainerRuntimeArgs("--cpus=2")
                            .WithContainerRuntimeArgs({|ISO0005:"--isolation=proc"|});
                    }
                """);
        }

        [Fact]
        public Task UnknownArguments_MakeTheIsolationUnknown()
        {
            return Verify("""
                    void M(IDistributedApplicationBuilder builder, string[] extra, string option, System.Action<ContainerRuntimeArgsCallbackContext> configure)
                    {
                        builder.AddContainer("a", "mcr.microsoft.com/windows/servercore:ltsc2022").WithContainerRuntimeArgs(extra);
                        builder.AddContainer("b", "mcr.microsoft.com/windows/servercore:ltsc2022").WithContainerRuntimeArgs("--cpus=2", option);
                        builder.AddContainer("c", "mcr.microsoft.com/windows/servercore:ltsc2022").WithContainerRuntimeArgs(configure);
                        builder.AddContainer("d", "mcr.microsoft.com/windows/servercore:ltsc2022").WithContainerRuntimeArgs(ctx => ctx.Args.Add(option));
                        builder.AddContainer("e", "mcr.microsoft.com/windows/servercore:ltsc2022").WithContainerRuntimeArgs(ctx =>
                        {
                            foreach (var argument in extra)
                            {
                                ctx.Args.Add(argument);
                            }
                        });
                        builder.AddContainer("f", "mcr.microsoft.com/windows/servercore:ltsc2022").WithContainerRuntimeArgs(ctx => Configure(ctx));

                        // An explicit value next to unknown ones still gets the value rules.
                        builder.AddContainer("g", "mcr.microsoft.com/windows/servercore:ltsc2022").WithContainerRuntimeArgs({|ISO0005:"--isolation=sandbox"|}, option);
                    }

                    static void Configure(ContainerRuntimeArgsCallbackContext context) { }
                """);
        }

        [Fact]
        public Task PlatformInTheRuntimeArguments()
        {
            return Verify("""
                    void M(IDistributedApplicationBuilder builder)
                    {
                        builder.AddContainer("a", {|ISO0001:"contoso.azurecr.io/agent:1.0"|}).WithContainerRuntimeArgs("--platform=windows/amd64");
                        builder.AddContainer("b", "contoso.azurecr.io/agent:1.0").WithContainerRuntimeArgs("--platform", "linux/amd64");
                        builder.AddContainer("c", "contoso.azurecr.io/agent:1.0").WithContainerRuntimeArgs("--platform=linux", {|ISO0007:"--isolation=hyperv"|});
                    }
                """);
        }

        [Fact]
        public Task ResourceHeldInALocal_IsOneLaunch()
        {
            return Verify("""
                    void Reassigned(IDistributedApplicationBuilder builder)
                    {
                        var agent = builder.AddContainer("agent", "mcr.microsoft.com/windows/servercore:ltsc2022");
                        agent = agent.WithEnvironment("A", "B");
                        agent = agent.WithContainerRuntimeArgs("--isolation=hyperv");
                    }

                    void Mutated(IDistributedApplicationBuilder builder)
                    {
                        // Aspire's builders change the resource they hold: the call's result need not be kept.
                        var agent = builder.AddContainer("agent", "mcr.microsoft.com/windows/servercore:ltsc2022").WithEnvironment("A", "B");
                        agent.WithHttpEndpoint(port: 8080);
                        agent.WithContainerRuntimeArgs("--isolation=hyperv");
                    }

                    void ReportedOnce(IDistributedApplicationBuilder builder)
                    {
                        var agent = builder.AddContainer("agent", {|ISO0001:"mcr.microsoft.com/windows/servercore:ltsc2022"|});
                        agent.WithEnvironment("A", "B");
                        agent = agent.WithHttpEndpoint(port: 8080);
                        agent.WithContainerRuntimeArgs(ctx => ctx.Args.Add("--cpus=2"));
                        var api = builder.AddProject("api", "../Api/Api.csproj").WithReference(agent.GetEndpoint("http"));
                    }

                    void TwoResources(IDistributedApplicationBuilder builder)
                    {
                        var first = builder.AddContainer("first", {|ISO0001:"mcr.microsoft.com/windows/servercore:ltsc2022"|});
                        var second = builder.AddContainer("second", "mcr.microsoft.com/windows/servercore:ltsc2022");
                        second.WithContainerRuntimeArgs("--isolation=hyperv");
                        first.WithEnvironment("A", "B");
                    }
                """);
        }

        [Fact]
        public Task BuildersFromElsewhere_GetTheRulesOfWhatIsWrittenHere()
        {
            return Verify("""
                    // The isolation of a builder handed in is unknown: no ISO0001, but the image and value rules apply.
                    void FromAParameter(IResourceBuilder<ContainerResource> container)
                    {
                        container.WithImage({|ISO0008:"mcr.microsoft.com/windows/servercore"|});
                        container.WithContainerRuntimeArgs({|ISO0005:"--isolation=sandbox"|});
                    }

                    IResourceBuilder<ContainerResource> field;

                    void FromAField() => field.WithContainerRuntimeArgs({|ISO0006:"--isolation=HyperV"|});

                    void NothingToSay(IResourceBuilder<ContainerResource> container) => container.WithEnvironment("A", "B").WithContainerRuntimeArgs("--cpus=2");
                """);
        }

        [Fact]
        public Task GenericBuilderExtensions_AreRecognized()
        {
            return Verify("""
                    // What a helper does is not followed yet (rules.md §1.2): the chain itself chooses no isolation.
                    void M(IDistributedApplicationBuilder builder) =>
                        builder.AddContainer("agent", {|ISO0001:"mcr.microsoft.com/windows/servercore:ltsc2022"|}).WithWindowsArguments();
                }

                static class WindowsContainerExtensions
                {
                    public static IResourceBuilder<T> WithWindowsArguments<T>(this IResourceBuilder<T> builder) where T : ContainerResource =>
                        builder.WithContainerRuntimeArgs({|ISO0006:"--isolation=HyperV"|});
                """);
        }

        [Fact]
        public Task LookAlikes_ReportNothing()
        {
            return Verify("""
                    void M(IDistributedApplicationBuilder builder)
                    {
                        // Another library's WithContainerRuntimeArgs sets nothing on the resource: ISO0001 still fires.
                        var agent = builder.AddContainer("agent", {|ISO0001:"mcr.microsoft.com/windows/servercore:ltsc2022"|});
                        Other.RuntimeExtensions.WithContainerRuntimeArgs(agent, "--isolation=hyperv");
                        Other.RuntimeExtensions.WithContainerRuntimeArgs(agent, "--isolation=sandbox");

                        // A look-alike builder of another library is no launch at all.
                        new Other.ContainerHost().AddContainer("x", "mcr.microsoft.com/windows/servercore:ltsc2022").WithContainerRuntimeArgs("--isolation=sandbox");
                        new Other.ContainerHost().AddContainer("y", "mcr.microsoft.com/windows/servercore:ltsc2022").WithImage("mcr.microsoft.com/windows/servercore");
                    }
                }

                namespace Other
                {
                    public static class RuntimeExtensions
                    {
                        public static IResourceBuilder<T> WithContainerRuntimeArgs<T>(IResourceBuilder<T> builder, params string[] args) where T : ContainerResource => builder;
                    }

                    public sealed class ContainerHost
                    {
                        public ContainerHost AddContainer(string name, string image) => this;

                        public ContainerHost WithImage(string image) => this;

                        public ContainerHost WithContainerRuntimeArgs(params string[] args) => this;
                    }
                """);
        }

        [Fact]
        public Task ThePreviewName_WithContainerRunArgs()
        {
            return Verifiers.Verify.Analyzer(Usings + """
                class AppModel
                {
                    void M(IDistributedApplicationBuilder builder)
                    {
                        builder.AddContainer("a", "mcr.microsoft.com/windows/servercore:ltsc2022").WithContainerRunArgs("--isolation=hyperv");
                        builder.AddContainer("b", "mcr.microsoft.com/windows/servercore:ltsc2022").WithContainerRunArgs({|ISO0005:"--isolation=hyper-v"|});
                        builder.AddContainer("c", "mcr.microsoft.com/windows/servercore:ltsc2022").WithContainerRunArgs(ctx => ctx.Args.Add({|ISO0006:"--isolation=HyperV"|}));
                        builder.AddContainer("d", {|ISO0001:"mcr.microsoft.com/windows/servercore:ltsc2022"|}).WithContainerRunArgs("--cpus=2");
                    }
                }
                """, library: DockerLibrary.AspirePreview);
        }

        [Fact]
        public Task HelpStopsTheCommand()
        {
            return Verify("""
                    void M(IDistributedApplicationBuilder builder) =>
                        builder.AddContainer("agent", "mcr.microsoft.com/windows/servercore:ltsc2022").WithContainerRuntimeArgs("--help");
                """);
        }

        [Fact]
        public Task OtherResourceKinds_AreNotContainers()
        {
            return Verify("""
                    void M(IDistributedApplicationBuilder builder)
                    {
                        builder.AddProject("api", "../Api/Api.csproj").WithEnvironment("IMAGE", "mcr.microsoft.com/windows/servercore:ltsc2022");
                        builder.AddExecutable("tool", "tool.exe", ".", "--isolation=sandbox");
                        builder.AddParameter("image", "mcr.microsoft.com/windows/servercore");
                    }
                """);
        }

        [Fact]
        public Task WithoutAspire_NothingIsRecognized()
        {
            // The same names declared in source, in a compilation that does not reference Aspire.Hosting.
            return Verifiers.Verify.Analyzer("""
                namespace Aspire.Hosting.ApplicationModel
                {
                    public interface IResource { }
                    public class ContainerResource : IResource { }
                    public interface IResourceBuilder<out T> where T : IResource { }
                }

                namespace Aspire.Hosting
                {
                    using Aspire.Hosting.ApplicationModel;

                    public interface IDistributedApplicationBuilder { }

                    public static class ContainerResourceBuilderExtensions
                    {
                        public static IResourceBuilder<ContainerResource> AddContainer(this IDistributedApplicationBuilder builder, string name, string image) => null;
                    }

                    class AppModel
                    {
                        void M(IDistributedApplicationBuilder builder) => builder.AddContainer("agent", "mcr.microsoft.com/windows/servercore:ltsc2022");
                    }
                }
                """, library: DockerLibrary.None);
        }
    }
}
