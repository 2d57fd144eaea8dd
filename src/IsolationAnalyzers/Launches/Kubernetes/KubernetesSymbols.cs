using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace IsolationAnalyzers.Launches.Kubernetes
{
    /// <summary>
    /// The KubernetesClient model types (namespace <c>k8s.Models</c>, checked against KubernetesClient 21.0.8), resolved
    /// once per compilation by full metadata name. Look-alike <c>V1Container</c>/<c>V1PodSpec</c> types in other
    /// namespaces never match.
    /// </summary>
    internal sealed class KubernetesSymbols
    {
        private const string Models = "k8s.Models.";

        /// <summary>The types whose <c>Spec</c>, <c>Template</c> or <c>JobTemplate</c> leads to a pod spec, workload to pod template.</summary>
        private static readonly string[] OwnerTypeNames =
        {
            "V1Pod", "V1PodTemplateSpec",
            "V1Deployment", "V1DeploymentSpec",
            "V1StatefulSet", "V1StatefulSetSpec",
            "V1DaemonSet", "V1DaemonSetSpec",
            "V1ReplicaSet", "V1ReplicaSetSpec",
            "V1Job", "V1JobSpec",
            "V1CronJob", "V1CronJobSpec", "V1JobTemplateSpec",
        };

        private KubernetesSymbols(
            INamedTypeSymbol container,
            INamedTypeSymbol? podSpec,
            INamedTypeSymbol? podOs,
            INamedTypeSymbol? resourceRequirements,
            INamedTypeSymbol? resourceQuantity,
            ImmutableArray<INamedTypeSymbol> owners)
        {
            Container = container;
            PodSpec = podSpec;
            PodOs = podOs;
            ResourceRequirements = resourceRequirements;
            ResourceQuantity = resourceQuantity;
            Owners = owners;
        }

        /// <summary><c>k8s.Models.V1Container</c>: each one in a pod spec is a launch.</summary>
        public INamedTypeSymbol Container { get; }

        /// <summary><c>k8s.Models.V1PodSpec</c>: the node selector, RuntimeClass and containers of a pod.</summary>
        public INamedTypeSymbol? PodSpec { get; }

        /// <summary><c>k8s.Models.V1PodOS</c> (<c>Os.Name</c>).</summary>
        public INamedTypeSymbol? PodOs { get; }

        /// <summary><c>k8s.Models.V1ResourceRequirements</c> (<c>Resources.Limits</c>).</summary>
        public INamedTypeSymbol? ResourceRequirements { get; }

        /// <summary><c>k8s.Models.ResourceQuantity</c>.</summary>
        public INamedTypeSymbol? ResourceQuantity { get; }

        /// <summary>The pod, pod template and workload types (and their specs) that hold a pod spec.</summary>
        public ImmutableArray<INamedTypeSymbol> Owners { get; }

        /// <summary>Null when the compilation does not reference KubernetesClient: the surface is then skipped entirely.</summary>
        public static KubernetesSymbols? Create(Compilation compilation)
        {
            if (!ReferencedLibraries.References(compilation, "KubernetesClient")
                && !ReferencedLibraries.References(compilation, "KubernetesClient.Aot"))
            {
                return null;
            }

            if (Library(compilation, "V1Container") is not { } container)
            {
                return null;
            }

            var owners = ImmutableArray.CreateBuilder<INamedTypeSymbol>();
            foreach (var name in OwnerTypeNames)
            {
                if (Library(compilation, name) is { } owner)
                {
                    owners.Add(owner);
                }
            }

            return new KubernetesSymbols(
                container,
                Library(compilation, "V1PodSpec"),
                Library(compilation, "V1PodOS"),
                Library(compilation, "V1ResourceRequirements"),
                Library(compilation, "ResourceQuantity"),
                owners.ToImmutable());
        }

        /// <summary>
        /// The model type of that name from a referenced assembly. A type the project declares itself under the same
        /// name (which the compiler prefers, with warning CS0436) is a look-alike: its members are not the library's.
        /// </summary>
        private static INamedTypeSymbol? Library(Compilation compilation, string name) =>
            compilation.GetTypeByMetadataName(Models + name) is { } type && !SymbolEqualityComparer.Default.Equals(type.ContainingAssembly, compilation.Assembly) ? type : null;

        public static bool Is(ITypeSymbol? type, INamedTypeSymbol? expected) =>
            expected is not null && SymbolEqualityComparer.Default.Equals(type, expected);

        /// <summary>A property through which an owner leads to the pod spec: <c>Spec</c>, <c>Template</c>, <c>JobTemplate</c> of an owner type.</summary>
        public bool IsOwnerProperty(IPropertySymbol property)
        {
            if (property.Name is not ("Spec" or "Template" or "JobTemplate"))
            {
                return false;
            }

            foreach (var owner in Owners)
            {
                if (SymbolEqualityComparer.Default.Equals(property.ContainingType, owner))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
