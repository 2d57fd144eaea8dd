using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace IsolationAnalyzers.Benchmarks
{
    /// <summary>
    /// The baseline: registers what <see cref="IsolationAnalyzer"/> registers for the same compilation (a compilation
    /// start action, an end action, and an operation action for exactly its operation kinds) and does nothing. Ours
    /// divided by this is what our work costs above the price of being called.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    internal class NoOpAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Descriptor = new DiagnosticDescriptor(
            "BENCH0001", "No-op baseline", "Never reported", "Benchmark", DiagnosticSeverity.Warning, isEnabledByDefault: true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptor);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                start.RegisterCompilationEndAction(_ => { });
                var kinds = IsolationAnalyzer.RegisteredOperationKinds(start.Compilation);
                if (!kinds.IsEmpty)
                {
                    start.RegisterOperationAction(_ => { }, kinds);
                }
            });
        }
    }
}

namespace IsolationAnalyzers.Benchmarks
{
    /// <summary>
    /// A second no-op, placed first in every pass and left out of the results. Roslyn bills the lazily built state of
    /// a compilation (its type look-ups, the operation trees the operation actions walk) to the first analyzer that
    /// needs it; without the primer that is whichever of ours and the no-op goes first, several ms that swamp the
    /// difference being measured. The primer registers the same actions, so it takes that bill for both.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    internal sealed class PrimerAnalyzer : NoOpAnalyzer
    {
    }
}
