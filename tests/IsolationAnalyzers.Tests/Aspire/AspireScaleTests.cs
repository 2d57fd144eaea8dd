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
    /// analyzer's time grows about linearly with the number of resources (twice as many take less than
    /// <see cref="PathologicalInputTests.MaxRatio"/> times as long, measured as the pathological inputs are: the two
    /// sizes alternately, best of three, once more with more runs if the first pair looks worse than linear).
    /// </summary>
    [Collection(GrowthCollection.Name)]
    public sealed class AspireScaleTests
    {
        private readonly ITestOutputHelper output;

        public AspireScaleTests(ITestOutputHelper output)
        {
            this.output = output;
        }

        [Fact]
        public async Task ResourcesInLocalsOfOneBody_AreAnalyzedInLinearTime()
        {
            var compilation = RobustnessHarness.Compile(new[] { RobustnessHarness.Parse(AppHost(8)) });
            Assert.DoesNotContain(compilation.GetDiagnostics(), d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
            var small = await RobustnessHarness.AnalyzeAsync(compilation, RobustnessHarness.HostSettings);
            Assert.Empty(small.Exceptions);
            Assert.Equal(8, small.Diagnostics.Length);
            var (ratio, diagnostics) = PathologicalInputTests.GrowthRatio("resources in locals", AppHost(1000), AppHost(2000), runs: 3, output.WriteLine);
            Assert.Equal(2000, diagnostics);
            Assert.True(ratio < PathologicalInputTests.MaxRatio, $"analyzer time grew {ratio:0.0}x from 1000 to 2000 resources");
        }

        private static string AppHost(int resources)
        {
            var text = new StringBuilder("using Aspire.Hosting;\n\npublic sealed class AppHost\n{\nvoid Build(IDistributedApplicationBuilder builder)\n{\n");
            for (var i = 0; i < resources; i++)
            {
                text.Append("var r").Append(i).Append(" = builder.AddContainer(\"c").Append(i).Append("\", \"mcr.microsoft.com/windows/servercore\", \"ltsc2019\");\n");
                text.Append("r").Append(i).Append(".WithEnvironment(\"A\", \"B\");\n");
                text.Append("r").Append(i).Append(i % 2 == 0 ? ".WithContainerRuntimeArgs(\"--isolation=process\");\n" : ".WithHttpEndpoint(port: 8080);\n");
            }

            return text.Append("}\n}\n").ToString();
        }
    }
}
