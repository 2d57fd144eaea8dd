using Microsoft.CodeAnalysis;

namespace IsolationAnalyzers.Launches
{
    /// <summary>
    /// The Testcontainers for .NET types, resolved once per compilation by full metadata name (checked against
    /// Testcontainers 4.16.0). Every container builder, <c>ContainerBuilder</c> and the module builders
    /// (<c>Testcontainers.MsSql.MsSqlBuilder</c> …), derives from <c>ContainerBuilder&lt;TBuilderEntity,
    /// TContainerEntity, TConfigurationEntity&gt;</c>, which declares <c>WithImage</c>; its base
    /// <c>AbstractBuilder&lt;…&gt;</c> declares <c>WithCreateParameterModifier</c>. Look-alike builders in other
    /// namespaces never match.
    /// </summary>
    internal sealed class TestcontainersSymbols
    {
        private TestcontainersSymbols(
            INamedTypeSymbol? containerBuilder,
            INamedTypeSymbol? genericContainerBuilder,
            INamedTypeSymbol? containerBuilderInterface,
            INamedTypeSymbol? dockerImage,
            INamedTypeSymbol? image,
            INamedTypeSymbol? platform,
            INamedTypeSymbol? hostConfig,
            bool hostConfigMayBeNull)
        {
            HostConfig = hostConfig;
            HostConfigMayBeNull = hostConfigMayBeNull;
            ContainerBuilder = containerBuilder;
            GenericContainerBuilder = genericContainerBuilder;
            ContainerBuilderInterface = containerBuilderInterface;
            DockerImage = dockerImage;
            Image = image;
            Platform = platform;
        }

        /// <summary><c>DotNet.Testcontainers.Builders.ContainerBuilder</c>: the generic builder, which needs an image.</summary>
        public INamedTypeSymbol? ContainerBuilder { get; }

        /// <summary><c>DotNet.Testcontainers.Builders.ContainerBuilder`3</c>: the base of every container builder.</summary>
        public INamedTypeSymbol? GenericContainerBuilder { get; }

        /// <summary><c>DotNet.Testcontainers.Builders.IContainerBuilder`3</c>: builders held as the interface.</summary>
        public INamedTypeSymbol? ContainerBuilderInterface { get; }

        /// <summary><c>DotNet.Testcontainers.Images.DockerImage</c>.</summary>
        public INamedTypeSymbol? DockerImage { get; }

        /// <summary><c>DotNet.Testcontainers.Images.IImage</c>.</summary>
        public INamedTypeSymbol? Image { get; }

        /// <summary><c>DotNet.Testcontainers.Images.Platform</c> (the <c>DockerImage(string, Platform)</c> argument).</summary>
        public INamedTypeSymbol? Platform { get; }

        /// <summary><c>Docker.DotNet.Models.HostConfig</c> (Testcontainers 4.1+ builds on Docker.DotNet.Enhanced).</summary>
        public INamedTypeSymbol? HostConfig { get; }

        /// <summary>
        /// True when <c>CreateContainerParameters.HostConfig</c> is annotated nullable (Docker.DotNet.Enhanced): code a
        /// fix writes then says <c>p.HostConfig!.Isolation</c> where nullable warnings are on.
        /// </summary>
        public bool HostConfigMayBeNull { get; }

        /// <summary>Null when the compilation does not reference Testcontainers: the surface is then skipped entirely.</summary>
        public static TestcontainersSymbols? Create(Compilation compilation)
        {
            if (!ReferencedLibraries.References(compilation, "Testcontainers"))
            {
                return null;
            }

            var generic = compilation.GetTypeByMetadataName("DotNet.Testcontainers.Builders.ContainerBuilder`3");
            var builderInterface = compilation.GetTypeByMetadataName("DotNet.Testcontainers.Builders.IContainerBuilder`3");
            if (generic is null && builderInterface is null)
            {
                return null;
            }

            return new TestcontainersSymbols(
                compilation.GetTypeByMetadataName("DotNet.Testcontainers.Builders.ContainerBuilder"),
                generic,
                builderInterface,
                compilation.GetTypeByMetadataName("DotNet.Testcontainers.Images.DockerImage"),
                compilation.GetTypeByMetadataName("DotNet.Testcontainers.Images.IImage"),
                compilation.GetTypeByMetadataName("DotNet.Testcontainers.Images.Platform"),
                compilation.GetTypeByMetadataName("Docker.DotNet.Models.HostConfig"),
                HostConfigIsAnnotated(compilation.GetTypeByMetadataName("Docker.DotNet.Models.CreateContainerParameters")));
        }

        /// <summary>True for a container builder: a class deriving from <c>ContainerBuilder`3</c> or the builder interface.</summary>
        /// <summary>
        /// Whether a type is a container builder. Asked for the type of every call in a project that references
        /// Testcontainers, so answers are cached per type for the compilation.
        /// </summary>
        private readonly System.Collections.Concurrent.ConcurrentDictionary<INamedTypeSymbol, bool> builderTypes =
            new System.Collections.Concurrent.ConcurrentDictionary<INamedTypeSymbol, bool>(SymbolEqualityComparer.Default);

        // One delegate for the cache look-ups, not one per call.
        private System.Func<INamedTypeSymbol, bool>? computeIsBuilder;

        public bool IsBuilder(ITypeSymbol? type)
        {
            if (type is not INamedTypeSymbol named || named.SpecialType != SpecialType.None)
            {
                return false;
            }

            return builderTypes.GetOrAdd(named, computeIsBuilder ??= ComputeIsBuilder);
        }

        private bool ComputeIsBuilder(INamedTypeSymbol named)
        {
            if (named.TypeKind == TypeKind.Interface)
            {
                if (ContainerBuilderInterface is null)
                {
                    return false;
                }

                if (Is(named.OriginalDefinition, ContainerBuilderInterface))
                {
                    return true;
                }

                foreach (var implemented in named.AllInterfaces)
                {
                    if (Is(implemented.OriginalDefinition, ContainerBuilderInterface))
                    {
                        return true;
                    }
                }

                return false;
            }

            if (GenericContainerBuilder is null)
            {
                return false;
            }

            for (var current = named; current is not null; current = current.BaseType)
            {
                if (Is(current.OriginalDefinition, GenericContainerBuilder))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool HostConfigIsAnnotated(INamedTypeSymbol? parameters)
        {
            if (parameters is null)
            {
                return false;
            }

            foreach (var member in parameters.GetMembers("HostConfig"))
            {
                if (member is IPropertySymbol { NullableAnnotation: NullableAnnotation.Annotated })
                {
                    return true;
                }
            }

            return false;
        }

        public static bool Is(ITypeSymbol? type, INamedTypeSymbol? expected) =>
            expected is not null && SymbolEqualityComparer.Default.Equals(type, expected);
    }
}
