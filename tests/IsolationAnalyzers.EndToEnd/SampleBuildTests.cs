using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace IsolationAnalyzers.EndToEnd
{
    /// <summary>
    /// samples/Orchestrator (Docker.DotNet), samples/IntegrationTests (Testcontainers), samples/AppModel (Aspire) and
    /// samples/KubernetesOperator (KubernetesClient) build, and report exactly what their <c>// expect:</c> comments say.
    /// </summary>
    public class SampleBuildTests
    {
        private static readonly string[] RulesTheSampleShows =
        {
            "ISO0001", "ISO0002", "ISO0003", "ISO0004", "ISO0005", "ISO0006", "ISO0007", "ISO0008", "ISO0009", "ISO0010",
        };

        /// <summary>The rules that apply to Kubernetes pods (rules.md §1.1): no isolation field, no daemon settings.</summary>
        private static readonly string[] RulesTheKubernetesSampleShows =
        {
            "ISO0002", "ISO0003", "ISO0004", "ISO0008", "ISO0009", "ISO0011",
        };

        [Fact]
        public Task SampleReportsExactlyTheExpectedDiagnostics() =>
            BuildAndCompareAsync(TestEnvironment.SampleDirectory, "Orchestrator.csproj", RulesTheSampleShows);

        [Fact]
        public Task IntegrationTestsSampleReportsExactlyTheExpectedDiagnostics() =>
            BuildAndCompareAsync(TestEnvironment.IntegrationTestsSampleDirectory, "IntegrationTests.csproj", RulesTheSampleShows);

        [Fact]
        public Task KubernetesOperatorSampleReportsExactlyTheExpectedDiagnostics() =>
            BuildAndCompareAsync(TestEnvironment.KubernetesSampleDirectory, "KubernetesOperator.csproj", RulesTheKubernetesSampleShows);

        [Fact]
        public Task AppModelSampleReportsExactlyTheExpectedDiagnostics() =>
            BuildAndCompareAsync(TestEnvironment.AppModelSampleDirectory, "AppModel.csproj", RulesTheSampleShows);

        private static async Task BuildAndCompareAsync(string sampleDirectory, string projectFile, string[] rulesTheSampleShows)
        {
            using var temp = new TempDirectory("sample");

            // A fresh artifacts path: a full compile that prints every diagnostic, and no clash with the
            // developer's own bin/ and obj/. MSBuild does not print Info diagnostics (ISO0006), so the compiler's
            // SARIF log is read as well. Every compile of the build writes it; the sample, which depends on the
            // analyzer projects, compiles last.
            string errorLog = temp.Combine(Path.GetFileNameWithoutExtension(projectFile) + ".sarif");
            CommandResult build = await DotNetCli.RunAsync(
                TestEnvironment.RepoRoot,
                new[]
                {
                    "build", Path.Combine(sampleDirectory, projectFile), "--artifacts-path", temp.Combine("artifacts"),
                    "-p:TreatWarningsAsErrors=false", "-p:ErrorLog=" + errorLog + "%2Cversion%3D2.1",
                }.Concat(DotNetCli.BuildSwitches));
            Assert.True(build.Succeeded, build.ToString());
            Assert.True(File.Exists(errorLog), "the compiler wrote no error log" + Environment.NewLine + build);

            var diagnostics = BuildDiagnostics.Parse(build.Output).Concat(BuildDiagnostics.ReadSarif(errorLog)).ToList();
            Assert.True(BuildDiagnostics.LoadFailures(diagnostics).Count == 0, "the analyzer failed to load or threw:" + Environment.NewLine + build);

            var expected = BuildDiagnostics.ReadMarkers(Directory.GetFiles(sampleDirectory, "*.cs", SearchOption.AllDirectories)
                .Where(f => !f.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                    && !f.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal)));
            foreach (string id in rulesTheSampleShows)
            {
                Assert.True(expected.Any(e => e.Id == id), $"the sample has no '// expect: {id}' marker");
            }

            var problems = BuildDiagnostics.Compare(expected, diagnostics);
            Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems) + Environment.NewLine + build);

            // What a user sees in the console: every rule the sample shows is printed (ISO0006 is raised to a warning
            // by the sample's .editorconfig).
            var printed = BuildDiagnostics.Parse(build.Output).ToList();
            foreach (string id in rulesTheSampleShows)
            {
                Assert.True(printed.Any(d => d.Id == id), $"{id} was not printed by dotnet build{Environment.NewLine}{build}");
            }
        }
    }
}
