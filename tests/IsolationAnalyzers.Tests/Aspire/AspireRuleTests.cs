using System.Threading.Tasks;
using IsolationAnalyzers.Tests.Verifiers;
using Xunit;

namespace IsolationAnalyzers.Tests.Aspire
{
    /// <summary>
    /// Every rule whose inputs an Aspire resource has (ISO0001–ISO0010), positive and negative, with the locations of
    /// rules.md §1.1: image rules, and ISO0001/ISO0004 without an explicit value, on the image argument that sets the
    /// image (also when the tag or registry that decides the verdict is an argument of its own); value rules on the
    /// runtime-argument literal that holds the value.
    /// </summary>
    public class AspireRuleTests
    {
        private const string Ltsc2022Host = "isolation_analyzers.host_os = ltsc2022";

        private const string Attribute = """

            [System.AttributeUsage(System.AttributeTargets.All)]
            sealed class UntrustedWorkloadAttribute : System.Attribute { }
            """;

        private static Task Verify(string members, string? editorConfig = null) =>
            Verifiers.Verify.Analyzer(AspireLaunchTests.Usings + "class AppModel\n{\n" + members + "\n}\n" + Attribute, editorConfig, DockerLibrary.Aspire);

        [Fact]
        public Task Iso0001_WindowsImageWithoutIsolation()
        {
            return Verify("""
                    void M(IDistributedApplicationBuilder builder)
                    {
                        builder.AddContainer("a", {|ISO0001:"mcr.microsoft.com/dotnet/framework/sdk:4.8"|});
                        builder.AddContainer("b", {|ISO0001:"mcr.microsoft.com/windows/servercore"|}, "ltsc2022").WithContainerRuntimeArgs("--cpus=2");
                        builder.AddContainer("c", "mcr.microsoft.com/windows/servercore:ltsc2022").WithContainerRuntimeArgs("--isolation=process");
                        builder.AddContainer("d", "mcr.microsoft.com/windows/servercore:ltsc2022").WithContainerRuntimeArgs("--isolation=hyperv");
                        builder.AddContainer("e", "redis:7-alpine");
                    }
                """);
        }

        [Fact]
        public Task Iso0002_ProcessWithAnOlderImage()
        {
            return Verify("""
                    void M(IDistributedApplicationBuilder builder)
                    {
                        builder.AddContainer("a", "mcr.microsoft.com/windows/servercore:ltsc2019").WithContainerRuntimeArgs({|ISO0002:"--isolation=process"|});
                        builder.AddContainer("b", "mcr.microsoft.com/windows/servercore", "ltsc2019").WithContainerRuntimeArgs("--isolation", {|ISO0002:"process"|});
                        builder.AddContainer("c", "mcr.microsoft.com/windows/servercore:ltsc2019").WithContainerRuntimeArgs("--isolation=hyperv");
                        builder.AddContainer("d", "mcr.microsoft.com/windows/servercore:ltsc2022").WithContainerRuntimeArgs("--isolation=process");
                    }
                """, Ltsc2022Host);
        }

        [Fact]
        public Task Iso0002_ProcessFromTheConfiguredDefault_IsReportedOnTheImage()
        {
            return Verify("""
                    void M(IDistributedApplicationBuilder builder)
                    {
                        builder.AddContainer("a", {|ISO0001:{|ISO0002:"mcr.microsoft.com/windows/servercore"|}|}).WithImageTag("ltsc2019");
                        builder.AddContainer("b", {|ISO0001:"mcr.microsoft.com/windows/servercore"|}).WithImageTag("ltsc2022");
                    }
                """, Ltsc2022Host + "\nisolation_analyzers.default_isolation = process");
        }

        [Fact]
        public Task Iso0003_ImageNewerThanTheHost()
        {
            return Verify("""
                    void M(IDistributedApplicationBuilder builder)
                    {
                        builder.AddContainer("a", {|ISO0003:"mcr.microsoft.com/windows/servercore:ltsc2025"|}).WithContainerRuntimeArgs("--isolation=hyperv");
                        builder.AddContainer("b", {|ISO0003:"mcr.microsoft.com/windows/servercore"|}, "ltsc2025").WithContainerRuntimeArgs("--isolation=hyperv");
                        builder.AddContainer("c", "mcr.microsoft.com/windows/servercore", "ltsc2022").WithContainerRuntimeArgs("--isolation=hyperv");
                        builder.AddContainer("d", "mcr.microsoft.com/windows/servercore:ltsc2025").WithImageTag("ltsc2022").WithContainerRuntimeArgs("--isolation=hyperv");
                    }
                """, Ltsc2022Host);
        }

        [Fact]
        public Task Iso0004_UntrustedResources()
        {
            return Verify("""
                    [UntrustedWorkload]
                    void A(IDistributedApplicationBuilder builder, string image) => builder.AddContainer("job", {|ISO0004:image|});

                    [UntrustedWorkload]
                    void B(IDistributedApplicationBuilder builder, string image) =>
                        builder.AddContainer("job", image).WithContainerRuntimeArgs({|ISO0004:"--isolation=process"|});

                    [UntrustedWorkload]
                    void C(IDistributedApplicationBuilder builder, string image) =>
                        builder.AddContainer("job", image).WithContainerRuntimeArgs(ctx => ctx.Args.Add("--isolation=hyperv"));

                    [UntrustedWorkload]
                    void D(IDistributedApplicationBuilder builder) => builder.AddContainer("cache", "redis:7-alpine");
                """);
        }

        [Fact]
        public Task Iso0004_TheRegistryOfItsOwnCounts()
        {
            return Verify("""
                    void M(IDistributedApplicationBuilder builder, string tag)
                    {
                        builder.AddContainer("a", {|ISO0004:"windows/servercore:ltsc2022"|}).WithImageRegistry("contoso.azurecr.io");
                        builder.AddContainer("b", "mcr.microsoft.com/windows/servercore:ltsc2022").WithImageRegistry(null).WithContainerRuntimeArgs("--isolation=process");
                        builder.AddContainer("c", "windows/servercore:ltsc2022").WithImageRegistry("mcr.microsoft.com").WithContainerRuntimeArgs("--isolation=process");

                        // An image not known at compile time, here through its tag, is untrusted when trusted_registries is set.
                        builder.AddContainer("d", {|ISO0004:"mcr.microsoft.com/windows/servercore"|}, tag);
                    }
                """, "isolation_analyzers.trusted_registries = mcr.microsoft.com");
        }

        [Fact]
        public Task Iso0004_CallerSuppliedParts()
        {
            return Verify("""
                    void A(IDistributedApplicationBuilder builder, string image) => builder.AddContainer("job", {|ISO0004:image|});

                    void B(IDistributedApplicationBuilder builder, string registry) =>
                        builder.AddContainer("job", {|ISO0004:"windows/servercore:ltsc2022"|}).WithImageRegistry(registry);

                    void C(IDistributedApplicationBuilder builder) => builder.AddContainer("job", {|ISO0001:"mcr.microsoft.com/windows/servercore:ltsc2022"|});
                """, "isolation_analyzers.workload_trust = caller_supplied");
        }

        [Fact]
        public Task Iso0005_And_Iso0006_Values()
        {
            return Verify("""
                    void M(IDistributedApplicationBuilder builder)
                    {
                        builder.AddContainer("a", "mcr.microsoft.com/windows/servercore:ltsc2022").WithContainerRuntimeArgs({|ISO0005:"--isolation=hyper-v"|});
                        builder.AddContainer("b", "mcr.microsoft.com/windows/servercore:ltsc2022").WithContainerRuntimeArgs("--isolation", {|ISO0005:" hyperv"|});
                        builder.AddContainer("c", "mcr.microsoft.com/windows/servercore:ltsc2022").WithContainerRuntimeArgs({|ISO0006:"--isolation=Process"|});
                        builder.AddContainer("d", "mcr.microsoft.com/windows/servercore:ltsc2022").WithContainerRuntimeArgs("--isolation=process");
                        // "default" leaves it to the daemon: the isolation is not chosen.
                        builder.AddContainer("e", {|ISO0001:"mcr.microsoft.com/windows/servercore:ltsc2022"|}).WithContainerRuntimeArgs("--isolation=default");
                    }
                """);
        }

        [Fact]
        public Task Iso0007_IsolationOnALinuxImage()
        {
            return Verify("""
                    void M(IDistributedApplicationBuilder builder)
                    {
                        builder.AddContainer("a", "redis:7-alpine").WithContainerRuntimeArgs({|ISO0007:"--isolation=hyperv"|});
                        builder.AddContainer("b", "postgres", "16").WithContainerRuntimeArgs(ctx => ctx.Args.Add({|ISO0007:"--isolation=process"|}));
                        builder.AddContainer("c", "redis:7-alpine").WithContainerRuntimeArgs("--isolation=default");
                        builder.AddContainer("d", "redis:7-alpine").WithContainerRuntimeArgs("--cpus=2");
                    }
                """);
        }

        [Fact]
        public Task Iso0008_UnpinnedBaseImage()
        {
            return Verify("""
                    void M(IDistributedApplicationBuilder builder)
                    {
                        builder.AddContainer("a", {|ISO0008:"mcr.microsoft.com/windows/nanoserver"|}).WithContainerRuntimeArgs("--isolation=hyperv");
                        builder.AddContainer("b", {|ISO0008:"mcr.microsoft.com/windows/nanoserver"|}, "latest").WithContainerRuntimeArgs("--isolation=hyperv");
                        builder.AddContainer("c", {|ISO0008:"windows/servercore"|}).WithImageRegistry("mcr.microsoft.com").WithContainerRuntimeArgs("--isolation=hyperv");
                        builder.AddContainer("d", "mcr.microsoft.com/windows/nanoserver", "ltsc2022").WithContainerRuntimeArgs("--isolation=hyperv");
                        builder.AddContainer("e", "mcr.microsoft.com/windows/nanoserver").WithImageTag("ltsc2022").WithContainerRuntimeArgs("--isolation=hyperv");
                    }
                """);
        }

        [Fact]
        public Task Iso0009_MemoryInTheRuntimeArguments()
        {
            return Verify("""
                    void M(IDistributedApplicationBuilder builder)
                    {
                        builder.AddContainer("a", "mcr.microsoft.com/windows/servercore:ltsc2022").WithContainerRuntimeArgs("--isolation=hyperv", {|ISO0009:"--memory=256m"|});
                        builder.AddContainer("b", "mcr.microsoft.com/windows/servercore:ltsc2022").WithContainerRuntimeArgs("--isolation=hyperv", "-m", "2g");
                        builder.AddContainer("c", "redis:7-alpine").WithContainerRuntimeArgs("-m", {|ISO0009:"2048"|});
                        builder.AddContainer("d", "redis:7-alpine").WithContainerRuntimeArgs(ctx => ctx.Args.Add({|ISO0009:"-m512"|}));
                        builder.AddContainer("e", "redis:7-alpine").WithContainerRuntimeArgs("--memory", "512m");
                    }
                """);
        }

        [Fact]
        public Task Iso0010_UnsupportedSettings()
        {
            return Verify("""
                    void M(IDistributedApplicationBuilder builder)
                    {
                        builder.AddContainer("a", "mcr.microsoft.com/windows/servercore:ltsc2022").WithContainerRuntimeArgs("--isolation=process", {|ISO0010:"--memory-swap=1g"|});
                        builder.AddContainer("b", "mcr.microsoft.com/windows/servercore:ltsc2022").WithContainerRuntimeArgs("--isolation=hyperv", "--device", {|ISO0010:"class/5B45201D-F2F2-4F3B-85BB-30FF1F953599"|});
                        builder.AddContainer("c", "mcr.microsoft.com/windows/servercore:ltsc2022").WithContainerRuntimeArgs("--isolation=hyperv", {|ISO0010:"--network=container:db"|});
                        builder.AddContainer("d", "mcr.microsoft.com/windows/servercore:ltsc2022").WithContainerRuntimeArgs("--isolation=process", "--device", "class/5B45201D-F2F2-4F3B-85BB-30FF1F953599");
                        builder.AddContainer("e", "redis:7-alpine").WithContainerRuntimeArgs("--memory-swap=1g", "--memory-reservation=100m");
                    }
                """);
        }
    }
}
