using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Xunit;

namespace IsolationAnalyzers.EndToEnd
{
    /// <summary>
    /// CI: <c>dotnet build -p:ErrorLog=out.sarif%2Cversion%3D2.1</c> on a consumer of the package writes a SARIF 2.1
    /// log that code-scanning tools can upload: our rule IDs, a help URI per rule, and the file and line of each result.
    /// </summary>
    [Collection(PackedPackageCollection.Name)]
    public class SarifTests
    {
        private readonly PackedPackage _package;

        public SarifTests(PackedPackage package) => _package = package;

        [Fact]
        public async Task ErrorLogHasRuleIdsHelpUrisAndLocations()
        {
            ConsumerBuild result = await PackageConsumerTests.BuildStandardConsumerAsync(_package);
            Assert.True(result.Build.Succeeded, result.Build.ToString());
            Assert.True(File.Exists(result.ErrorLog), "the build wrote no SARIF log" + Environment.NewLine + result.Build);

            using JsonDocument log = JsonDocument.Parse(File.ReadAllText(result.ErrorLog));
            JsonElement root = log.RootElement;
            Assert.Equal("2.1.0", root.GetProperty("version").GetString());
            Assert.Contains("sarif-2.1.0", root.GetProperty("$schema").GetString());

            JsonElement run = Assert.Single(root.GetProperty("runs").EnumerateArray());
            var helpUris = new Dictionary<string, string?>();
            foreach (JsonElement rule in run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray())
            {
                helpUris[rule.GetProperty("id").GetString()!] = rule.TryGetProperty("helpUri", out JsonElement uri) ? uri.GetString() : null;
            }

            var found = new List<(string Id, string Level, string File, int Line)>();
            foreach (JsonElement item in run.GetProperty("results").EnumerateArray())
            {
                string id = item.GetProperty("ruleId").GetString()!;
                if (!id.StartsWith("ISO", StringComparison.Ordinal))
                {
                    continue;
                }

                JsonElement physical = Assert.Single(item.GetProperty("locations").EnumerateArray()).GetProperty("physicalLocation");
                string uri = physical.GetProperty("artifactLocation").GetProperty("uri").GetString()!;
                Assert.True(Uri.TryCreate(uri, UriKind.Absolute, out Uri? file) && file.IsFile, $"{id}: location '{uri}' is not an absolute file URI");
                JsonElement region = physical.GetProperty("region");
                Assert.True(region.GetProperty("startColumn").GetInt32() > 0, $"{id} has no start column");
                found.Add((id, item.GetProperty("level").GetString()!, file.LocalPath, region.GetProperty("startLine").GetInt32()));
            }

            // The results are exactly the program's markers, at their files and lines.
            var expected = BuildDiagnostics.ReadMarkers(new[] { result.Program })
                .Select(m => (m.Id, "warning", result.Program, m.Line))
                .OrderBy(r => r.Line).ToArray();
            Assert.Equal(expected, found.OrderBy(r => r.Line).ToArray());

            // Every one of our rules the log describes links to its page, and the results' rules are among them.
            string[] ourRules = helpUris.Keys.Where(k => k.StartsWith("ISO", StringComparison.Ordinal)).ToArray();
            Assert.Contains("ISO0001", ourRules);
            Assert.Contains("ISO0002", ourRules);
            foreach (string id in ourRules)
            {
                string? helpUri = helpUris[id];
                Assert.True(helpUri != null && helpUri.StartsWith("https://", StringComparison.Ordinal) && helpUri.EndsWith($"docs/rules/{id}.md", StringComparison.Ordinal),
                    $"{id} has help URI '{helpUri}'");
            }
        }
    }
}
