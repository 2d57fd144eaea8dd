using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Diagnostics.Telemetry;
using Microsoft.CodeAnalysis.Text;

namespace IsolationAnalyzers.Benchmarks
{
    /// <summary>The figures of one keystroke: document analysis of the edited tree in a new compilation.</summary>
    internal sealed class KeystrokeEdit
    {
        public double WallMs { get; init; }

        public double OursMs { get; init; }

        public double NoOpMs { get; init; }

        public double FloorMs { get; init; }

        public double PeerMedianMs { get; init; }

        /// <summary>Our Initialize and compilation start called directly on another new compilation of the same trees (no driver, no peers before it).</summary>
        public double OurStartMs { get; init; }

        public int OurDiagnostics { get; init; }
    }

    internal sealed class KeystrokeResult
    {
        public string File { get; init; } = "";

        public FileKind Kind { get; init; }

        public int Lines { get; init; }

        public int Files { get; init; }

        public List<KeystrokeEdit> Edits { get; } = new List<KeystrokeEdit>();

        public double Median(Func<KeystrokeEdit, double> value) => Stats.Median(Edits.Select(value));
    }

    /// <summary>
    /// Typing in one file, measured as an IDE analyzes it. Starting from a compilation a full pass has analyzed (with the
    /// same analyzer instances, so whatever they cache per tree is warm), each keystroke inserts text into one tree
    /// (<see cref="SyntaxTree.WithChangedText"/>, the incremental parse an editor does), builds the next compilation with
    /// <see cref="Compilation.ReplaceSyntaxTree"/> (every other tree shared), and runs document analysis for that tree
    /// only: the syntax diagnostics, then <see cref="CompilationWithAnalyzers.GetAnalyzerSemanticDiagnosticsAsync(SemanticModel, TextSpan?, CancellationToken)"/>
    /// with no span, on a new <see cref="CompilationWithAnalyzers"/> (compilation start actions run again per
    /// keystroke, as they do in the IDE). Each analyzer's execution time is read from that compilation's telemetry.
    /// </summary>
    internal static class Keystroke
    {
        /// <summary>What is typed: a statement, Enter (a new line with its indentation as one edit), another statement, …</summary>
        private const string Script = "\nvar typed = counts.Count + version * 2;\nvar again = typed.ToString(System.Globalization.CultureInfo.InvariantCulture);\n";

        private const string Indent = "            ";

        /// <summary>The statement the typing starts after (in <c>Bump</c>, present in every synthetic file).</summary>
        private const string Anchor = "counts[key] = counts.TryGetValue(key, out var value) ? value + 1 : 1;";

        public static (KeystrokeResult Result, Compilation Last) Run(WarmState warm, int fileIndex, FileKind kind, int edits, int warmupEdits)
        {
            var compilation = warm.Compilation;
            var tree = compilation.SyntaxTrees.Single(t => SyntheticProject.IndexOf(t.FilePath) == fileIndex);
            var result = new KeystrokeResult
            {
                File = System.IO.Path.GetFileName(tree.FilePath),
                Kind = kind,
                Lines = tree.GetText().Lines.Count,
                Files = compilation.SyntaxTrees.Count(),
            };

            var position = tree.GetText().ToString().IndexOf(Anchor, StringComparison.Ordinal);
            if (position < 0)
            {
                throw new InvalidOperationException("No place to type in " + tree.FilePath);
            }

            position += Anchor.Length;
            for (var k = 0; k < warmupEdits + edits; k++)
            {
                var typed = Script[k % Script.Length];
                var insert = typed == '\n' ? "\n" + Indent : typed.ToString();
                var text = tree.GetText().WithChanges(new TextChange(new TextSpan(position, 0), insert));
                var edited = tree.WithChangedText(text);
                compilation = compilation.ReplaceSyntaxTree(tree, edited);
                tree = edited;
                position += insert.Length;

                var edit = Analyze(compilation, tree, warm.Analyzers, rotation: k);
                if (k >= warmupEdits)
                {
                    result.Edits.Add(edit);
                }
            }

            return (result, compilation);
        }

        private static KeystrokeEdit Analyze(Compilation compilation, SyntaxTree tree, AnalyzerSet set, int rotation)
        {
            var withAnalyzers = compilation.WithAnalyzers(set.Ordered(rotation), AnalyzerPass.Options);
            AnalyzerPass.Collect();
            var watch = Stopwatch.StartNew();
            var syntax = withAnalyzers.GetAnalyzerSyntaxDiagnosticsAsync(tree, CancellationToken.None).GetAwaiter().GetResult();
            var model = compilation.GetSemanticModel(tree);
            var semantic = withAnalyzers.GetAnalyzerSemanticDiagnosticsAsync(model, null, CancellationToken.None).GetAwaiter().GetResult();
            var wall = watch.Elapsed.TotalMilliseconds;
            AnalyzerTelemetryInfo Telemetry(DiagnosticAnalyzer analyzer) =>
                withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None).GetAwaiter().GetResult();

            var peers = set.PeerTimes(Telemetry);

            // Our compilation start alone, on a copy (its own cold per-compilation caches) so the pass above is untouched.
            var startMs = Registrations.TimeCompilationStart(new IsolationAnalyzer(), compilation.Clone());
            return new KeystrokeEdit
            {
                WallMs = wall,
                OursMs = Telemetry(set.Ours).ExecutionTime.TotalMilliseconds,
                NoOpMs = Telemetry(set.NoOp).ExecutionTime.TotalMilliseconds,
                FloorMs = Telemetry(set.Floor).ExecutionTime.TotalMilliseconds,
                PeerMedianMs = peers.Count == 0 ? double.NaN : Stats.Median(peers.Values),
                OurDiagnostics = syntax.Concat(semantic).Count(d => set.OurIds.Contains(d.Id)),
                OurStartMs = startMs,
            };
        }
    }
}
