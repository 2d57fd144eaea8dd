using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Xunit;

namespace IsolationAnalyzers.EndToEnd
{
    /// <summary>
    /// The package loads and reports under an older compiler than the SDK's: Microsoft.Net.Compilers.Toolset 4.14.0,
    /// the compiler of Visual Studio 2022 17.14 (the analyzers compile against Microsoft.CodeAnalysis 4.8.0).
    /// </summary>
    [Collection(PackedPackageCollection.Name)]
    public class OlderCompilerTests
    {
        internal const string ToolsetVersion = "4.14.0";

        private readonly PackedPackage _package;

        public OlderCompilerTests(PackedPackage package) => _package = package;

        [Fact]
        public async Task AnalyzerLoadsAndReportsUnderTheCompilerOfVisualStudio17_14()
        {
            // The .NET 10 SDK sets the compiler's paths itself when RoslynCompilerType is Core (the default under
            // `dotnet build`), over the toolset package's; any other value leaves the package's in place. (Visual Studio
            // 17.14 runs this compiler without either.)
            ConsumerProject consumer = _package.CreateConsumer("toolset", _package.StandardProjectBody(
                "<ContainerHostOS>ltsc2022</ContainerHostOS><RoslynCompilerType>Custom</RoslynCompilerType>",
                $"""<PackageReference Include="Microsoft.Net.Compilers.Toolset" Version="{ToolsetVersion}" PrivateAssets="all" />"""));
            string program = consumer.Write("Program.cs", PackageConsumerTests.ConsumerProgram);
            string errorLog = consumer.Combine("out.sarif");

            CommandResult build = await consumer.BuildAsync(errorLog);
            Assert.True(build.Succeeded, build.ToString());

            // The compiler that ran is the toolset's, not the SDK's.
            using (JsonDocument log = JsonDocument.Parse(File.ReadAllText(errorLog)))
            {
                string? compiler = log.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("version").GetString();
                Assert.True(compiler != null && compiler.StartsWith(ToolsetVersion, StringComparison.Ordinal), $"the compiler that ran is '{compiler}', not {ToolsetVersion}{Environment.NewLine}{build}");
            }

            var diagnostics = BuildDiagnostics.Parse(build.Output).Concat(BuildDiagnostics.ReadSarif(errorLog)).ToList();
            Assert.True(BuildDiagnostics.LoadFailures(diagnostics).Count == 0, "an analyzer failed to load or threw:" + Environment.NewLine + build);

            var problems = BuildDiagnostics.Compare(BuildDiagnostics.ReadMarkers(new[] { program }), diagnostics);
            Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems) + Environment.NewLine + build);
        }
    }
}
