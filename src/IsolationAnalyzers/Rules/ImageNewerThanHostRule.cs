using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using IsolationAnalyzers.Knowledge;
using IsolationAnalyzers.Launches;
using Microsoft.CodeAnalysis;

namespace IsolationAnalyzers.Rules
{
    /// <summary>ISO0003: an image build newer than some configured host; no isolation mode can run it there.</summary>
    internal sealed class ImageNewerThanHostRule : LaunchRule
    {
        public override DiagnosticDescriptor Descriptor => Descriptors.ISO0003;

        public override void Evaluate(LaunchFacts facts, List<Finding> findings)
        {
            if (facts.Hosts.IsEmpty)
            {
                return;
            }

            foreach (var image in facts.Images)
            {
                if (image.Classification.Os != ImageOs.Windows || image.Classification.Build is not { } build)
                {
                    continue;
                }

                var older = facts.HostsOlderThan(build);
                if (older.Count == 0)
                {
                    continue;
                }

                var edit = PinEdit(image);
                findings.Add(new Finding(
                    Descriptor,
                    image.Value.Location,
                    new object?[] { image.Reference.Text, build, LaunchFacts.Describe(older) },
                    edit.Kind != LaunchEditKind.None ? PinChoices(image, older) : null,
                    edit));
            }
        }

        /// <summary>
        /// How the pin fix rewrites the image: its tag alone where the recognizer says so (Aspire), else the literal (or a
        /// token inside one). A constant is never rewritten: it may serve other launches.
        /// </summary>
        internal static LaunchEdit PinEdit(ClassifiedImage image)
        {
            var value = image.Value;
            if (value.TagEdit.Kind != LaunchEditKind.None)
            {
                return value.TagEdit;
            }

            return value.IsStringLiteral || value.Edit.Kind == LaunchEditKind.ReplaceText ? value.Edit : default;
        }

        /// <summary>One retagged image per configured host that is too old, in the image's own naming scheme.</summary>
        internal static ImmutableDictionary<string, string?> PinChoices(ClassifiedImage image, IEnumerable<HostOs> hosts)
        {
            var properties = ImmutableDictionary.CreateBuilder<string, string?>();
            var seen = new HashSet<string>();
            var count = 0;
            foreach (var host in hosts)
            {
                var target = HostCompatibility.NewestRunnableImageBuild(host.Build, IsolationMode.Process)
                    ?? HostCompatibility.NewestRunnableImageBuild(host.Build, IsolationMode.HyperV);
                if (target is not { } build
                    || ImageRetagger.PinToBuild(image.Reference, image.Classification, build) is not { } pinned
                    || pinned == image.Reference.Text
                    || !seen.Add(pinned))
                {
                    continue;
                }

                var tagOnly = image.Value.TagEdit.Kind != LaunchEditKind.None;
                var tag = tagOnly ? ImageReference.Parse(pinned)?.Tag : null;
                if (tagOnly && tag is null)
                {
                    continue;
                }

                var index = count.ToString(CultureInfo.InvariantCulture);
                properties[FixProperties.PinnedImage + index] = pinned;
                if (tagOnly)
                {
                    properties[FixProperties.PinnedValue + index] = tag;
                }

                properties[FixProperties.PinnedRelease + index] = WindowsReleases.ReleaseTokenForBuild(build) ?? host.Name;
                count++;
            }

            if (count > 0)
            {
                properties[FixProperties.PinCount] = count.ToString(CultureInfo.InvariantCulture);
            }

            return properties.ToImmutable();
        }
    }
}
