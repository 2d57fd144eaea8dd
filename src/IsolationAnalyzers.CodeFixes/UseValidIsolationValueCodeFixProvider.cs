using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using IsolationAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace IsolationAnalyzers.CodeFixes
{
    /// <summary>"Use a valid isolation value" (ISO0005, ISO0006): the closest valid value, in lower case.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseValidIsolationValueCodeFixProvider)), Shared]
    public sealed class UseValidIsolationValueCodeFixProvider : CodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } =
            ImmutableArray.Create(RuleIds.InvalidIsolationValue, RuleIds.IsolationValueNotLowerCase);

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            foreach (var diagnostic in context.Diagnostics)
            {
                if (!diagnostic.Properties.TryGetValue(FixProperties.Replacement, out var replacement)
                    || replacement is null
                    || LaunchEditor.EditOf(diagnostic) is null)
                {
                    continue;
                }

                await LaunchEditor.RegisterAsync(
                    context,
                    diagnostic,
                    "Use '" + replacement + "'",
                    replacement,
                    EquivalenceKeys.UseValidIsolationValue).ConfigureAwait(false);
            }
        }
    }
}
