using DotNet.Testcontainers.Builders;

namespace IntegrationTests
{
    /// <summary>
    /// The settings the Windows fixtures share, as builder extension methods. The analyzer runs their calls in the
    /// caller's chain, so a chain that gets its image here and no isolation anywhere is reported at the call of
    /// <see cref="WithWindowsAgentDefaults"/>.
    /// </summary>
    public static class WindowsContainerBuilderExtensions
    {
        /// <summary>The agent image, its environment and its readiness check.</summary>
        public static ContainerBuilder WithWindowsAgentDefaults(this ContainerBuilder builder) =>
            builder.WithImage(CommonImages.ServerCore)
                .WithEnvironment("AGENT_POOL", "integration")
                .WithWaitStrategy(Wait.ForWindowsContainer().UntilCommandIsCompleted("cmd", "/c", "ver"));

        /// <summary>Hyper-V isolation: each container gets its own utility VM.</summary>
        public static ContainerBuilder WithSandbox(this ContainerBuilder builder) =>
            builder.WithCreateParameterModifier(p => p.HostConfig!.Isolation = "hyperv");

        /// <summary>Process isolation, the fast path: only for images of the agents' own release.</summary>
        public static ContainerBuilder WithSharedKernel(this ContainerBuilder builder) =>
            builder.WithCreateParameterModifier(p => p.HostConfig!.Isolation = "process");
    }
}
