using System.Collections.Generic;
using IsolationAnalyzers.Knowledge;
using IsolationAnalyzers.Launches;
using Microsoft.CodeAnalysis;

namespace IsolationAnalyzers.Rules
{
    /// <summary>
    /// ISO0011: a Windows container in a pod that selects no Windows nodes, so the scheduler may place it on a Linux node
    /// or a Windows node of another build. A <c>kubernetes.io/os = windows</c> or <c>windows-build</c> node selector entry,
    /// a RuntimeClass or an affinity (either may carry the scheduling), or a selector it cannot read, keeps it silent;
    /// <c>Os.Name</c> and tolerations do not (windows-containers.md §6).
    /// </summary>
    internal sealed class UnconstrainedWindowsPodRule : LaunchRule
    {
        public override DiagnosticDescriptor Descriptor => Descriptors.ISO0011;

        public override void Evaluate(LaunchFacts facts, List<Finding> findings)
        {
            if (facts.Launch.Scheduling is not { IsKnown: true, SelectorHasUnknown: false, HasAffinity: false } pod
                || !pod.BuildSelector.IsEmpty
                || SelectsWindows(pod)
                || NamesRuntimeClass(pod))
            {
                return;
            }

            foreach (var image in facts.Images)
            {
                if (image.Classification.Os != ImageOs.Windows)
                {
                    continue;
                }

                var build = image.Classification.Build;
                var hint = build is { } known
                    ? "; select nodes with 'kubernetes.io/os' = 'windows' and 'node.kubernetes.io/windows-build' = '" + KubernetesNodes.WindowsBuildLabelValue(known) + "'"
                    : "; select nodes with 'kubernetes.io/os' = 'windows' (and a 'node.kubernetes.io/windows-build' the image runs on)";
                var (edit, properties) = PodFixes.SelectWindows(pod, build);
                findings.Add(new Finding(Descriptor, image.Value.Location, new object?[] { image.Reference.Text, hint }, properties, edit));
                return;
            }
        }

        /// <summary>An os entry that may be <c>windows</c> (an unknown value may be, too).</summary>
        private static bool SelectsWindows(PodScheduling pod)
        {
            foreach (var value in pod.OsSelector)
            {
                if (!value.IsKnown || value.Text == KubernetesNodes.WindowsOs)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>A RuntimeClass whose scheduling may pin the nodes: any name, or a value not known.</summary>
        private static bool NamesRuntimeClass(PodScheduling pod)
        {
            foreach (var value in pod.RuntimeClass)
            {
                if (!value.IsKnown || !string.IsNullOrEmpty(value.Text))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
