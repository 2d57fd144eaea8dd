using System.Collections.Immutable;
using IsolationAnalyzers.Knowledge;
using IsolationAnalyzers.Launches;

namespace IsolationAnalyzers.Rules
{
    /// <summary>
    /// The fixes of a Kubernetes pod (rules.md §6): which edit each makes and the value it writes, carried in the
    /// diagnostic's properties. Node selector entries are written as one <c>key=value</c> per line.
    /// </summary>
    internal static class PodFixes
    {
        /// <summary>ISO0002: select nodes of the image's build.</summary>
        public const string SelectBuildNodes = "SelectBuildNodes";

        /// <summary>ISO0004: run the pod in a Hyper-V RuntimeClass.</summary>
        public const string HyperVRuntimeClass = "HyperVRuntimeClass";

        /// <summary>ISO0011: select Windows nodes (and the image's build when it is known).</summary>
        public const string SelectWindowsNodes = "SelectWindowsNodes";

        /// <summary>ISO0002: replace the pod's windows-build selector value, or add the entry to its node selector.</summary>
        public static (LaunchEdit Edit, ImmutableDictionary<string, string?> Properties) SelectBuild(PodScheduling pod, int build)
        {
            var label = KubernetesNodes.WindowsBuildLabelValue(build);
            if (pod.BuildSelector.Length == 1 && pod.BuildSelector[0].IsKnown)
            {
                return (pod.BuildSelector[0].Edit, Properties(SelectBuildNodes, label));
            }

            return pod.BuildSelector.IsEmpty && !pod.SelectorHasUnknown
                ? (pod.SelectorEdit, Properties(SelectBuildNodes, Entry(KubernetesNodes.WindowsBuildLabel, label)))
                : (LaunchEdit.None, ImmutableDictionary<string, string?>.Empty);
        }

        /// <summary>ISO0004: the first configured Hyper-V RuntimeClass, replacing <paramref name="value"/> or added to the pod spec.</summary>
        public static (LaunchEdit Edit, ImmutableDictionary<string, string?> Properties) UseHyperVRuntimeClass(PodScheduling pod, LaunchValue? value, ImmutableArray<string> hyperVRuntimeClasses)
        {
            var edit = value is { } named ? named.Edit
                : pod.RuntimeClass.IsEmpty ? pod.RuntimeClassEdit
                : pod.RuntimeClass.Length == 1 && pod.RuntimeClass[0].IsKnown ? pod.RuntimeClass[0].Edit
                : LaunchEdit.None;
            return (edit, Properties(HyperVRuntimeClass, hyperVRuntimeClasses[0]));
        }

        /// <summary>ISO0011: <c>kubernetes.io/os = windows</c>, and the windows-build entry when the image build is known.</summary>
        public static (LaunchEdit Edit, ImmutableDictionary<string, string?> Properties) SelectWindows(PodScheduling pod, int? build)
        {
            if (!pod.OsSelector.IsEmpty || pod.SelectorHasUnknown)
            {
                // An os entry is there already (linux, say): the user decides what the pod is.
                return (LaunchEdit.None, ImmutableDictionary<string, string?>.Empty);
            }

            var entries = Entry(KubernetesNodes.OsLabel, KubernetesNodes.WindowsOs);
            if (build is { } known)
            {
                entries += "\n" + Entry(KubernetesNodes.WindowsBuildLabel, KubernetesNodes.WindowsBuildLabelValue(known));
            }

            return (pod.SelectorEdit, Properties(SelectWindowsNodes, entries));
        }

        private static string Entry(string key, string value) => key + "=" + value;

        private static ImmutableDictionary<string, string?> Properties(string fix, string value) =>
            ImmutableDictionary<string, string?>.Empty.Add(FixProperties.PodFix, fix).Add(FixProperties.PodFixValue, value);
    }
}
