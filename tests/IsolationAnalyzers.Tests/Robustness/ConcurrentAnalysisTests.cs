using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace IsolationAnalyzers.Tests.Robustness
{
    /// <summary>
    /// Builds and the IDE analyze files on several threads at once (the analyzer enables concurrent execution): what
    /// one thread has half computed in the value flow's shared caches must not change what another reports.
    /// </summary>
    public class ConcurrentAnalysisTests
    {
        private const string Library = """
            using System.Diagnostics;

            namespace Shared
            {
                public static class Images
                {
                    public const string NanoServer = "mcr.microsoft.com/windows/nanoserver:ltsc2022";
                }

                public sealed class WindowsRunner
                {
                    private readonly string image;

                    public WindowsRunner(string image)
                    {
                        this.image = image;
                    }

                    public Process? Start() => Process.Start("docker", "run --rm " + image);
                }

                public static class DockerShell
                {
                    public static Process? Run(string image, string args) => Process.Start("docker", $"run {args} {image}");
                }
            }
            """;

        [Fact]
        public async Task ConcurrentPasses_ReportWhatASequentialPassReports()
        {
            // Many files reach the same helpers at once: the first of them to ask whether a helper reaches a launch is
            // still deciding it when the others ask (a call-site finding once went missing in one pass out of three).
            var trees = new[] { RobustnessHarness.Parse(Library, "/0/Library.cs") }
                .Concat(Enumerable.Range(0, 40).Select(i => RobustnessHarness.Parse(Caller(i), $"/0/Caller{i:D2}.cs")))
                .ToArray();
            var compilation = RobustnessHarness.Compile(trees);
            Assert.DoesNotContain(compilation.GetDiagnostics(), d => d.Severity == DiagnosticSeverity.Error);

            var expected = Describe(await AnalyzeAsync(compilation, concurrent: false));
            Assert.Equal(80, expected.Length);
            for (var pass = 0; pass < 12; pass++)
            {
                // New trees each pass, so nothing kept per tree from the last pass decides for this one.
                var fresh = RobustnessHarness.Compile(trees.Select(t => RobustnessHarness.Parse(t.GetText().ToString(), t.FilePath)));
                Assert.Equal(expected, Describe(await AnalyzeAsync(fresh, concurrent: true)));
            }
        }

        private static string Caller(int i) => $$"""
            using Shared;

            class Caller{{i}}
            {
                object StartRunner() => new WindowsRunner(Images.NanoServer).Start();
                object RunTool() => DockerShell.Run(Images.NanoServer, "--rm -e N={{i}}");
            }
            """;

        private static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(Compilation compilation, bool concurrent)
        {
            var options = new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
                onAnalyzerException: null,
                concurrentAnalysis: concurrent,
                logAnalyzerExecutionTime: false);
            return await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new IsolationAnalyzer()), options).GetAnalyzerDiagnosticsAsync();
        }

        private static string[] Describe(ImmutableArray<Diagnostic> diagnostics) =>
            diagnostics.Select(d => d.Id + " " + d.Location.GetLineSpan() + " " + d.GetMessage(System.Globalization.CultureInfo.InvariantCulture))
                .OrderBy(s => s, System.StringComparer.Ordinal)
                .ToArray();
    }
}
