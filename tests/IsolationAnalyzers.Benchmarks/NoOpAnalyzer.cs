using System;
using System.Buffers;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace IsolationAnalyzers.Benchmarks
{
    /// <summary>
    /// The baseline: registers exactly what <see cref="IsolationAnalyzer"/> registers for the compilation (recorded by
    /// <see cref="Registrations"/>, whatever the analyzer's design) and does nothing in any of it. Ours divided by this
    /// is what our work costs above the price of being called.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    internal class NoOpAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Descriptor = new DiagnosticDescriptor(
            "BENCH0001", "No-op baseline", "Never reported", "Benchmark", DiagnosticSeverity.Warning, isEnabledByDefault: true);

        private readonly Registrations registrations;

        public NoOpAnalyzer(Registrations registrations)
        {
            this.registrations = registrations;
        }

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptor);

#pragma warning disable RS1025, RS1026 // The replay configures concurrency and generated code exactly as our analyzer does.
        public override void Initialize(AnalysisContext context) => registrations.ReplayOn(context);
#pragma warning restore RS1025, RS1026
    }

    /// <summary>
    /// A second no-op, placed first in every pass and left out of the results. Roslyn bills the lazily built state of
    /// a compilation (its type look-ups, the operation trees the operation actions walk) to the first analyzer that
    /// needs it; without the primer that is whichever of ours and the no-op goes first, several ms that swamp the
    /// difference being measured. The primer registers the same actions, so it takes that bill for both.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    internal sealed class PrimerAnalyzer : NoOpAnalyzer
    {
        public PrimerAnalyzer(Registrations registrations)
            : base(registrations)
        {
        }
    }

    /// <summary>
    /// The floor of a per-tree text prefilter: at compilation start it registers one semantic-model action, which
    /// reads the tree's text once and looks for "docker" (case-insensitive, vectorised span search in 4 KB chunks),
    /// and nothing else. No cache: every tree of every pass is read. What any analyzer whose first test reads each
    /// file costs at least; compare ours with it on the bail-out and keystroke rows.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    internal sealed class TextScanFloorAnalyzer : DiagnosticAnalyzer
    {
        private const string Needle = "docker";
        private const int Chunk = 4096;

        private static readonly DiagnosticDescriptor Descriptor = new DiagnosticDescriptor(
            "BENCH0002", "Text-scan floor", "Never reported", "Benchmark", DiagnosticSeverity.Warning, isEnabledByDefault: true);

        private int hits;

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptor);

        /// <summary>Trees whose text contains "docker" (kept so the scan cannot be optimised away).</summary>
        public int Hits => Volatile.Read(ref hits);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start => start.RegisterSemanticModelAction(model =>
            {
                if (Contains(model.SemanticModel.SyntaxTree.GetText(model.CancellationToken)))
                {
                    Interlocked.Increment(ref hits);
                }
            }));
        }

        internal static bool Contains(SourceText text)
        {
            var buffer = ArrayPool<char>.Shared.Rent(Chunk + Needle.Length);
            try
            {
                var carried = 0;
                for (var position = 0; position < text.Length;)
                {
                    var count = Math.Min(Chunk, text.Length - position);
                    text.CopyTo(position, buffer, carried, count);
                    ReadOnlySpan<char> span = buffer.AsSpan(0, carried + count);
                    if (span.IndexOf(Needle.AsSpan(), StringComparison.OrdinalIgnoreCase) >= 0)
                    {
                        return true;
                    }

                    // Keep the last few characters: a match may straddle two chunks.
                    carried = Math.Min(Needle.Length - 1, span.Length);
                    span.Slice(span.Length - carried).CopyTo(buffer.AsSpan());
                    position += count;
                }

                return false;
            }
            finally
            {
                ArrayPool<char>.Shared.Return(buffer);
            }
        }
    }
}
