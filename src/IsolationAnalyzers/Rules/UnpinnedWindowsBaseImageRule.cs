using System.Collections.Generic;
using IsolationAnalyzers.Knowledge;
using IsolationAnalyzers.Launches;
using Microsoft.CodeAnalysis;

namespace IsolationAnalyzers.Rules
{
    /// <summary>ISO0008: a Windows base OS image whose tag names no OS release (no tag, <c>latest</c>, …).</summary>
    internal sealed class UnpinnedWindowsBaseImageRule : LaunchRule
    {
        /// <summary>Without configured hosts, the fix offers the current LTSC releases.</summary>
        private static readonly HostOs[] DefaultTargets = { new HostOs("ltsc2025", 26100), new HostOs("ltsc2022", 20348) };

        public override DiagnosticDescriptor Descriptor => Descriptors.ISO0008;

        public override void Evaluate(LaunchFacts facts, List<Finding> findings)
        {
            foreach (var image in facts.Images)
            {
                var classification = image.Classification;
                if (!classification.IsWindowsBaseOsImage || classification.ReleaseToken is not null || classification.IsPinnedByDigest)
                {
                    continue;
                }

                IEnumerable<HostOs> targets = facts.Hosts.IsEmpty ? DefaultTargets : facts.Hosts;
                var choices = ImageNewerThanHostRule.PinChoices(image, targets);
                if (!choices.ContainsKey(FixProperties.PinCount))
                {
                    // mcr.microsoft.com/windows publishes 1809 but neither 2022 nor 2025 images.
                    choices = ImageNewerThanHostRule.PinChoices(image, new[] { new HostOs("ltsc2019", 17763) });
                }

                var edit = ImageNewerThanHostRule.PinEdit(image);
                var example = choices.TryGetValue(FixProperties.PinnedImage + "0", out var first) && first is not null ? first : image.Reference.WithTag("ltsc2022");
                findings.Add(new Finding(
                    Descriptor,
                    image.Value.Location,
                    new object?[] { image.Reference.Text, example },
                    edit.Kind != LaunchEditKind.None ? choices : null,
                    edit));
            }
        }
    }
}
