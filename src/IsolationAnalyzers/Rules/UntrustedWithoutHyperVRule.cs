using System.Collections.Generic;
using IsolationAnalyzers.Configuration;
using IsolationAnalyzers.Knowledge;
using IsolationAnalyzers.Launches;
using Microsoft.CodeAnalysis;

namespace IsolationAnalyzers.Rules
{
    /// <summary>ISO0004: an untrusted workload (rules.md §4) that can run without Hyper-V isolation.</summary>
    internal sealed class UntrustedWithoutHyperVRule : LaunchRule
    {
        public override DiagnosticDescriptor Descriptor => Descriptors.ISO0004;

        public override void Evaluate(LaunchFacts facts, List<Finding> findings)
        {
            var launch = facts.Launch;
            if (!launch.HasImage || launch.Images.IsEmpty || facts.IsLinux || facts.IsolationHasUnknown || facts.CanBeHyperV)
            {
                return;
            }

            if (WhyUntrusted(facts) is not { } reason)
            {
                return;
            }

            if (launch.Scheduling is { } pod)
            {
                ReportPod(facts, pod, reason, findings);
                return;
            }

            if (facts.IsolationAbsent)
            {
                findings.Add(new Finding(Descriptor, launch.Creation, new object?[] { reason, string.Empty }, edit: launch.IsolationEdit));
                return;
            }

            foreach (var value in launch.Isolation)
            {
                var kind = IsolationValues.Classify(value.Text);
                if (kind is IsolationValueKind.Process or IsolationValueKind.Invalid)
                {
                    findings.Add(new Finding(Descriptor, value.Location, new object?[] { reason, " (isolation '" + value.Text + "')" }, edit: value.Edit));
                }
            }
        }

        /// <summary>
        /// A pod (rules.md §1.1): on each RuntimeClass name that is not a Hyper-V one, else on the image; the fix names the
        /// first configured Hyper-V RuntimeClass.
        /// </summary>
        private void ReportPod(LaunchFacts facts, PodScheduling pod, string reason, List<Finding> findings)
        {
            var classes = facts.Settings.HyperVRuntimeClasses;
            foreach (var value in facts.NonHyperVRuntimeClasses)
            {
                var (edit, properties) = PodFixes.UseHyperVRuntimeClass(pod, value, classes);
                var why = " (RuntimeClass '" + value.Text + "' is not in hyperv_runtime_classes: " + string.Join(", ", classes) + ")";
                findings.Add(new Finding(Descriptor, value.Location, new object?[] { reason, why }, properties, edit));
            }

            if (facts.NonHyperVRuntimeClasses.Count == 0)
            {
                var (edit, properties) = PodFixes.UseHyperVRuntimeClass(pod, null, classes);
                const string Why = " (the pod names no RuntimeClass, and Kubernetes runs Windows containers process-isolated)";
                findings.Add(new Finding(Descriptor, facts.Launch.Images[0].Location, new object?[] { reason, Why }, properties, edit));
            }
        }

        /// <summary>Why the launch is untrusted (rules.md §4), or null when it is trusted.</summary>
        internal static string? WhyUntrusted(LaunchFacts facts)
        {
            switch (facts.Trust.Marker)
            {
                case TrustMarker.Untrusted:
                    return "[UntrustedWorkload] on " + facts.Trust.Where;
                case TrustMarker.Trusted:
                    return null;
            }

            var settings = facts.Settings;
            if (settings.WorkloadTrust == WorkloadTrust.Untrusted)
            {
                return "workload_trust = untrusted";
            }

            if (settings.WorkloadTrust == WorkloadTrust.CallerSupplied)
            {
                foreach (var image in facts.Launch.Images)
                {
                    if (image.SourceParameter is { } parameter)
                    {
                        return "the image comes from parameter '" + parameter.Name + "' and workload_trust = caller_supplied";
                    }
                }
            }

            if (!settings.TrustedRegistries.IsEmpty)
            {
                foreach (var image in facts.Launch.Images)
                {
                    if (!image.IsKnown)
                    {
                        return "the image is not a compile-time value and trusted_registries is set";
                    }

                    if (ImageReference.Parse(image.Text) is { } reference && !settings.TrustedRegistries.Contains(reference.NormalizedRegistry))
                    {
                        return "registry '" + reference.NormalizedRegistry + "' is not in trusted_registries";
                    }
                }
            }

            return null;
        }
    }
}
