using DotNet.Testcontainers.Builders;
using DotNet.Testcontainers.Containers;

namespace IntegrationTests
{
    /// <summary>
    /// Build agents and toolchains for the pipeline tests, made from the shared images and builder extensions: the
    /// findings here need the analyzer to follow values into other members and methods.
    /// </summary>
    public sealed class BuildAgentFixture
    {
        /// <summary>The shared defaults give the chain its Windows image; nothing gives it an isolation mode.</summary>
        public IContainer CreateAgent() =>
            new ContainerBuilder()
                .WithWindowsAgentDefaults() // expect: ISO0001
                .WithName("agent")
                .Build();

        /// <summary>The same agent, sandboxed: nothing to report.</summary>
        public IContainer CreateSandboxedAgent() =>
            new ContainerBuilder()
                .WithWindowsAgentDefaults()
                .WithSandbox()
                .Build();

        /// <summary>Each toolchain on the fast path; the legacy one is a 2019 image, which a 2022 agent cannot share its kernel with.</summary>
        public IContainer CreateToolchain(Toolchain toolchain) =>
            new ContainerBuilder(CommonImages.Sdk(toolchain))
                .WithSharedKernel() // expect: ISO0002
                .WithCommand("msbuild", "-version")
                .Build();

        /// <summary>A preview of the next agent image, which no 2022 agent can run.</summary>
        public IContainer CreateNextAgent() =>
            new ContainerBuilder(CommonImages.ServerCoreNext) // expect: ISO0003
                .WithSandbox()
                .Build();

        /// <summary>A quick tool container, through the helper every fixture uses to add clean-up.</summary>
        public IContainer CreateTool() => BuildWithCleanUp(new ContainerBuilder(CommonImages.NanoServer)); // expect: ISO0001

        /// <summary>The Linux cache, through the same helper: nothing to report.</summary>
        public IContainer CreateCache() => BuildWithCleanUp(new ContainerBuilder(CommonImages.Redis).WithPortBinding(6379, assignRandomHostPort: true));

        /// <summary>The old data layer's tests run against SQL Server Express in a Windows container.</summary>
        public IContainer CreateLegacyDatabase() =>
            new ContainerBuilder(CommonImages.SqlServerExpress) // expect: ISO0001
                .WithEnvironment("ACCEPT_EULA", "Y")
                .Build();

        /// <summary>The helper continues its caller's chain, so the analyzer judges each call's chain.</summary>
        private static IContainer BuildWithCleanUp(ContainerBuilder builder) =>
            builder.WithAutoRemove(true).WithCleanUp(true).Build();
    }
}
