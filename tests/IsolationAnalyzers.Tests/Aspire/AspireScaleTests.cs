using System;
using System.Text;
using System.Threading.Tasks;
using IsolationAnalyzers.Tests.Robustness;
using Xunit;
using Xunit.Abstractions;

namespace IsolationAnalyzers.Tests.Aspire
{
    /// <summary>
    /// An app host's Program.cs holds its resources in locals of one body and configures each by statements on it.
    /// Each chain asks which other chains belong to its resource, so the locals are indexed once per body: the
    /// analyzer's time grows about linearly with the number of resources (twice as many take less than 3.5 times as
    /// long; best of three runs on a bound compilation, so the compiler's own binding is not measured; times under 50 ms
    /// count as 50 ms).
    /// </summary>
    public sealed class AspireScaleTests
    {
        private const double MaxRatio = 3.5;
        private const double FloorMilliseconds = 50;

        private readonly ITestOutputHelper output;

        public AspireScaleTests(ITestOutputHelper output)
        {
            this.output = output;
        }

        [Fact]
        public async Task ResourcesInLocalsOfOneBody_AreAnalyzedInLinearTime()
        {
            var small = await MeasureAsync(8);
            Assert.Equal(8, small.Diagnostics);
            var half = await MeasureAsync(1000);
            var full = await MeasureAsync(2000);
            output.WriteLine($"1000 resources: {half.Milliseconds:0} ms, 2000 resources: {full.Milliseconds:0} ms, {full.Diagnostics} diagnostics");
            Assert.Equal(2000, full.Diagnostics);
            var ratio = full.Milliseconds / Math.Max(half.Milliseconds, FloorMilliseconds);
            Assert.True(ratio < MaxRatio, $"analyzer time grew {ratio:0.0}x from 1000 to 2000 resources");
        }

        private static async Task<(double Milliseconds, int Diagnostics)> MeasureAsync(int resources)
        {
            var text = new StringBuilder("using Aspire.Hosting;\n\npublic sealed class AppHost\n{\nvoid Build(IDistributedApplicationBuilder builder)\n{\n");
            for (var i = 0; i < resources; i++)
            {
                text.Append("var r").Append(i).Append(" = builder.AddContainer(\"c").Append(i).Append("\", \"mcr.microsoft.com/windows/servercore\", \"ltsc2019\");\n");
                text.Append("r").Append(i).Append(".WithEnvironment(\"A\", \"B\");\n");
                text.Append("r").Append(i).Append(i % 2 == 0 ? ".WithContainerRuntimeArgs(\"--isolation=process\");\n" : ".WithHttpEndpoint(port: 8080);\n");
            }

            var compilation = RobustnessHarness.Compile(new[] { RobustnessHarness.Parse(text.Append("}\n}\n").ToString()) });
            Assert.DoesNotContain(compilation.GetDiagnostics(), d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
            var best = double.MaxValue;
            var diagnostics = 0;
            for (var run = 0; run < 3; run++)
            {
                var result = await RobustnessHarness.AnalyzeAsync(compilation, RobustnessHarness.HostSettings, logTime: true);
                Assert.Empty(result.Exceptions);
                best = Math.Min(best, result.AnalyzerTime.TotalMilliseconds);
                diagnostics = result.Diagnostics.Length;
            }

            return (best, diagnostics);
        }
    }
}
