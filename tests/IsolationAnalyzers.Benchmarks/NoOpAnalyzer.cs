using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace IsolationAnalyzers.Benchmarks
{
    /// <summary>
    /// The baseline: registers what <see cref="IsolationAnalyzer"/> registers for the same compilation (a compilation
    /// start action with an end action, and in every operation block an operation action for exactly its operation
    /// kinds and a block end action) and does nothing. Ours divided by this is what our work costs above the price of
    /// being called.
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
                start.RegisterOperationBlockStartAction(block =>
                {
                    // One action per kind, like the analyzer.
                    foreach (var kind in kinds)
                    {
                        block.RegisterOperationAction(_ => { }, kind);
                    }

                    block.RegisterOperationBlockEndAction(_ => { });
                });
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

namespace IsolationAnalyzers.Benchmarks
{
    /// <summary>
    /// A floor for any real analyzer with our registrations: the no-op's shape, plus one symbol comparison of each
    /// operation's type, the least work that can tell a container API call from any other call.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    internal sealed class TypeTouchAnalyzer : NoOpAnalyzer
    {
        public static int Matches;

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                start.RegisterCompilationEndAction(_ => { });
                var target = start.Compilation.GetTypeByMetadataName("Docker.DotNet.Models.CreateContainerParameters");
                var kinds = IsolationAnalyzer.RegisteredOperationKinds(start.Compilation);
                start.RegisterOperationBlockStartAction(block =>
                {
                    block.RegisterOperationAction(
                        c =>
                        {
                            if (SymbolEqualityComparer.Default.Equals(c.Operation.Type, target))
                            {
                                System.Threading.Interlocked.Increment(ref Matches);
                            }
                        },
                        kinds);
                    block.RegisterOperationBlockEndAction(_ => { });
                });
            });
        }
    }
}
