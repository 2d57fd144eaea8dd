using System.Threading.Tasks;
using IsolationAnalyzers.Tests.Verifiers;
using Xunit;

namespace IsolationAnalyzers.Tests.Aspire
{
    public class AspireLaunchTests
    {
        private const string Usings = """
            using System.Threading.Tasks;
            using Aspire.Hosting;
            using Aspire.Hosting.ApplicationModel;

            """;

        private static Task Verify(string members, string? editorConfig = null) =>
            Verifiers.Verify.Analyzer(Usings + "class AppModel\n{\n" + members + "\n}\n", editorConfig, DockerLibrary.Aspire);

        [Fact]
        public Task Smoke()
        {
            return Verify("""
                    void M(IDistributedApplicationBuilder builder)
                    {
                        builder.AddContainer("agent", {|ISO0001:"mcr.microsoft.com/windows/servercore:ltsc2022"|});
                        var c = builder.AddContainer("b", {|ISO0001:"mcr.microsoft.com/windows/servercore"|}, "ltsc2022").WithEnvironment("A", "B");
                        c.WithVolume("/data");
                        builder.AddContainer("c", "mcr.microsoft.com/windows/servercore:ltsc2022").WithContainerRuntimeArgs("--isolation=hyperv");
                        builder.AddContainer("d", "mcr.microsoft.com/windows/servercore:ltsc2022").WithContainerRuntimeArgs({|ISO0005:"--isolation=sandbox"|});
                        builder.AddContainer("e", "mcr.microsoft.com/windows/servercore:ltsc2022").WithContainerRuntimeArgs(ctx => ctx.Args.Add({|ISO0006:"--isolation=HyperV"|}));
                        var f = DistributedApplication.CreateBuilder().AddContainer("f", {|ISO0001:"mcr.microsoft.com/windows/nanoserver:ltsc2022"|});
                    }
                """);
        }
    }
}
