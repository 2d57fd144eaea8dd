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
    [Collection(GrowthCollection.Name)]
    public sealed class PathologicalInputTests
    {
        internal const double MaxRatio = 3.5;

        /// <summary>At most about this many diagnostics of one input get their fixes applied.</summary>
        private const int FixedDiagnostics = 16;

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
            var (ratio, _) = GrowthRatio(name, generate(size / 2), generate(size), runs, output.WriteLine);
            Assert.True(ratio < MaxRatio, $"{name}: analyzer time grew {ratio:0.0}x from size {size / 2} to {size}");
        }

        /// <summary>
        /// The fixes offered on each input (at full size) compute, and none adds a compiler error: the odd characters
        /// must reach the fixed code escaped, the huge command lines must not make an edit land in the wrong place.
        /// Inputs with thousands of diagnostics get their fixes applied on <see cref="FixedDiagnostics"/> of them,
        /// spread over the file (each fix recompiles the whole input).
        /// </summary>
        [Theory]
        [MemberData(nameof(Cases))]
        public async Task FixesOnTheInput_ComputeWithoutExceptionOrNewErrors(string name)
        {
            var (size, _, generate) = Generators[name];
            var source = generate(size);
            var reported = (await RobustnessHarness.AnalyzeAsync(RobustnessHarness.Compile(new[] { RobustnessHarness.Parse(source) }), RobustnessHarness.HostSettings)).Diagnostics.Length;
            var stride = Math.Max(1, reported / FixedDiagnostics);
            var index = 0;
            var counts = await CheckFixesAsync(source, _ => index++ % stride == 0);
            output.WriteLine($"{name}: {counts}");
            Assert.True(counts.FailureCount == 0, string.Join("\n\n", counts.Failures.Take(5)));
        }

        /// <summary>Extreme memory values on every surface: no exception, no overflow in a fix, no fix that adds an error.</summary>
        [Theory]
        [InlineData("long.MaxValue", "9223372036854775807")]
        [InlineData("long.MinValue", "-9223372036854775808")]
        [InlineData("-1", "-1")]
        [InlineData("0", "0")]
        [InlineData("1", "1")]
        [InlineData("-1L * 1024 * 1024", "99999999999999999999g")]
        [InlineData("unchecked((long)ulong.MaxValue)", "8191p")]
        [InlineData("int.MinValue", "0.0000001m")]
        public async Task ExtremeMemoryValues_AnalyzeAndFixWithoutException(string expression, string cli)
        {
            var source = Wrap(
                "object A() => new CreateContainerParameters { Image = \"mcr.microsoft.com/windows/servercore:ltsc2022\", HostConfig = new HostConfig { Isolation = \"process\", Memory = " + expression + ", MemorySwap = " + expression + ", MemoryReservation = " + expression + " } };\n"
                + "object B() => new Docker.DotNet.Models.ServiceCreateParameters { Service = new ServiceSpec { TaskTemplate = new TaskSpec { ContainerSpec = new ContainerSpec { Image = \"mcr.microsoft.com/windows/nanoserver:ltsc2022\" }, Resources = new ResourceRequirements { Limits = new SwarmLimit { MemoryBytes = " + expression + " } } } } };\n"
                + "object C() => new ContainerBuilder(\"mcr.microsoft.com/windows/servercore:ltsc2022\").WithCreateParameterModifier(p => { p.HostConfig.Memory = " + expression + "; p.HostConfig.Isolation = \"hyperv\"; }).Build();\n"
                + "object D() => Process.Start(\"docker\", \"run --isolation=process -m " + cli + " --memory-swap " + cli + " --memory-reservation=" + cli + " mcr.microsoft.com/windows/servercore:ltsc2022\");\n"
                + "object E() => Process.Start(\"docker\", new[] { \"run\", \"--memory=" + cli + "\", \"--memory-swappiness\", \"" + cli + "\", \"mcr.microsoft.com/windows/nanoserver:ltsc2022\" });\n");
            var counts = await CheckFixesAsync(source);
            output.WriteLine($"{expression} / {cli}: {counts}");
            Assert.True(counts.FailureCount == 0, string.Join("\n\n", counts.Failures.Take(5)));
            Assert.True(counts.Diagnostics > 0, "nothing reported on " + expression);
        }

        private static async Task<Typing.TypingCounts> CheckFixesAsync(string source, Func<Diagnostic, bool>? select = null)
        {
            using var checker = new Typing.TypingChecker(
                RobustnessHarness.AllReferences,
                RobustnessHarness.ParseOptions,
                RobustnessHarness.HostSettings,
                Typing.TypingChecker.AnalyzersIn(typeof(IsolationAnalyzer).Assembly),
                Typing.TypingChecker.FixesIn(typeof(IsolationAnalyzers.CodeFixes.UseIsolationModeCodeFixProvider).Assembly),
                select: select);
            await checker.CheckAsync(source, () => "generated input");
            return checker.Counts;
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
            // A thousand helpers share one name, as the name-grouped lookups see them; each part's own helper is declared in
            // a type of its own, so the compiler resolves each call among the few overloads of one type (a thousand
            // overloads in one type would make the compiler's own overload resolution, which the analyzer's symbol
            // questions pay for, grow with the square of the input).
            ["1,000 helpers of one name, overloaded and generic, in partial parts"] = (1_000, 2, parts =>
            {
                var text = new StringBuilder("static CreateContainerParameters Make<T>(string image, T tag, int n) => new CreateContainerParameters { Image = image, Name = tag.ToString() };\n");
                text.Append("static CreateContainerParameters Make(string image, string name) => new CreateContainerParameters { Image = image, Name = name };\n");
                for (var i = 0; i < parts; i++)
                {
                    text.Append("}\npublic sealed partial class Generated\n{\n");
                    text.Append("public struct K").Append(i).Append(" { public static CreateContainerParameters Make(string image, K").Append(i)
                        .Append(" key) => new CreateContainerParameters { Image = image }; public static CreateContainerParameters Make(string image) => Make(image, new K")
                        .Append(i).Append("()); }\n");
                    text.Append("object Use").Append(i).Append("() => K").Append(i).Append(".Make(\"mcr.microsoft.com/windows/servercore:ltsc2022\");\n");
                    text.Append("object Generic").Append(i).Append("() => Make(\"mcr.microsoft.com/windows/nanoserver:ltsc2022\", ").Append(i).Append(", ").Append(i).Append(");\n");
                    text.Append("object Named").Append(i).Append("() => Make(\"mcr.microsoft.com/windows/nanoserver:ltsc2022\", \"n").Append(i).Append("\");\n");
                }

                return Wrap(text.ToString()).Replace("public sealed class Generated", "public sealed partial class Generated");
            }),
            ["10,000-character images and isolation values with odd Unicode and control characters"] = (10_000, 4, length =>
            {
                var windows = "mcr.microsoft.com/windows/servercore:ltsc2019";
                var image = Odd(windows, length);
                var tag = Odd(windows + "-", length);
                var isolation = Odd("process", length);
                var upper = Odd("HyperV", length);
                return Wrap(
                    "object A() => new CreateContainerParameters { Image = \"" + image + "\", HostConfig = new HostConfig { Isolation = \"" + isolation + "\" } };\n"
                    + "object B() => new CreateContainerParameters { Image = \"" + windows + "\", HostConfig = new HostConfig { Isolation = \"" + upper + "\" } };\n"
                    + "object C() => new CreateContainerParameters { Image = \"" + Odd("mcr.microsoft.com/windows/servercore", length) + "\" };\n"
                    + "object D() => Process.Start(\"docker\", \"run --isolation=" + isolation + " " + image + "\");\n"
                    + "object E() => Process.Start(\"docker\", new[] { \"run\", \"--isolation=" + upper + "\", \"" + tag + "\" });\n"
                    + "object F() => new ContainerBuilder(\"" + tag + "\").WithCreateParameterModifier(p => p.HostConfig.Isolation = \"" + isolation + "\").Build();\n"
                    + "object G() => new ContainerBuilder(\"" + windows + "\").WithCreateParameterModifier(p => p.HostConfig.Isolation = \"" + upper + "\").Build();\n"
                    + "object H() => Process.Start(\"docker\", @\"run " + image.Replace("\\\"", "\"\"", StringComparison.Ordinal) + "\");\n");
            }),
            ["docker command line of 100,000 tokens"] = (100_000, 2, tokens =>
            {
                var pieces = new[] { "-e K=v", "--isolation=process", "-m 512m", "--memory-swappiness 0", "--device class/x", "-e \\\"K=quoted value\\\"", "--network=container:x", "--platform windows", "-v c:\\\\data:c:\\\\data" };
                var text = new StringBuilder("docker run");
                for (var i = 0; i < tokens / 2; i++)
                {
                    text.Append(' ').Append(pieces[i % pieces.Length]);
                }

                text.Append(" mcr.microsoft.com/windows/servercore:ltsc2019 cmd");
                return Wrap("string Script() => \"" + text + "\";");
            }),
            ["argument array of 100,000 elements"] = (100_000, 2, elements =>
            {
                var text = new StringBuilder("object Start() => Process.Start(\"docker\", new[] { \"run\"");
                for (var i = 0; i < elements - 2; i++)
                {
                    text.Append(i % 4 == 0 ? ", \"-m\"" : i % 4 == 1 ? ", \"" + (i % 1000 == 1 ? "64k" : "2g") + "\"" : i % 4 == 2 ? ", \"-e\"" : ", \"K" + i + "=v\"");
                }

                text.Append(", \"mcr.microsoft.com/windows/servercore:ltsc2022\" });");
                return Wrap(text.ToString());
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

        /// <summary>
        /// C# escapes of characters that break naive string handling, cycled through: a surrogate pair, a lone high
        /// and a lone low surrogate, a combining accent, right-to-left and left-to-right marks and overrides, NUL, zero-width
        /// space, joiner and byte-order mark, tab, no-break space, line and paragraph separators, other control
        /// characters, and escaped quote and backslash. Each escape is one or two characters of the value.
        /// </summary>
        private static readonly string[] OddEscapes =
        {
            "\\uD83D\\uDE00", "\\uD800", "e\\u0301", "\\u202E", "\\u200F", "\\0", "\\u200B", "\\u200D", "\\uFEFF", "\\t", "\\u00A0",
            "\\u2028", "\\u2029", "\\u0001", "\\u001B", "\\u007F", "\\u202D", "\\r", "\\n", "\\\"", "\\\\", " ", "\\uDC00", "\\u0300",
        };

        /// <summary>Literal text (escapes) for a value of at least <paramref name="length"/> characters after <paramref name="start"/>.</summary>
        internal static string Odd(string start, int length)
        {
            var text = new StringBuilder(start);
            for (var i = 0; i < length; i++)
            {
                text.Append(OddEscapes[i % OddEscapes.Length]);
            }

            return text.ToString();
        }

        private static string Wrap(string members) =>
            "using System;\nusing System.Collections.Generic;\nusing System.Diagnostics;\nusing Docker.DotNet.Models;\nusing DotNet.Testcontainers.Builders;\n\n"
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

        /// <summary>
        /// How many times as long the analyzer takes on <paramref name="full"/> as on <paramref name="half"/> (each at
        /// least <see cref="Floor"/>): both measured alternately, best of <paramref name="runs"/>. A busy machine (the
        /// other tests of the run, a collection) bills a pause to one size: above <see cref="MaxRatio"/> both are
        /// measured once more with more runs before the growth is called worse than linear (quadratic growth stays at
        /// 4x however often it runs). Also the diagnostics of the full size.
        /// </summary>
        internal static (double Ratio, int FullDiagnostics) GrowthRatio(string name, string half, string full, int runs, Action<string> log)
        {
            var (h, f) = MeasurePair(half, full, runs);
            log($"{name}: half size -> {h.Analyzer.TotalMilliseconds:0} ms analyzer ({h.Total.TotalMilliseconds:0} ms with binding), " +
                $"full size -> {f.Analyzer.TotalMilliseconds:0} ms analyzer ({f.Total.TotalMilliseconds:0} ms with binding), {f.Diagnostics} diagnostics");
            var ratio = f.Analyzer.TotalMilliseconds / Math.Max(h.Analyzer.TotalMilliseconds, Floor.TotalMilliseconds);
            if (ratio >= MaxRatio)
            {
                (h, f) = MeasurePair(half, full, runs + 2);
                log($"{name}: again, half size -> {h.Analyzer.TotalMilliseconds:0} ms, full size -> {f.Analyzer.TotalMilliseconds:0} ms");
                ratio = f.Analyzer.TotalMilliseconds / Math.Max(h.Analyzer.TotalMilliseconds, Floor.TotalMilliseconds);
            }

            return (ratio, f.Diagnostics);
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
