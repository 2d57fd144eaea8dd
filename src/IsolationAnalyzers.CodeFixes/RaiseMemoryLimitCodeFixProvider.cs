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

        public override Task RegisterCodeFixesAsync(CodeFixContext context)
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
                    context.RegisterCodeFix(
                        CodeAction.Create(
                            "Raise the memory limit to " + (label ?? raised),
                            token => LaunchEditor.ApplyAsync(context.Document, diagnostic, raised, token),
                            EquivalenceKeys.RaiseMemoryLimit),
                        diagnostic);
                }

                if (diagnostic.Properties.TryGetValue(FixProperties.MemoryAsMegabytes, out var megabytes) && megabytes is not null)
                {
                    context.RegisterCodeFix(
                        CodeAction.Create(
                            "Interpret the value as megabytes",
                            token => LaunchEditor.ApplyAsync(context.Document, diagnostic, megabytes, token),
                            EquivalenceKeys.InterpretMemoryAsMegabytes),
                        diagnostic);
                }
            }

            return Task.CompletedTask;
        }
    }
}
