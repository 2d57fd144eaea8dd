using Microsoft.CodeAnalysis;

namespace IsolationAnalyzers.Launches
{
    /// <summary>
    /// The Docker.DotNet model types, resolved once per compilation by full metadata name. Docker.DotNet 3.125.x and
    /// Docker.DotNet.Enhanced 4.x ship the same names; look-alike types elsewhere (IoT Edge, Aspire) never match.
    /// </summary>
    internal sealed class DockerDotNetSymbols
    {
        private DockerDotNetSymbols(
            INamedTypeSymbol? createContainerParameters,
            INamedTypeSymbol? hostConfig,
            INamedTypeSymbol? containerSpec,
            INamedTypeSymbol? config,
            INamedTypeSymbol? containerConfig)
        {
            CreateContainerParameters = createContainerParameters;
            HostConfig = hostConfig;
            ContainerSpec = containerSpec;
            Config = config;
            ContainerConfig = containerConfig;
        }

        public INamedTypeSymbol? CreateContainerParameters { get; }

        public INamedTypeSymbol? HostConfig { get; }

        public INamedTypeSymbol? ContainerSpec { get; }

        /// <summary>The copy-constructor argument type of Docker.DotNet 3.x.</summary>
        public INamedTypeSymbol? Config { get; }

        /// <summary>The copy-constructor argument type of Docker.DotNet.Enhanced 4.x.</summary>
        public INamedTypeSymbol? ContainerConfig { get; }

        /// <summary>Null when the compilation does not reference Docker.DotNet: the surface is then skipped entirely.</summary>
        public static DockerDotNetSymbols? Create(Compilation compilation)
        {
            if (!ReferencedLibraries.References(compilation, "Docker.DotNet"))
            {
                return null;
            }

            var parameters = compilation.GetTypeByMetadataName("Docker.DotNet.Models.CreateContainerParameters");
            var hostConfig = compilation.GetTypeByMetadataName("Docker.DotNet.Models.HostConfig");
            var containerSpec = compilation.GetTypeByMetadataName("Docker.DotNet.Models.ContainerSpec");
            if (parameters is null && hostConfig is null && containerSpec is null)
            {
                return null;
            }

            return new DockerDotNetSymbols(
                parameters,
                hostConfig,
                containerSpec,
                compilation.GetTypeByMetadataName("Docker.DotNet.Models.Config"),
                compilation.GetTypeByMetadataName("Docker.DotNet.Models.ContainerConfig"));
        }

        public static bool Is(ITypeSymbol? type, INamedTypeSymbol? expected) =>
            expected is not null && SymbolEqualityComparer.Default.Equals(type, expected);
    }
}
