using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using System.Threading.Tasks;
using IsolationAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace IsolationAnalyzers.CodeFixes
{
    /// <summary>"Pin the image to the host's OS release" (ISO0003, ISO0008): one action per configured host's release.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PinImageCodeFixProvider)), Shared]
    public sealed class PinImageCodeFixProvider : CodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } =
            ImmutableArray.Create(RuleIds.ImageNewerThanHost, RuleIds.UnpinnedWindowsBaseImage);

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            foreach (var diagnostic in context.Diagnostics)
            {
                if (LaunchEditor.EditOf(diagnostic) is null
                    || !diagnostic.Properties.TryGetValue(FixProperties.PinCount, out var countText)
                    || !int.TryParse(countText, NumberStyles.None, CultureInfo.InvariantCulture, out var count))
                {
                    continue;
                }

                for (var i = 0; i < count; i++)
                {
                    var index = i.ToString(CultureInfo.InvariantCulture);
                    if (!diagnostic.Properties.TryGetValue(FixProperties.PinnedImage + index, out var image) || image is null
                        || !diagnostic.Properties.TryGetValue(FixProperties.PinnedRelease + index, out var release) || release is null)
                    {
                        continue;
                    }

                    // The tag alone where the image's tag is edited apart from it (Aspire), else the whole image.
                    var written = diagnostic.Properties.TryGetValue(FixProperties.PinnedValue + index, out var value) && value is not null ? value : image;
                    await LaunchEditor.RegisterAsync(
                        context,
                        diagnostic,
                        "Pin the image to " + release + " ('" + image + "')",
                        written,
                        EquivalenceKeys.PinImage(release)).ConfigureAwait(false);
                }
            }
        }
    }
}
