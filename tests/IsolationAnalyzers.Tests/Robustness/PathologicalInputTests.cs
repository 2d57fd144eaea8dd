using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Xunit;
using Xunit.Abstractions;

namespace IsolationAnalyzers.Tests.Robustness
{
    /// <summary>
    /// Inputs far larger than real code: each is analyzed without exception or stack overflow (on a thread with a
    /// 1 MB stack, as small as an IDE's), and the analyzer's own time grows about linearly: analyzing the input at
    /// full size takes less than 3.5 times as long as at half size (after a warm-up; the two sizes measured alternately, best of several runs where binding is cheap; times under 50 ms count as 50 ms, where the clock and the collector are all one measures).
    /// </summary>
    public sealed class PathologicalInputTests
    {
        private const double MaxRatio = 3.5;

        /// <summary>Below this the clock and the runtime's noise dominate: ratios are taken against at least this.</summary>
        private static readonly TimeSpan Floor = TimeSpan.FromMilliseconds(50);

        private readonly ITestOutputHelper output;

        public PathologicalInputTests(ITestOutputHelper output)
        {
            this.output = output;
        }

        public static TheoryData<string> Cases() => new TheoryData<string>(Generators.Keys);

        [Theory]
        [MemberData(nameof(Cases))]
        public void AnalyzesInLinearTime(string name)
        {
            var (size, runs, generate) = Generators[name];
            var small = Measure(generate(8), runs: 1, checkErrors: true); // warm-up, and the generated code compiles
            Assert.True(small.Diagnostics > 0 || name.Contains("ordinary", StringComparison.Ordinal), "the small input should report something");
            var (half, full) = MeasurePair(generate(size / 2), generate(size), runs);
            output.WriteLine($"{name}: size {size / 2} -> {half.Analyzer.TotalMilliseconds:0} ms analyzer ({half.Total.TotalMilliseconds:0} ms with binding), " +
                $"size {size} -> {full.Analyzer.TotalMilliseconds:0} ms analyzer ({full.Total.TotalMilliseconds:0} ms with binding), {full.Diagnostics} diagnostics");
            var ratio = full.Analyzer.TotalMilliseconds / Math.Max(half.Analyzer.TotalMilliseconds, Floor.TotalMilliseconds);
            Assert.True(ratio < MaxRatio, $"{name}: analyzer time grew {ratio:0.0}x from size {size / 2} to {size}");
        }

        /// <summary>Each generator takes a size and returns a compilable source file; the size is the one in the issue.</summary>
        internal static readonly Dictionary<string, (int Size, int Runs, Func<int, string> Generate)> Generators = new()
        {
            ["1 MB string literal starting with docker run"] = (1 << 20, 4, bytes =>
            {
                var text = new StringBuilder("docker run --isolation=process");
                while (text.Length < bytes)
                {
                    text.Append(" -e KEY=value");
                }

                text.Append(" mcr.microsoft.com/windows/servercore:ltsc2019 cmd");
                return Wrap("string Script() => \"" + text + "\";");
            }),
            ["10,000-part string concatenation"] = (10_000, 2, parts =>
            {
                var text = new StringBuilder("string Script(string v) => \"docker run\"");
                for (var i = 0; i < parts - 2; i++)
                {
                    text.Append(i % 3 == 0 ? " + \" -e \" + v" : " + \" -e K" + i + "=1\"");
                }

                text.Append(" + \" mcr.microsoft.com/windows/servercore:ltsc2022\";");
                return Wrap(text.ToString());
            }),
            ["2,000 ArgumentList.Add calls"] = (2_000, 2, calls =>
            {
                var text = new StringBuilder("void Start(string v) {\nvar psi = new ProcessStartInfo(\"docker\");\npsi.ArgumentList.Add(\"run\");\n");
                for (var i = 0; i < calls - 2; i++)
                {
                    text.Append(i % 2 == 0 ? "psi.ArgumentList.Add(\"-e\");\n" : "psi.ArgumentList.Add(\"K" + i + "=\" + v);\n");
                }

                text.Append("psi.ArgumentList.Add(\"mcr.microsoft.com/windows/servercore:ltsc2022\");\nProcess.Start(psi);\n}");
                return Wrap(text.ToString());
            }),
            ["500 nested conditional expressions"] = (500, 2, depth =>
            {
                var isolation = new StringBuilder();
                var args = new StringBuilder();
                for (var i = 0; i < depth; i++)
                {
                    isolation.Append("n == " + i + " ? \"" + (i % 2 == 0 ? "process" : "hyperv") + "\" : ");
                    args.Append("n == " + i + " ? \"run --isolation=" + (i % 2 == 0 ? "process" : "hyper-v") + " mcr.microsoft.com/windows/servercore:ltsc2019\" : ");
                }

                return Wrap(
                    "object P(int n) => new CreateContainerParameters { Image = \"mcr.microsoft.com/windows/servercore:ltsc2019\", HostConfig = new HostConfig { Isolation = "
                    + isolation + "null } };\n"
                    + "object Q(int n) => Process.Start(\"docker\", " + args + "\"run mcr.microsoft.com/windows/nanoserver:ltsc2022\");");
            }),
            ["interpolated string with 5,000 holes"] = (5_000, 2, holes =>
            {
                var text = new StringBuilder("string Script(string[] v) => $\"docker run --isolation=process");
                for (var i = 0; i < holes; i++)
                {
                    text.Append(" -e K" + i + "={v[" + i + "]}");
                }

                text.Append(" mcr.microsoft.com/windows/servercore:ltsc2019\";");
                return Wrap(text.ToString());
            }),
            // Value flow (rules.md §1.2): call chains longer than it follows, helpers called very often, recursion,
            // overloads, generic helpers and partial classes, each bounded and linear.
            ["1,000-method call chain"] = (1_000, 2, methods =>
            {
                var text = new StringBuilder();
                for (var i = 0; i < methods - 1; i++)
                {
                    text.Append("static CreateContainerParameters M").Append(i).Append("(string image) => M").Append(i + 1).Append("(image);\n");
                }

                text.Append("static CreateContainerParameters M").Append(methods - 1).Append("(string image) => new CreateContainerParameters { Image = image };\n");
                text.Append("object Top() => M0(\"mcr.microsoft.com/windows/servercore:ltsc2022\");\n");
                text.Append("object Near() => M").Append(methods - 2).Append("(\"mcr.microsoft.com/windows/servercore:ltsc2022\");\n");
                return Wrap(text.ToString());
            }),
            ["a helper called 10,000 times"] = (10_000, 2, calls =>
            {
                var text = new StringBuilder("static void Run(string image, string isolation) => Process.Start(\"docker\", $\"run --isolation={isolation} {image} cmd\");\n");
                for (var method = 0; method * 100 < calls; method++)
                {
                    text.Append("void Calls").Append(method).Append("()\n{\n");
                    for (var i = 0; i < 100 && (method * 100) + i < calls; i++)
                    {
                        text.Append("    Run(\"mcr.microsoft.com/windows/servercore:ltsc2019\", \"").Append(i % 2 == 0 ? "process" : "hyperv").Append("\");\n");
                    }

                    text.Append("}\n");
                }

                return Wrap(text.ToString());
            }),
            ["1,000 mutually recursive helpers"] = (1_000, 2, methods =>
            {
                var text = new StringBuilder();
                for (var i = 0; i < methods; i++)
                {
                    text.Append("static CreateContainerParameters R").Append(i).Append("(string image, int n) => n > 0 ? R").Append((i + 1) % methods)
                        .Append("(image, n - 1) : new CreateContainerParameters { Image = image };\n");
                    text.Append("object C").Append(i).Append("() => R").Append(i).Append("(\"mcr.microsoft.com/windows/servercore:ltsc2022\", 3);\n");
                }

                return Wrap(text.ToString());
            }),
            ["1,000 overloads and generic helpers of one name, in partial parts"] = (1_000, 2, parts =>
            {
                var text = new StringBuilder("static CreateContainerParameters Make<T>(string image, T tag, int n) => new CreateContainerParameters { Image = image, Name = tag.ToString() };\n");
                for (var i = 0; i < parts; i++)
                {
                    text.Append("}\npublic sealed partial class Generated\n{\n");
                    text.Append("public struct K").Append(i).Append(" { }\n");
                    text.Append("static CreateContainerParameters Make(string image, K").Append(i).Append(" key) => new CreateContainerParameters { Image = image };\n");
                    text.Append("object Use").Append(i).Append("() => Make(\"mcr.microsoft.com/windows/servercore:ltsc2022\", new K").Append(i).Append("());\n");
                    text.Append("object Generic").Append(i).Append("() => Make(\"mcr.microsoft.com/windows/nanoserver:ltsc2022\", ").Append(i).Append(", ").Append(i).Append(");\n");
                }

                return Wrap(text.ToString()).Replace("public sealed class Generated", "public sealed partial class Generated");
            }),
            ["20,000-line file of ordinary code"] = (20_000, 1, lines =>
            {
                var text = new StringBuilder();
                var methods = lines / 10;
                for (var i = 0; i < methods; i++)
                {
                    text.Append("int M").Append(i).Append("(int x, string s)\n{\n");
                    text.Append("    var total = x * ").Append(i).Append(";\n");
                    text.Append("    if (s.StartsWith(\"run\", StringComparison.Ordinal)) { total += s.Length; }\n");
                    text.Append("    var list = new List<string> { \"a\", s, \"c" + i + "\" };\n");
                    text.Append("    foreach (var item in list) { total += item.GetHashCode() % 7; }\n");
                    text.Append("    Console.WriteLine($\"value {total} of {s}\");\n");
                    text.Append("    return total;\n}\n");
                }

                return Wrap(text.ToString());
            }),
        };

        private static string Wrap(string members) =>
            "using System;\nusing System.Collections.Generic;\nusing System.Diagnostics;\nusing Docker.DotNet.Models;\n\n"
            + "public sealed class Generated\n{\n" + members + "\n}\n";

        private static Measurement Measure(string source, int runs, bool checkErrors)
        {
            Measurement? best = null;
            for (var run = 0; run < runs; run++)
            {
                var measurement = MeasureOnce(source, checkErrors && run == 0);
                if (best is null || measurement.Analyzer < best.Analyzer)
                {
                    best = measurement;
                }
            }

            return best!;
        }

        /// <summary>Both sizes, alternately (so both see the same machine load); the best run of each.</summary>
        private static (Measurement Half, Measurement Full) MeasurePair(string half, string full, int runs)
        {
            Measurement? bestHalf = null, bestFull = null;
            for (var run = 0; run < runs; run++)
            {
                var h = MeasureOnce(half, checkErrors: false);
                var f = MeasureOnce(full, checkErrors: false);
                bestHalf = bestHalf is null || h.Analyzer < bestHalf.Analyzer ? h : bestHalf;
                bestFull = bestFull is null || f.Analyzer < bestFull.Analyzer ? f : bestFull;
            }

            return (bestHalf!, bestFull!);
        }

        private static Measurement MeasureOnce(string source, bool checkErrors)
        {
            // Large inputs allocate large strings: start each run from a collected heap, so a pending
            // collection from the previous input is not charged to this one.
            GC.Collect();
            GC.WaitForPendingFinalizers();
            return OnSmallStack(() =>
            {
                var started = DateTime.UtcNow;
                var compilation = RobustnessHarness.Compile(new[] { RobustnessHarness.Parse(source) });
                var errors = checkErrors ? compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Take(3).ToArray() : Array.Empty<Diagnostic>();
                Assert.True(errors.Length == 0, "generated code does not compile: " + string.Join("\n", errors.Select(e => e.ToString())));
                var result = RobustnessHarness.AnalyzeAsync(compilation, RobustnessHarness.HostSettings, logTime: true).GetAwaiter().GetResult();
                Assert.Empty(result.Exceptions);
                return new Measurement(result.AnalyzerTime, DateTime.UtcNow - started, result.Diagnostics.Length);
            });
        }

        /// <summary>Runs on a thread with a 1 MB stack, so recursion that only fits a larger stack fails here.</summary>
        private static T OnSmallStack<T>(Func<T> work)
        {
            T result = default!;
            Exception? failure = null;
            var thread = new Thread(() =>
            {
                try
                {
                    result = work();
                }
                catch (Exception exception)
                {
                    failure = exception;
                }
            }, maxStackSize: 1 << 20);
            thread.Start();
            thread.Join();
            if (failure is not null)
            {
                throw new AggregateException(failure);
            }

            return result;
        }

        private sealed record Measurement(TimeSpan Analyzer, TimeSpan Total, int Diagnostics);
    }
}
