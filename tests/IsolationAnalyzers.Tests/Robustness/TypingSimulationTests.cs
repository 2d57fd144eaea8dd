using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Xunit;
using Xunit.Abstractions;

namespace IsolationAnalyzers.Tests.Robustness
{
    /// <summary>
    /// Simulates typing: the analyzer and every fix it offers must not throw on any half-written version of a file.
    /// For every corpus launch file and every sample file, a deterministic sample of prefixes (cut at token
    /// boundaries) and of single-token deletions is analyzed, and every offered code action computes its operations.
    /// </summary>
    public sealed class TypingSimulationTests
    {
        /// <summary>At most this many prefixes and this many deletions per file (evenly spaced; deterministic).</summary>
        private const int CutsPerFile = 24;

        private readonly ITestOutputHelper output;

        public TypingSimulationTests(ITestOutputHelper output)
        {
            this.output = output;
        }

        public static IEnumerable<string> Inputs() =>
            RobustnessHarness.CorpusFiles("launches").Concat(RobustnessHarness.SampleFiles());

        [Fact]
        public async Task EveryPrefixAndTokenDeletion_AnalyzesAndFixesWithoutException()
        {
            var stopwatch = Stopwatch.StartNew();
            var (workspace, projectId) = RobustnessHarness.CreateWorkspace();
            using var disposeWorkspace = workspace;
            var document = workspace.CurrentSolution.GetProject(projectId)!.AddDocument("Typed.cs", SourceText.From(string.Empty), filePath: "/0/Typed.cs");
            var solution = document.Project.Solution;

            var failures = new List<string>();
            int documents = 0, diagnostics = 0, actions = 0, files = 0;
            foreach (var file in Inputs())
            {
                files++;
                var text = File.ReadAllText(file);
                foreach (var variant in Variants(text))
                {
                    documents++;
                    var current = solution.WithDocumentText(document.Id, SourceText.From(variant)).GetDocument(document.Id)!;
                    var compilation = (await current.Project.GetCompilationAsync())!;
                    var result = await RobustnessHarness.AnalyzeAsync(compilation, RobustnessHarness.HostSettings);
                    var exceptions = new List<Exception>(result.Exceptions);
                    var found = result.Diagnostics.Where(d => d.Location.IsInSource).ToArray();
                    diagnostics += found.Length;
                    actions += await RobustnessHarness.ComputeFixesAsync(current, found, exceptions);
                    if (exceptions.Count > 0)
                    {
                        failures.Add($"{RobustnessHarness.Relative(file)} ({variant.Length} chars, ends '{Tail(variant)}'):\n{string.Join("\n", exceptions.Select(e => e.ToString()))}");
                    }
                }
            }

            output.WriteLine($"typing simulation: {files} files, {documents} documents, {diagnostics} diagnostics, {actions} code actions computed, {stopwatch.Elapsed.TotalSeconds:0.0} s");
            Assert.True(failures.Count == 0, string.Join("\n\n", failures.Take(5)));
            Assert.True(documents > 500, "too few documents checked: " + documents);
        }

        /// <summary>
        /// The texts checked for one file: prefixes ending at evenly spaced token ends, then the file with one token
        /// removed at evenly spaced tokens (a different phase, so deletions hit other tokens than the cuts).
        /// </summary>
        internal static IEnumerable<string> Variants(string text)
        {
            var tokens = RobustnessHarness.Parse(text).GetRoot().DescendantTokens().Where(t => !t.IsMissing && t.Span.Length > 0).ToArray();
            var stride = Math.Max(1, tokens.Length / CutsPerFile);
            for (var i = stride / 2; i < tokens.Length; i += stride)
            {
                yield return text.Substring(0, tokens[i].Span.End);
            }

            for (var i = stride / 3; i < tokens.Length; i += stride)
            {
                yield return text.Remove(tokens[i].SpanStart, tokens[i].Span.Length);
            }
        }

        private static string Tail(string text) => text.Length <= 40 ? text : text.Substring(text.Length - 40).Replace("\n", "\\n", StringComparison.Ordinal);
    }
}
