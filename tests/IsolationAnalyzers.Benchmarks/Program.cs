using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;

namespace IsolationAnalyzers.Benchmarks
{
    /// <summary>Command-line options. <c>--help</c> prints them.</summary>
    internal sealed class Options
    {
        public int[] Sizes { get; set; } = { 250, 1000, 4000 };

        public int Runs { get; set; } = 3;

        public string? Out { get; set; }

        public bool Quick { get; set; }

        public string Sample { get; set; } = Path.Combine(References.RepoRoot, "samples", "Orchestrator");

        public bool SkipSample { get; set; }

        public bool SkipFixes { get; set; }

        public int FixDocumentLines { get; set; } = 3000;

        public int FixRuns { get; set; } = 15;

        public int FixAllDocuments { get; set; } = 100;

        public int LaunchesPerDocument { get; set; } = 10;

        public const string Usage = """
            IsolationAnalyzers performance benchmark (see docs/performance.md).

              dotnet run -c Release --project tests/IsolationAnalyzers.Benchmarks -- [options]

              --sizes 250,1000,4000   synthetic project sizes in files (~100 lines each)
              --runs 3                measured passes per size (medians; at least 3 for the budgets)
              --out PATH              the report (default docs/performance.md; --quick prints it only)
              --quick                 smoke run: sizes 60,120, 3 runs, small fix documents, no sample build
              --sample PATH           project built with -p:ReportAnalyzer=true (default samples/Orchestrator)
              --no-sample             skip the sample build
              --no-fixes              skip the code-fix measurements
              --no-primer             no primer analyzer at the head of each pass (shows the first-toucher effect)
              --fix-lines 3000        lines of the single-fix document
              --fixall 100x10         Fix All documents x ISO0001 launches per document
            """;

        public static Options? Parse(string[] args)
        {
            var options = new Options();
            for (var i = 0; i < args.Length; i++)
            {
                string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException("Missing value after " + args[i]);
                switch (args[i])
                {
                    case "--sizes":
                        options.Sizes = Next().Split(',', StringSplitOptions.RemoveEmptyEntries).Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();
                        break;
                    case "--runs":
                        options.Runs = int.Parse(Next(), CultureInfo.InvariantCulture);
                        break;
                    case "--out":
                        options.Out = Next();
                        break;
                    case "--quick":
                        options.Quick = true;
                        break;
                    case "--sample":
                        options.Sample = Next();
                        break;
                    case "--no-sample":
                        options.SkipSample = true;
                        break;
                    case "--no-primer":
                        AnalyzerPass.Primed = false;
                        break;
                    case "--no-fixes":
                        options.SkipFixes = true;
                        break;
                    case "--fix-lines":
                        options.FixDocumentLines = int.Parse(Next(), CultureInfo.InvariantCulture);
                        break;
                    case "--fixall":
                        var parts = Next().Split('x');
                        options.FixAllDocuments = int.Parse(parts[0], CultureInfo.InvariantCulture);
                        options.LaunchesPerDocument = int.Parse(parts[1], CultureInfo.InvariantCulture);
                        break;
                    case "--help":
                    case "-h":
                        return null;
                    default:
                        throw new ArgumentException("Unknown option " + args[i]);
                }
            }

            if (options.Quick)
            {
                options.Sizes = new[] { 60, 120 };
                options.Runs = Math.Min(options.Runs, 3);
                options.FixDocumentLines = 600;
                options.FixRuns = 5;
                options.FixAllDocuments = 10;
                options.SkipSample = true;
            }

            if (options.Out is null && !options.Quick)
            {
                options.Out = Path.Combine(References.RepoRoot, "docs", "performance.md");
            }

            options.Sizes = options.Sizes.Distinct().OrderBy(n => n).ToArray();
            return options;
        }
    }

    internal static class Program
    {
        private static int Main(string[] args)
        {
            Options? options;
            try
            {
                options = Options.Parse(args);
            }
            catch (Exception exception) when (exception is ArgumentException or FormatException or IndexOutOfRangeException)
            {
                Console.Error.WriteLine(exception.Message);
                Console.Error.WriteLine(Options.Usage);
                return 2;
            }

            if (options is null)
            {
                Console.WriteLine(Options.Usage);
                return 0;
            }

            var total = Stopwatch.StartNew();
            var command = "dotnet run -c Release --project tests/IsolationAnalyzers.Benchmarks -- " + string.Join(" ", args);
            Log("IsolationAnalyzers benchmark: " + command.Trim());
            Log($"{AnalyzerPass.PeerAnalyzers.Length} Meziantou.Analyzer analyzers loaded");

            // Warm-up: JIT every path (compiler, drivers, all analyzers) on a small project; nothing recorded.
            var warmup = AnalyzerPass.CreateCompilation(100, withContainers: true);
            AnalyzerPass.MeasureCompile(warmup);
            AnalyzerPass.Run(warmup, 0, withPeers: true, compileMs: 0);
            AnalyzerPass.Run(AnalyzerPass.CreateCompilation(100, withContainers: false), 1, withPeers: true, compileMs: 0);
            Log("warm-up done");

            var sizes = new List<SizeResult>();
            foreach (var size in options.Sizes)
            {
                sizes.Add(Measure(size, withContainers: true, options.Runs));
            }

            // Bail-out: the size nearest 1,000, with no container library referenced and no docker strings in the code.
            var bailoutSize = options.Sizes.OrderBy(n => Math.Abs(n - 1000)).First();
            var bailout = Measure(bailoutSize, withContainers: false, options.Runs);

            // Where our time goes, step by step, on the container project nearest 1,000 files and on the bail-out one.
            Log("breakdown …");
            var breakdown = Breakdown.Run(AnalyzerPass.CreateCompilation(bailoutSize, withContainers: true), 5)
                .Concat(Breakdown.Run(AnalyzerPass.CreateCompilation(bailoutSize, withContainers: false), 5)
                    .Select(row => row with { Step = row.Step + " — no-container project" }))
                .ToList();
            foreach (var row in breakdown)
            {
                Log($"  {row.MedianMs,8:F2} ms  {row.Step} [{row.Calls}]");
            }

            FixResult? fixes = null;
            if (!options.SkipFixes)
            {
                Log("code fixes …");
                fixes = FixBenchmark.Run(options.FixDocumentLines, options.FixRuns, options.FixAllDocuments, options.LaunchesPerDocument, Math.Max(3, options.Runs));
                Log($"one fix: median {Stats.Median(fixes.SingleFixMs):F1} ms; Fix All of {fixes.FixAllDiagnostics}: median {Stats.Median(fixes.FixAllMs):F0} ms");
            }

            SampleResult? sample = null;
            if (!options.SkipSample)
            {
                Log("sample build " + options.Sample + " …");
                sample = SampleBuild.Run(options.Sample);
                Log(sample.Missing ? "sample missing" : $"sample built (exit {sample.ExitCode}), {sample.Rows.Count} IsolationAnalyzers rows");
            }

            var report = Report.Write(new ReportInput
            {
                Command = command.Trim(),
                Options = options,
                Sizes = sizes,
                Bailout = bailout,
                Breakdown = breakdown,
                BreakdownFiles = bailoutSize,
                Fixes = fixes,
                Sample = sample,
                TotalSeconds = total.Elapsed.TotalSeconds,
            });

            if (options.Out is not null)
            {
                File.WriteAllText(options.Out, report);
                Log("wrote " + options.Out);
            }
            else
            {
                Console.WriteLine(report);
            }

            Log($"total {total.Elapsed.TotalSeconds:F0} s");
            return 0;
        }

        private static SizeResult Measure(int size, bool withContainers, int runs)
        {
            var compilation = AnalyzerPass.CreateCompilation(size, withContainers);
            var errors = AnalyzerPass.Errors(compilation);
            if (errors.Count > 0)
            {
                throw new InvalidOperationException($"The synthetic project ({size} files) does not compile: {errors[0]}");
            }

            var lines = compilation.SyntaxTrees.Sum(t => t.GetText().Lines.Count);
            var result = new SizeResult { Files = size, Lines = lines, WithContainers = withContainers };
            for (var run = 0; run < runs; run++)
            {
                var compileMs = AnalyzerPass.MeasureCompile(compilation);
                var pass = AnalyzerPass.Run(compilation, run, withPeers: true, compileMs);
                result.Runs.Add(pass);
                Log($"N={size}{(withContainers ? "" : " (no containers)")} run {run + 1}/{runs}: compile {compileMs:F0} ms, pass {pass.PassWallMs:F0} ms, "
                    + $"ours {pass.OursMs:F1} ms, no-op {pass.NoOpMs:F1} ms, Meziantou median {pass.PeerMedianMs:F1} ms ({pass.PeerMs.Count} ran)");
            }

            return result;
        }

        private static void Log(string message) =>
            Console.Error.WriteLine(DateTime.Now.ToString("HH:mm:ss", CultureInfo.InvariantCulture) + " " + message);
    }

    internal sealed class SizeResult
    {
        public int Files { get; init; }

        public int Lines { get; init; }

        public bool WithContainers { get; init; }

        public List<PassResult> Runs { get; } = new List<PassResult>();

        public double Median(Func<PassResult, double> value) => Stats.Median(Runs.Select(value));
    }
}
