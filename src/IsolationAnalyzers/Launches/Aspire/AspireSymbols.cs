using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;

namespace IsolationAnalyzers.Launches.Aspire
{
    /// <summary>
    /// The .NET Aspire app-model types, resolved once per compilation by full metadata name (checked against
    /// Aspire.Hosting 13.6.5). <c>AddContainer</c>, <c>WithImage</c>, <c>WithImageTag</c>, <c>WithImageRegistry</c>,
    /// <c>WithImageSHA256</c> and <c>WithContainerRuntimeArgs</c> (before 8.0 <c>WithContainerRunArgs</c>) are extension
    /// methods of <c>Aspire.Hosting.ContainerResourceBuilderExtensions</c>: a method of that name in any other type
    /// never matches. A resource builder is an <c>IResourceBuilder&lt;T&gt;</c> whose <c>T</c> is a container resource.
    /// </summary>
    internal sealed class AspireSymbols
    {
        private readonly ConcurrentDictionary<ITypeSymbol, bool> containerTypes =
            new ConcurrentDictionary<ITypeSymbol, bool>(SymbolEqualityComparer.Default);

        // One delegate for the cache look-ups, not one per call.
        private System.Func<ITypeSymbol, bool>? computeIsContainer;

        private AspireSymbols(INamedTypeSymbol extensions, INamedTypeSymbol resourceBuilder, INamedTypeSymbol containerResource)
        {
            Extensions = extensions;
            ResourceBuilder = resourceBuilder;
            ContainerResource = containerResource;
        }

        /// <summary><c>Aspire.Hosting.ContainerResourceBuilderExtensions</c>.</summary>
        public INamedTypeSymbol Extensions { get; }

        /// <summary><c>Aspire.Hosting.ApplicationModel.IResourceBuilder`1</c>.</summary>
        public INamedTypeSymbol ResourceBuilder { get; }

        /// <summary><c>Aspire.Hosting.ApplicationModel.ContainerResource</c>.</summary>
        public INamedTypeSymbol ContainerResource { get; }

        /// <summary>
        /// The resource locals of each body (operation block) analysed so far, indexed once per body: an app host's
        /// Program.cs holds dozens of resources in locals, and each chain on them asks about them.
        /// </summary>
        public System.Runtime.CompilerServices.ConditionalWeakTable<IOperation, AspireBodyIndex> Bodies { get; } =
            new System.Runtime.CompilerServices.ConditionalWeakTable<IOperation, AspireBodyIndex>();

        /// <summary>Null when the compilation does not reference Aspire.Hosting: the surface is then skipped entirely.</summary>
        public static AspireSymbols? Create(Compilation compilation)
        {
            if (!ReferencedLibraries.References(compilation, "Aspire.Hosting"))
            {
                return null;
            }

            var extensions = compilation.GetTypeByMetadataName("Aspire.Hosting.ContainerResourceBuilderExtensions");
            var builder = compilation.GetTypeByMetadataName("Aspire.Hosting.ApplicationModel.IResourceBuilder`1");
            var container = compilation.GetTypeByMetadataName("Aspire.Hosting.ApplicationModel.ContainerResource");
            return extensions is null || builder is null || container is null ? null : new AspireSymbols(extensions, builder, container);
        }

        /// <summary>True for a method declared by <c>ContainerResourceBuilderExtensions</c> (any type arguments).</summary>
        public bool IsExtension(IMethodSymbol method)
        {
            var declared = method.ReducedFrom ?? method;
            return SymbolEqualityComparer.Default.Equals(declared.ContainingType?.OriginalDefinition, Extensions);
        }

        /// <summary>
        /// True for <c>IResourceBuilder&lt;T&gt;</c> where <c>T</c> is (or is constrained to) a container resource. Asked for
        /// the type of every call in an app host, so answers are cached per resource type for the compilation.
        /// </summary>
        public bool IsContainerBuilder(ITypeSymbol? type) =>
            type is INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1 } named
            && SymbolEqualityComparer.Default.Equals(named.OriginalDefinition, ResourceBuilder)
            && IsContainer(named.TypeArguments[0]);

        /// <summary>The resource type <c>T</c> of a container resource builder (a class, or a constrained type parameter).</summary>
        public bool IsContainer(ITypeSymbol resource) =>
            containerTypes.GetOrAdd(resource, computeIsContainer ??= type => ComputeIsContainer(type, 0));

        private bool ComputeIsContainer(ITypeSymbol type, int depth)
        {
            if (type is ITypeParameterSymbol parameter)
            {
                if (depth > 8)
                {
                    return false;
                }

                foreach (var constraint in parameter.ConstraintTypes)
                {
                    if (ComputeIsContainer(constraint, depth + 1))
                    {
                        return true;
                    }
                }

                return false;
            }

            for (var current = type as INamedTypeSymbol; current is not null; current = current.BaseType)
            {
                if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, ContainerResource))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
