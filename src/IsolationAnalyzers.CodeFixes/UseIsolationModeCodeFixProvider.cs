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

        public override Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            foreach (var diagnostic in context.Diagnostics)
            {
                // A pod's isolation is its RuntimeClass: PodSchedulingCodeFixProvider fixes those.
                if (LaunchEditor.EditOf(diagnostic) is null || diagnostic.Properties.ContainsKey(FixProperties.PodFix))
                {
                    continue;
                }

                context.RegisterCodeFix(
                    CodeAction.Create(
                        "Use Hyper-V isolation",
                        token => LaunchEditor.ApplyAsync(context.Document, diagnostic, IsolationValues.HyperV, token),
                        EquivalenceKeys.UseHyperVIsolation),
                    diagnostic);

                if (diagnostic.Id == RuleIds.MissingIsolation && diagnostic.Properties.ContainsKey(FixProperties.ProcessFixAllowed))
                {
                    context.RegisterCodeFix(
                        CodeAction.Create(
                            "Use process isolation",
                            token => LaunchEditor.ApplyAsync(context.Document, diagnostic, IsolationValues.Process, token),
                            EquivalenceKeys.UseProcessIsolation),
                        diagnostic);
                }
            }

            return Task.CompletedTask;
        }
    }
}
