using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using IsolationAnalyzers.CodeFixes;
using IsolationAnalyzers.Tests.Robustness.Typing;
using IsolationAnalyzers.Tests.Verifiers;
using Xunit;
using Xunit.Abstractions;

namespace IsolationAnalyzers.Tests.Robustness
{
    /// <summary>
    /// Simulates typing (docs/robustness.md): every corpus file, sample file and C# source embedded in a test is
    /// cut after a token, loses a token, or gets one of <see cref="TypingVariants.InsertedTokens"/> at a token
    /// boundary; each such document is analyzed, and every fix offered on it is applied and compiled. No analyzer
    /// or fix may throw, and no fix may add a compiler error (<see cref="TypingChecker"/> says what that means).
    /// CI checks a deterministic sample of <see cref="SampledDocuments"/> documents; <c>ISOLATION_TYPING=all</c>
    /// checks every variant (<c>ISOLATION_TYPING=N</c>: a sample of N).
    /// </summary>
    public sealed class TypingSimulationTests
    {
        /// <summary>The CI sample: about three minutes on two cores.</summary>
        internal const int SampledDocuments = 5_200;

        /// <summary>The fewest documents CI may check (the sample is rounded per input, so it lands near <see cref="SampledDocuments"/>).</summary>
        private const int MinimumDocuments = 5_000;

        /// <summary>Every input gets at least this many variants, however short it is.</summary>
        private const int MinimumPerInput = 8;

        private readonly ITestOutputHelper output;

        public TypingSimulationTests(ITestOutputHelper output)
        {
            this.output = output;
        }

        [Fact]
        public async Task HalfTypedDocuments_AnalyzeAndFixWithoutExceptionOrNewCompilerErrors()
        {
            var setting = Environment.GetEnvironmentVariable("ISOLATION_TYPING");
            var exhaustive = string.Equals(setting, "all", StringComparison.OrdinalIgnoreCase);
            var budget = exhaustive ? int.MaxValue
                : int.TryParse(setting, NumberStyles.None, CultureInfo.InvariantCulture, out var requested) ? requested
                : SampledDocuments;
            var jobs = int.TryParse(Environment.GetEnvironmentVariable("ISOLATION_TYPING_JOBS"), NumberStyles.None, CultureInfo.InvariantCulture, out var j) && j > 0
                ? j
                : exhaustive ? Environment.ProcessorCount : 1;

            var stopwatch = Stopwatch.StartNew();
            var inputs = TypingInputs.All();
            var plan = Plan(inputs, budget);
            var work = plan.SelectMany(p => p.Indices.Select(index => (p.Input, p.Variants, Index: index))).ToArray();

            // ISOLATION_TYPING_RANGE=start-end: only documents [start, end) of that order (to re-check a slice of an
            // exhaustive run, or to split one over several machines).
            if (Environment.GetEnvironmentVariable("ISOLATION_TYPING_RANGE") is { } range
                && range.Split('-') is { Length: 2 } bounds
                && int.TryParse(bounds[0], NumberStyles.None, CultureInfo.InvariantCulture, out var from)
                && int.TryParse(bounds[1], NumberStyles.None, CultureInfo.InvariantCulture, out var to))
            {
                work = work.Skip(from).Take(Math.Max(0, Math.Min(to, work.Length) - from)).ToArray();
            }

            var progress = exhaustive ? ProgressLog() : null;
            var failures = Path.Combine(TestReferences.RepoRoot, "TestResults", "typing", "failures");
            if (Directory.Exists(failures))
            {
                Directory.Delete(failures, recursive: true);
            }

            progress?.WriteLine($"{DateTime.UtcNow:u} {inputs.Count} inputs, {work.Length} documents, {jobs} jobs");

            var counts = new TypingCounts();
            var done = 0;
            var workers = Enumerable.Range(0, jobs).Select(worker => Task.Run(async () =>
            {
                using var checker = new TypingChecker(
                    RobustnessHarness.AllReferences,
                    RobustnessHarness.ParseOptions,
                    RobustnessHarness.HostSettings,
                    TypingChecker.AnalyzersIn(typeof(IsolationAnalyzer).Assembly),
                    TypingChecker.FixesIn(typeof(UseIsolationModeCodeFixProvider).Assembly));
                for (var i = worker; i < work.Length; i += jobs)
                {
                    var (input, variants, index) = work[i];
                    var failuresBefore = checker.Counts.FailureCount;
                    await checker.CheckAsync(variants[index], () => input.Label + ", " + variants.Describe(index) + " (variant " + index + ")");
                    var total = System.Threading.Interlocked.Increment(ref done);
                    if (progress is not null && checker.Counts.FailureCount > failuresBefore)
                    {
                        // Written as found, so a run stopped early still tells what it found.
                        lock (progress)
                        {
                            progress.WriteLine($"{DateTime.UtcNow:u} document {i}: {checker.Counts.Failures[checker.Counts.Failures.Count - 1]}");
                        }
                    }

                    if (progress is not null && total % 2000 == 0)
                    {
                        lock (progress)
                        {
                            progress.WriteLine($"{DateTime.UtcNow:u} {total}/{work.Length} documents, {stopwatch.Elapsed.TotalMinutes:0.0} min, {checker.Counts.FailureCount} failures in job {worker}");
                        }
                    }
                }

                return checker.Counts;
            })).ToArray();
            foreach (var result in await Task.WhenAll(workers))
            {
                counts.Add(result);
            }

            var summary = $"typing simulation ({(exhaustive ? "every variant" : "sample of " + budget)}): {inputs.Count} inputs " +
                $"({inputs.Sum(i => i.Text.Length):N0} characters), {counts}, {stopwatch.Elapsed.TotalSeconds:0.0} s, {jobs} job(s)";
            output.WriteLine(summary);
            progress?.WriteLine($"{DateTime.UtcNow:u} {summary}");
            foreach (var message in counts.WithoutChange)
            {
                output.WriteLine(message);
                progress?.WriteLine(message);
            }

            if (counts.Failures.Count > 0)
            {
                // Each failing document, to reproduce it: TestResults/typing/failures/N.cs, the message in N.txt.
                Directory.CreateDirectory(failures);
                for (var i = 0; i < counts.Failures.Count; i++)
                {
                    File.WriteAllText(Path.Combine(failures, i + ".cs"), counts.FailureDocuments[i]);
                    File.WriteAllText(Path.Combine(failures, i + ".txt"), counts.Failures[i]);
                    progress?.WriteLine(counts.Failures[i]);
                }
            }

            progress?.Dispose();
            Assert.True(counts.FailureCount == 0, summary + "\n(documents in " + failures + ")\n\n" + string.Join("\n\n", counts.Failures.Take(8)));
            Assert.True(counts.Documents >= Math.Min(budget, MinimumDocuments), "too few documents checked: " + counts.Documents);
            Assert.True(counts.FixesApplied > 100, "too few fixes applied: " + counts.FixesApplied);
        }

        /// <summary>Every input is an input: the corpora, the samples and the embedded test sources all take part.</summary>
        [Fact]
        public void Inputs_CoverCorporaSamplesAndEmbeddedTestSources()
        {
            var labels = TypingInputs.All().Select(i => i.Label).ToArray();
            Assert.Contains(labels, l => l.StartsWith("tests/corpus/launches/", StringComparison.Ordinal));
            Assert.Contains(labels, l => l.StartsWith("tests/corpus/valid/", StringComparison.Ordinal));
            Assert.Contains(labels, l => l.StartsWith("samples/IntegrationTests/", StringComparison.Ordinal));
            Assert.Contains(labels, l => l.StartsWith("samples/Orchestrator/", StringComparison.Ordinal));
            Assert.Contains(labels, l => l.StartsWith("tests/IsolationAnalyzers.Tests/CodeFixes/", StringComparison.Ordinal));
            Assert.Contains(labels, l => l.StartsWith("tests/IsolationAnalyzers.Tests/Rules/", StringComparison.Ordinal));
            output.WriteLine($"{labels.Length} inputs");
        }

        [Fact]
        public void EmbeddedSources_AreRawStringsOfCode_WithoutMarkup()
        {
            const string testFile = "class T\n{\n    const string A = \"\"\"\n        using Docker.DotNet.Models;\n        class C { object M() => new {|ISO0001:CreateContainerParameters|} { Image = [|\"x\"|] }; }\n        \"\"\";\n    const string B = \"\"\"\n        not code\n        at all\n        \"\"\";\n    const string C = $\"\"\"\n        class {A} {{ }}\n        \"\"\";\n}\n";
            var sources = TypingInputs.EmbeddedSources(testFile).ToArray();
            var (line, source) = Assert.Single(sources);
            Assert.Equal(3, line);
            Assert.Equal("using Docker.DotNet.Models;\nclass C { object M() => new CreateContainerParameters { Image = \"x\" }; }", source);
        }

        [Fact]
        public void Variants_AreEveryPrefixDeletionAndInsertion()
        {
            var variants = new TypingVariants("a(b);", RobustnessHarness.ParseOptions);
            Assert.Equal(5, variants.TokenCount);
            Assert.Equal(5 + 5 + (10 * 6), variants.Count);
            var texts = Enumerable.Range(0, variants.Count).Select(i => variants[i]).ToArray();
            Assert.Equal(new[] { "a", "a(", "a(b", "a(b)", "a(b);" }, texts.Take(5));
            Assert.Equal(new[] { "(b);", "ab);", "a();", "a(b;", "a(b)" }, texts.Skip(5).Take(5));
            Assert.Contains(",a(b);", texts);
            Assert.Contains("a(b$\");", texts);
            Assert.Contains("a(b);}", texts);
            Assert.Equal(TypingEdit.Insertion, variants.KindOf(variants.Count - 1));
        }

        [Fact]
        public void Sample_IsDeterministic_AndSpreadOverTheThreeKinds()
        {
            var text = File.ReadAllText(Path.Combine(TestReferences.RepoRoot, "tests", "corpus", "launches", "DockerDotNetLaunches.cs"));
            var variants = new TypingVariants(text, RobustnessHarness.ParseOptions);
            var first = variants.Sample(300, "seed");
            Assert.Equal(first, variants.Sample(300, "seed"));
            Assert.NotEqual(first, variants.Sample(300, "other seed"));
            Assert.Equal(300, first.Distinct().Count());
            Assert.Equal(100, first.Count(i => variants.KindOf(i) == TypingEdit.Prefix));
            Assert.Equal(100, first.Count(i => variants.KindOf(i) == TypingEdit.Deletion));
            Assert.Equal(100, first.Count(i => variants.KindOf(i) == TypingEdit.Insertion));
        }

        /// <summary>
        /// Which variants of which input are checked: all of them, or a share of the budget proportional to the
        /// input's number of variants (at least <see cref="MinimumPerInput"/>), picked by <see cref="TypingVariants.Sample"/>
        /// seeded with the input's label.
        /// </summary>
        private static List<(TypingInput Input, TypingVariants Variants, IReadOnlyList<int> Indices)> Plan(IReadOnlyList<TypingInput> inputs, int budget)
        {
            var all = inputs.Select(input => (Input: input, Variants: new TypingVariants(input.Text, RobustnessHarness.ParseOptions))).ToArray();
            var total = all.Sum(a => (long)a.Variants.Count);
            var plan = new List<(TypingInput, TypingVariants, IReadOnlyList<int>)>();
            foreach (var (input, variants) in all)
            {
                var share = budget == int.MaxValue
                    ? variants.Count
                    : (int)Math.Max(MinimumPerInput, Math.Round((double)budget * variants.Count / Math.Max(1, total)));
                plan.Add((input, variants, variants.Sample(share, input.Label)));
            }

            return plan;
        }

        private static StreamWriter ProgressLog()
        {
            var directory = Path.Combine(TestReferences.RepoRoot, "TestResults", "typing");
            Directory.CreateDirectory(directory);
            return new StreamWriter(Path.Combine(directory, "progress.log"), append: false) { AutoFlush = true };
        }
    }
}
