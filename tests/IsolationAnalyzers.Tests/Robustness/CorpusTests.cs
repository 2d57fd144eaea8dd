using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Xunit;
using Xunit.Abstractions;

namespace IsolationAnalyzers.Tests.Robustness
{
    /// <summary>The corpora under tests/corpus: launches that exercise every rule, and valid code that must stay silent.</summary>
    public sealed class CorpusTests
    {
        private readonly ITestOutputHelper output;

        public CorpusTests(ITestOutputHelper output)
        {
            this.output = output;
        }

        [Fact]
        public async Task LaunchCorpus_Compiles_AndExercisesEveryRule()
        {
            var files = RobustnessHarness.CorpusFiles("launches").ToArray();
            Assert.NotEmpty(files);
            var seen = new System.Collections.Generic.HashSet<string>();
            foreach (var file in files)
            {
                var tree = RobustnessHarness.Parse(System.IO.File.ReadAllText(file), file);
                var compilation = RobustnessHarness.Compile(new[] { tree });
                var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
                Assert.True(errors.Length == 0, RobustnessHarness.Relative(file) + " does not compile:\n" + string.Join("\n", errors.Select(e => e.ToString())));

                var result = await RobustnessHarness.AnalyzeAsync(compilation, RobustnessHarness.HostSettings);
                Assert.Empty(result.Exceptions);
                foreach (var diagnostic in result.Diagnostics.OrderBy(d => d.Location.SourceSpan.Start))
                {
                    output.WriteLine($"{RobustnessHarness.Relative(file)}:{diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1}: {diagnostic.Id} {diagnostic.GetMessage()}");
                    seen.Add(diagnostic.Id);
                }
            }

            var missing = Enumerable.Range(1, 11).Select(n => $"ISO{n:0000}").Where(rule => !seen.Contains(rule)).ToArray();
            Assert.True(missing.Length == 0, "No corpus file triggers " + string.Join(", ", missing));
        }

        [Fact]
        public async Task ValidCorpus_ProducesNoDiagnostic()
        {
            var files = RobustnessHarness.CorpusFiles("valid").ToArray();
            Assert.NotEmpty(files);
            foreach (var file in files)
            {
                var tree = RobustnessHarness.Parse(System.IO.File.ReadAllText(file), file);
                var compilation = RobustnessHarness.Compile(new[] { tree });
                var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
                Assert.True(errors.Length == 0, RobustnessHarness.Relative(file) + " does not compile:\n" + string.Join("\n", errors.Select(e => e.ToString())));

                var result = await RobustnessHarness.AnalyzeAsync(compilation, RobustnessHarness.HostSettings);
                Assert.Empty(result.Exceptions);
                var reported = result.Diagnostics
                    .Where(d => d.Id.StartsWith("ISO", System.StringComparison.Ordinal) || d.Id == "AD0001")
                    .Select(d => $"{RobustnessHarness.Relative(file)}:{d.Location.GetLineSpan().StartLinePosition.Line + 1}: {d.Id} {d.GetMessage()}")
                    .ToArray();
                Assert.True(reported.Length == 0, string.Join("\n", reported));
                output.WriteLine($"{RobustnessHarness.Relative(file)}: no diagnostic");
            }
        }
    }
}
