using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using IsolationAnalyzers.Knowledge;
using IsolationAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.FindSymbols;

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
                // A pod's isolation is its RuntimeClass: PodSchedulingCodeFixProvider fixes those.
                if (LaunchEditor.EditOf(diagnostic) is null || diagnostic.Properties.ContainsKey(FixProperties.PodFix))
                {
                    continue;
                }

                if (diagnostic.Properties.TryGetValue(FixProperties.Helper, out var helper) && helper is not null)
                {
                    // The edit is in the helper, which every call shares: only when the workspace finds no call the
                    // analyzer did not see (another project, a call it could not bind).
                    // Computed now, like the other fixes: offered only when the helper's edit can be made and parses.
                    if (await HelperCallsAreAllKnownAsync(context.Document, diagnostic, helper, context.CancellationToken).ConfigureAwait(false)
                        && await LaunchEditor.TryApplyToSolutionAsync(context.Document, diagnostic, IsolationValues.HyperV, context.CancellationToken).ConfigureAwait(false) is { } fixedSolution)
                    {
                        diagnostic.Properties.TryGetValue(FixProperties.HelperName, out var name);
                        context.RegisterCodeFix(
                            CodeAction.Create(
                                "Use Hyper-V isolation in '" + name + "'",
                                _ => Task.FromResult(fixedSolution),
                                EquivalenceKeys.UseHyperVIsolation),
                            diagnostic);
                    }

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

        /// <summary>True when the workspace's reference search finds exactly the calls of the helper the analyzer counted.</summary>
        private static async Task<bool> HelperCallsAreAllKnownAsync(Document document, Diagnostic diagnostic, string helper, CancellationToken cancellationToken)
        {
            if (!diagnostic.Properties.TryGetValue(FixProperties.HelperCalls, out var countText)
                || !int.TryParse(countText, NumberStyles.None, CultureInfo.InvariantCulture, out var expected)
                || await document.Project.GetCompilationAsync(cancellationToken).ConfigureAwait(false) is not { } compilation
                || DocumentationCommentId.GetFirstSymbolForDeclarationId(helper, compilation) is not IMethodSymbol method)
            {
                return false;
            }

            var found = 0;
            foreach (var reference in await SymbolFinder.FindReferencesAsync(method, document.Project.Solution, cancellationToken).ConfigureAwait(false))
            {
                foreach (var location in reference.Locations)
                {
                    if (!location.IsImplicit && location.Location.IsInSource)
                    {
                        found++;
                    }
                }
            }

            return found == expected;
        }
    }
}
