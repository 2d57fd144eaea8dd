using System.Collections.Immutable;

namespace IsolationAnalyzers.Launches
{
    /// <summary>
    /// What the pod of a Kubernetes container says about where it runs and with which runtime (rules.md §1.1,
    /// windows-containers.md §6), as written: its RuntimeClass, the node selector entries the rules care about, and
    /// whether anything else (affinity, an opaque selector) may carry the scheduling. Each value keeps its expression,
    /// and the edits say where a fix adds selector entries or a RuntimeClass.
    /// </summary>
    internal sealed class PodScheduling
    {
        /// <summary>A container whose pod is not built in the same method: nothing is known of it.</summary>
        public static readonly PodScheduling Unknown = new PodScheduling { IsKnown = false, SelectorHasUnknown = true };

        /// <summary>False when the container's pod spec was not found: its runtime and scheduling are unknown.</summary>
        public bool IsKnown { get; init; } = true;

        /// <summary>The values of <c>RuntimeClassName</c>; empty when it is not set.</summary>
        public ImmutableArray<LaunchValue> RuntimeClass { get; init; } = ImmutableArray<LaunchValue>.Empty;

        /// <summary>The values of the <c>kubernetes.io/os</c> node selector entry; empty when there is none.</summary>
        public ImmutableArray<LaunchValue> OsSelector { get; init; } = ImmutableArray<LaunchValue>.Empty;

        /// <summary>The values of the <c>node.kubernetes.io/windows-build</c> node selector entry; empty when there is none.</summary>
        public ImmutableArray<LaunchValue> BuildSelector { get; init; } = ImmutableArray<LaunchValue>.Empty;

        /// <summary>The node selector, or an entry's key, is not a compile-time value: it may select anything.</summary>
        public bool SelectorHasUnknown { get; init; }

        /// <summary><c>Affinity</c> is set: node affinity may carry the scheduling.</summary>
        public bool HasAffinity { get; init; }

        /// <summary>How a fix adds node selector entries (to the dictionary, or a new <c>NodeSelector</c> on the pod spec).</summary>
        public LaunchEdit SelectorEdit { get; init; }

        /// <summary>How a fix sets <c>RuntimeClassName</c> when the pod names none (added to the pod spec).</summary>
        public LaunchEdit RuntimeClassEdit { get; init; }
    }
}
