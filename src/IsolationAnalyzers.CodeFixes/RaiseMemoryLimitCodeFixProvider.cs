using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using IsolationAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace IsolationAnalyzers.CodeFixes
{
    /// <summary>
    /// "Raise the memory limit" (ISO0009) to the documented minimum, and for values under 1 MB "Interpret the value
    /// as megabytes" (<c>2048</c> → <c>2048L * 1024 * 1024</c>, <c>-m 2048</c> → <c>-m 2048m</c>).
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RaiseMemoryLimitCodeFixProvider)), Shared]
    public sealed class RaiseMemoryLimitCodeFixProvider : CodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.MemoryBelowMinimum);

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            foreach (var diagnostic in context.Diagnostics)
            {
                if (LaunchEditor.EditOf(diagnostic) is null)
                {
                    continue;
                }

                if (diagnostic.Properties.TryGetValue(FixProperties.RaiseMemoryTo, out var raised) && raised is not null)
                {
                    diagnostic.Properties.TryGetValue(FixProperties.RaiseMemoryLabel, out var label);
                    await LaunchEditor.RegisterAsync(
                        context,
                        diagnostic,
                        "Raise the memory limit to " + (label ?? raised),
                        raised,
                        EquivalenceKeys.RaiseMemoryLimit).ConfigureAwait(false);
                }

                if (diagnostic.Properties.TryGetValue(FixProperties.MemoryAsMegabytes, out var megabytes) && megabytes is not null)
                {
                    await LaunchEditor.RegisterAsync(
                        context,
                        diagnostic,
                        "Interpret the value as megabytes",
                        megabytes,
                        EquivalenceKeys.InterpretMemoryAsMegabytes).ConfigureAwait(false);
                }
            }
        }
    }
}
