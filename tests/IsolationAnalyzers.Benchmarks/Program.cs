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

        public int Keystrokes { get; set; } = 30;

        public int KeystrokeWarmup { get; set; } = 3;

        public int Passes { get; set; }

        public const string Usage = """
            IsolationAnalyzers performance benchmark (see docs/performance.md).

              dotnet run -c Release --project tests/IsolationAnalyzers.Benchmarks -- [options]

              --sizes 250,1000,4000   synthetic project sizes in files (~100 lines each)
              --runs 3                measured passes per size (medians; at least 3 for the budgets)
              --out PATH              the report (default docs/performance.md; --quick prints it only)
              --quick                 smoke run: sizes 60,120, 3 runs, 10 keystrokes, small fix documents, no sample build
              --sample PATH           project built with -p:ReportAnalyzer=true (default samples/Orchestrator)
              --no-sample             skip the sample build
              --no-fixes              skip the code-fix measurements
              --no-primer             no primer analyzer at the head of each pass (shows the first-toucher effect)
              --fix-lines 3000        lines of the single-fix document
              --fixall 100x10         Fix All documents x ISO0001 launches per document
              --keystrokes 30         keystrokes measured per typing run (after 3 unmeasured ones)
              --passes 20             only analyzer passes: this many at the first size (mixed, then value-flow
                                      workload), one line each, no report (for a profiler or a quick comparison)
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
                    case "--keystrokes":
                        options.Keystrokes = int.Parse(Next(), CultureInfo.InvariantCulture);
                        break;
                    case "--fixall":
                        var parts = Next().Split('x');
                        options.FixAllDocuments = int.Parse(parts[0], CultureInfo.InvariantCulture);
                        options.LaunchesPerDocument = int.Parse(parts[1], CultureInfo.InvariantCulture);
                        break;
                    case "--passes":
                        options.Passes = int.Parse(Next(), CultureInfo.InvariantCulture);
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
                options.Keystrokes = Math.Min(options.Keystrokes, 10);
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
            var loadAtStart = Machine.LoadAverage();
            var command = "dotnet run -c Release --project tests/IsolationAnalyzers.Benchmarks -- " + string.Join(" ", args);
            Log("IsolationAnalyzers benchmark: " + command.Trim());
            Log($"{AnalyzerPass.PeerAnalyzers.Length} Meziantou.Analyzer analyzers loaded");

            // Warm-up: JIT every path (compiler, drivers, all analyzers, document analysis) on a small project; nothing recorded.
            foreach (var workload in new[] { Workload.Mixed, Workload.NoContainers })
            {
                var warmup = AnalyzerPass.CreateCompilation(100, workload);
                var registrations = AnalyzerPass.RecordRegistrations(warmup);
                AnalyzerPass.MeasureCompile(warmup);
                var pass = AnalyzerPass.Run(warmup, workload == Workload.Mixed ? 0 : 1, withPeers: true, compileMs: 0, registrations, workload, keepWarm: workload == Workload.Mixed);
                if (pass.Warm is { } warm)
                {
                    Keystroke.Run(warm, KeystrokeFile(100, FileKind.Ordinary), FileKind.Ordinary, 3, 0);
                }
            }

            Log("warm-up done");
            if (options.Passes > 0)
            {
                Passes(options.Sizes[0], options.Passes);
                return 0;
            }

            // The sizes; the one nearest 1,000 files is "N = 1000" (value flow, bail-out and keystrokes use it).
            var at1000 = options.Sizes.OrderBy(n => Math.Abs(n - 1000)).First();
            var sizes = new List<SizeResult>();
            var keystrokes = new List<KeystrokeResult>();
            foreach (var size in options.Sizes)
            {
                var result = Measure(size, Workload.Mixed, options.Runs, keepWarm: size == at1000);
                sizes.Add(result);
                if (result.Runs[^1].Warm is { } warm)
                {
                    // Typing in the compilation the last pass analyzed, with its analyzer instances: first in a file without
                    // container code (the budget), then in one with value-flow launches (for information).
                    result.Runs[^1].Warm = null;
                    foreach (var kind in new[] { FileKind.Ordinary, FileKind.ValueFlow })
                    {
                        Log($"keystrokes in a {kind} file of N={size} …");
                        var (typing, last) = Keystroke.Run(warm, KeystrokeFile(size, kind), kind, options.Keystrokes, options.KeystrokeWarmup);
                        keystrokes.Add(typing);
                        warm = warm with { Compilation = last };
                        Log($"  {typing.File}: ours median {typing.Median(e => e.OursMs):F3} ms, no-op {typing.Median(e => e.NoOpMs):F3} ms, "
                            + $"Meziantou median {typing.Median(e => e.PeerMedianMs):F3} ms, our compilation start alone {typing.Median(e => e.OurStartMs):F3} ms, "
                            + $"document analysis {typing.Median(e => e.WallMs):F0} ms");
                    }
                }
            }

            // Value-flow workload: the same size, every container file launching through shared members and helpers.
            var valueFlow = Measure(at1000, Workload.ValueFlow, options.Runs);

            // Bail-out: the same size, with no container library referenced and no docker strings in the code.
            var bailout = Measure(at1000, Workload.NoContainers, options.Runs);

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
                ValueFlow = valueFlow,
                Bailout = bailout,
                Keystrokes = keystrokes,
                Fixes = fixes,
                Sample = sample,
                TotalSeconds = total.Elapsed.TotalSeconds,
                LoadAtStart = loadAtStart,
                LoadAtEnd = Machine.LoadAverage(),
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

        /// <summary><c>--passes</c>: analyzer passes only, each printed as it ends, and the medians.</summary>
        private static void Passes(int size, int passes)
        {
            foreach (var workload in new[] { Workload.Mixed, Workload.ValueFlow })
            {
                var compilation = AnalyzerPass.CreateCompilation(size, workload);
                var registrations = AnalyzerPass.RecordRegistrations(compilation);
                var compile = AnalyzerPass.MeasureCompile(compilation);
                var ours = new List<double>();
                var ratios = new List<double>();
                for (var run = 0; run < passes; run++)
                {
                    var pass = AnalyzerPass.Run(compilation, run + 1, withPeers: true, compile, registrations, workload);
                    var ratio = pass.OursMs / pass.PeerMedianMs;
                    ours.Add(pass.OursMs);
                    ratios.Add(ratio);
                    Log($"{workload} {size} pass {run + 1}: ours {pass.OursMs:F2} ms, Meziantou median {pass.PeerMedianMs:F2} ms, ours ÷ peer {ratio:F2}, ours ÷ compile {pass.OursMs / compile:P2}, diagnostics {pass.OurDiagnostics}");
                }

                Log($"{workload} {size}: medians ours {Stats.Median(ours):F2} ms, ours ÷ peer {Stats.Median(ratios):F2}, compile {compile:F0} ms");
            }
        }

        private static SizeResult Measure(int size, Workload workload, int runs, bool keepWarm = false)
        {
            var compilation = AnalyzerPass.CreateCompilation(size, workload);
            var errors = AnalyzerPass.Errors(compilation);
            if (errors.Count > 0)
            {
                throw new InvalidOperationException($"The synthetic project ({size} files, {workload}) does not compile: {errors[0]}");
            }

            var registrations = AnalyzerPass.RecordRegistrations(compilation);
            var lines = compilation.SyntaxTrees.Sum(t => t.GetText().Lines.Count);
            var result = new SizeResult { Files = size, Lines = lines, Workload = workload, Registrations = registrations };
            for (var run = 0; run < runs; run++)
            {
                var compileMs = AnalyzerPass.MeasureCompile(compilation);
                var pass = AnalyzerPass.Run(compilation, run, withPeers: true, compileMs, registrations, workload, keepWarm && run == runs - 1);
                result.Runs.Add(pass);
                if (pass.MirrorMismatch.Length > 0)
                {
                    Log("WARNING: the no-op does not register what ours registers: " + pass.MirrorMismatch);
                }
                Log($"N={size} {workload} run {run + 1}/{runs}: compile {compileMs:F0} ms, pass {pass.PassWallMs:F0} ms, "
                    + $"ours {pass.OursMs:F1} ms, no-op {pass.NoOpMs:F1} ms, floor {pass.FloorMs:F1} ms, Meziantou median {pass.PeerMedianMs:F1} ms ({pass.PeerMs.Count} ran), "
                    + $"our diagnostics {pass.OurDiagnostics}");
            }

            return result;
        }

        /// <summary>The file typed in: the ordinary or container file of the given kind nearest the middle of the project.</summary>
        private static int KeystrokeFile(int size, FileKind kind) =>
            Enumerable.Range(0, size)
                .Where(i => SyntheticProject.KindOf(i, Workload.Mixed) == kind)
                .OrderBy(i => Math.Abs(i - (size / 2)))
                .First();

        private static void Log(string message) =>
            Console.Error.WriteLine(DateTime.Now.ToString("HH:mm:ss", CultureInfo.InvariantCulture) + " " + message);
    }

    internal sealed class SizeResult
    {
        public int Files { get; init; }

        public int Lines { get; init; }

        public Workload Workload { get; init; }

        public Registrations? Registrations { get; init; }

        public string Label => Workload switch
        {
            Workload.ValueFlow => Files + " value-flow workload",
            Workload.NoContainers => Files + " bail-out (no containers)",
            _ => Files.ToString(CultureInfo.InvariantCulture),
        };

        public List<PassResult> Runs { get; } = new List<PassResult>();

        public double Median(Func<PassResult, double> value) => Stats.Median(Runs.Select(value));
    }
}
