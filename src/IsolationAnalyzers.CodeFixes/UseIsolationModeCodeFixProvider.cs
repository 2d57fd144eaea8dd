using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using IsolationAnalyzers.Knowledge;
using IsolationAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace IsolationAnalyzers.CodeFixes
{
    /// <summary>
    /// "Use Hyper-V isolation" (ISO0001, ISO0002, ISO0004) and "Use process isolation" (ISO0001): sets the isolation where the
    /// analyzer said it can be set (replace a value, add it to an initializer or a command line, or add a HostConfig).
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseIsolationModeCodeFixProvider)), Shared]
    public sealed class UseIsolationModeCodeFixProvider : CodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } =
            ImmutableArray.Create(RuleIds.MissingIsolation, RuleIds.ProcessIsolationBuildMismatch, RuleIds.UntrustedWithoutHyperV);

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            foreach (var diagnostic in context.Diagnostics)
            {
                if (LaunchEditor.EditOf(diagnostic) is null)
                {
                    continue;
                }

                await LaunchEditor.RegisterAsync(
                    context,
                    diagnostic,
                    "Use Hyper-V isolation",
                    IsolationValues.HyperV,
                    EquivalenceKeys.UseHyperVIsolation).ConfigureAwait(false);

                if (diagnostic.Id == RuleIds.MissingIsolation && diagnostic.Properties.ContainsKey(FixProperties.ProcessFixAllowed))
                {
                    await LaunchEditor.RegisterAsync(
                        context,
                        diagnostic,
                        "Use process isolation",
                        IsolationValues.Process,
                        EquivalenceKeys.UseProcessIsolation).ConfigureAwait(false);
                }
            }
        }
    }
}
