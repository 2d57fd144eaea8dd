using System.IO;
using System.Linq;
using Xunit;

namespace IsolationAnalyzers.EndToEnd
{
    /// <summary>The output parser and the marker comparison the other tests rely on.</summary>
    public class BuildDiagnosticsTests
    {
        [Fact]
        public void ParsesLocatedWarningsAndInfos()
        {
            const string output =
                "  Determining projects to restore...\n" +
                "/src/samples/Orchestrator/BuildAgentLauncher.cs(21,34): warning ISO0001: Container 'x' does not choose an isolation mode (ltsc2022: build 20348); set it explicitly [/src/samples/Orchestrator/Orchestrator.csproj]\r\n" +
                "C:\\repo\\My App\\Jobs.cs(7,40): info ISO0006: Isolation value 'HyperV' is not lower case; write 'hyperv' [C:\\repo\\My App\\App.csproj]\n" +
                "/src/samples/Orchestrator/BuildAgentLauncher.cs(21,34): warning ISO0001: Container 'x' does not choose an isolation mode (ltsc2022: build 20348); set it explicitly [/src/samples/Orchestrator/Orchestrator.csproj]\n" +
                "CSC : warning ISO0099: Configuration 'isolation_analyzers.host_os' has an invalid value 'ltsc2030' [/p/p.csproj]\n" +
                "  Orchestrator -> /src/samples/Orchestrator/bin/Debug/net10.0/Orchestrator.dll\n";

            var diagnostics = BuildDiagnostics.Parse(output);

            Assert.Equal(3, diagnostics.Count);
            Assert.Equal(new BuildDiagnostic("/src/samples/Orchestrator/BuildAgentLauncher.cs", 21, 34, "warning", "ISO0001",
                "Container 'x' does not choose an isolation mode (ltsc2022: build 20348); set it explicitly"), diagnostics[0]);
            Assert.Equal(("Jobs.cs", 7, 40, "info", "ISO0006"), (diagnostics[1].FileName, diagnostics[1].Line, diagnostics[1].Column, diagnostics[1].Severity, diagnostics[1].Id));
            Assert.Equal(("CSC", 0, "ISO0099"), (diagnostics[2].File, diagnostics[2].Line, diagnostics[2].Id));
        }

        [Fact]
        public void ReadsMarkersAndComparesThem()
        {
            string file = Path.Combine(Path.GetTempPath(), "isolation-e2e-markers-" + System.Guid.NewGuid().ToString("N") + ".cs");
            File.WriteAllLines(file, new[]
            {
                "var p = new CreateContainerParameters // expect: ISO0001",
                "{",
                "    HostConfig = new HostConfig { Isolation = \"hyper-v\" }, // expect: ISO0005, ISO0006",
                "};",
            });
            try
            {
                var markers = BuildDiagnostics.ReadMarkers(new[] { file });
                string name = Path.GetFileName(file);
                Assert.Equal(new[] { new ExpectedDiagnostic(name, 1, "ISO0001"), new ExpectedDiagnostic(name, 3, "ISO0005"), new ExpectedDiagnostic(name, 3, "ISO0006") }, markers);

                var actual = BuildDiagnostics.Parse(
                    $"/x/{name}(1,13): warning ISO0001: m [p]\n/x/{name}(3,47): warning ISO0005: m [p]\n/x/{name}(4,1): warning ISO0003: m [p]\n/x/{name}(4,1): warning CS0168: m [p]\n");
                var problems = BuildDiagnostics.Compare(markers, actual);

                Assert.Equal(new[] { $"missing: {name}(3): ISO0006", $"unexpected: {name}(4,1): warning ISO0003: m" }, problems.ToArray());
            }
            finally
            {
                File.Delete(file);
            }
        }

        [Fact]
        public void ReadsSarifResultsIncludingInfos()
        {
            string file = Path.Combine(Path.GetTempPath(), "isolation-e2e-log-" + System.Guid.NewGuid().ToString("N") + ".sarif");
            File.WriteAllText(file, """
                {
                  "version": "2.1.0",
                  "runs": [ {
                    "results": [
                      { "ruleId": "ISO0006", "level": "note", "message": { "text": "Isolation value 'HyperV' is not lower case" },
                        "locations": [ { "physicalLocation": { "artifactLocation": { "uri": "file:///src/samples/Orchestrator/TenantJobRunner.cs" },
                          "region": { "startLine": 58, "startColumn": 33, "endLine": 58, "endColumn": 41 } } } ] },
                      { "ruleId": "ISO0001", "level": "warning", "message": { "text": "suppressed" }, "suppressions": [ { "kind": "inSource" } ],
                        "locations": [ { "physicalLocation": { "artifactLocation": { "uri": "file:///src/a.cs" }, "region": { "startLine": 1, "startColumn": 1 } } } ] },
                      { "ruleId": "ISO0099", "level": "warning", "message": { "text": "invalid configuration" } }
                    ]
                  } ]
                }
                """);
            try
            {
                var diagnostics = BuildDiagnostics.ReadSarif(file);

                Assert.Equal(2, diagnostics.Count);
                Assert.Equal(("TenantJobRunner.cs", 58, 33, "info", "ISO0006"), (diagnostics[0].FileName, diagnostics[0].Line, diagnostics[0].Column, diagnostics[0].Severity, diagnostics[0].Id));
                Assert.Equal(("", 0, "ISO0099"), (diagnostics[1].File, diagnostics[1].Line, diagnostics[1].Id));
            }
            finally
            {
                File.Delete(file);
            }
        }

        [Fact]
        public void FlagsAnalyzerLoadFailures()
        {
            var diagnostics = BuildDiagnostics.Parse(
                "CSC : warning CS8032: An instance of analyzer IsolationAnalyzers.IsolationAnalyzer cannot be created [p]\n" +
                "CSC : warning AD0001: Analyzer 'IsolationAnalyzers.IsolationAnalyzer' threw an exception [p]\n" +
                "/x/a.cs(1,1): warning ISO0001: m [p]\n");

            Assert.Equal(new[] { "CS8032", "AD0001" }, BuildDiagnostics.LoadFailures(diagnostics).Select(d => d.Id).ToArray());
        }
    }
}
