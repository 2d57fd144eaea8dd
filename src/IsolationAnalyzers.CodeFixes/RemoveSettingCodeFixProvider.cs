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
    /// "Remove the isolation setting" (ISO0007) and "Remove the unsupported setting" (ISO0010): deletes the
    /// assignment, or the command-line flag with its value.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RemoveSettingCodeFixProvider)), Shared]
    public sealed class RemoveSettingCodeFixProvider : CodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } =
            ImmutableArray.Create(RuleIds.IsolationOnLinuxContainer, RuleIds.UnsupportedWindowsSetting);

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            foreach (var diagnostic in context.Diagnostics)
            {
                if (LaunchEditor.EditOf(diagnostic) is null)
                {
                    continue;
                }

                var isolation = diagnostic.Id == RuleIds.IsolationOnLinuxContainer;
                await LaunchEditor.RegisterAsync(
                    context,
                    diagnostic,
                    isolation ? "Remove the isolation setting" : "Remove the unsupported setting",
                    string.Empty,
                    isolation ? EquivalenceKeys.RemoveIsolationSetting : EquivalenceKeys.RemoveUnsupportedSetting).ConfigureAwait(false);
            }
        }
    }
}
