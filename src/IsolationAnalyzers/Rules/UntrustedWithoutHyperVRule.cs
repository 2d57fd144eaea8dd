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
