using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using IsolationAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace IsolationAnalyzers.CodeFixes
{
    /// <summary>
    /// The Kubernetes pod fixes (rules.md §6): "Select nodes of the image's build" (ISO0002), "Run the pod in a Hyper-V
    /// RuntimeClass" (ISO0004) and "Select Windows nodes" (ISO0011). They add node selector entries (to the dictionary,
    /// or a new <c>NodeSelector</c>), replace the windows-build value, or set <c>RuntimeClassName</c>, as the analyzer said.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PodSchedulingCodeFixProvider)), Shared]
    public sealed class PodSchedulingCodeFixProvider : CodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } =
            ImmutableArray.Create(RuleIds.ProcessIsolationBuildMismatch, RuleIds.UntrustedWithoutHyperV, RuleIds.UnconstrainedWindowsPod);

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            foreach (var diagnostic in context.Diagnostics)
            {
                if (LaunchEditor.EditOf(diagnostic) is null
                    || !diagnostic.Properties.TryGetValue(FixProperties.PodFix, out var fix)
                    || !diagnostic.Properties.TryGetValue(FixProperties.PodFixValue, out var value)
                    || value is null)
                {
                    continue;
                }

                var (title, key) = fix switch
                {
                    PodFixes.SelectBuildNodes => ("Select nodes of the image's build", EquivalenceKeys.SelectImageBuildNodes),
                    PodFixes.HyperVRuntimeClass => ("Run the pod in a Hyper-V RuntimeClass", EquivalenceKeys.UseHyperVRuntimeClass),
                    PodFixes.SelectWindowsNodes => ("Select Windows nodes", EquivalenceKeys.SelectWindowsNodes),
                    _ => (null, null),
                };
                if (title is null)
                {
                    continue;
                }

                // Computed now, like the other fixes: offered only when it changes the pod and adds no syntax error.
                await LaunchEditor.RegisterAsync(context, diagnostic, title, value, key!).ConfigureAwait(false);
            }
        }
    }
}
