using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace IsolationAnalyzers.EndToEnd
{
    /// <summary>One diagnostic as MSBuild prints it: <c>path(line,col): warning ISO0001: message [project]</c>.</summary>
    internal sealed record BuildDiagnostic(string File, int Line, int Column, string Severity, string Id, string Message)
    {
        /// <summary>The file name alone, whichever separator the build machine uses.</summary>
        public string FileName => File.Substring(File.LastIndexOfAny(new[] { '/', '\\' }) + 1);

        public override string ToString() => $"{FileName}({Line},{Column}): {Severity} {Id}: {Message}";
    }

    /// <summary>A <c>// expect: ISO0001, ISO0002</c> comment: the diagnostics a line must get.</summary>
    internal sealed record ExpectedDiagnostic(string FileName, int Line, string Id)
    {
        public override string ToString() => $"{FileName}({Line}): {Id}";
    }

    internal static class BuildDiagnostics
    {
        private static readonly Regex Located = new Regex(
            @"^\s*(?<file>[^\s(][^(]*?)\((?<line>\d+),(?<column>\d+)(?:,\d+,\d+)?\)\s*:\s*(?<severity>error|warning|info)\s+(?<id>[A-Za-z]+\d+)\s*:\s*(?<message>.*?)(?:\s+\[[^\]]+\])?\s*$",
            RegexOptions.Compiled | RegexOptions.IgnoreCase);

        private static readonly Regex Unlocated = new Regex(
            @"^\s*(?:(?<file>[^\s:][^:]*?)\s*:\s*)?(?<severity>error|warning|info)\s+(?<id>[A-Za-z]+\d+)\s*:\s*(?<message>.*?)(?:\s+\[[^\]]+\])?\s*$",
            RegexOptions.Compiled | RegexOptions.IgnoreCase);

        private static readonly Regex Marker = new Regex(@"//\s*expect:\s*(?<ids>[A-Z]+\d+(?:\s*,\s*[A-Z]+\d+)*)", RegexOptions.Compiled);

        /// <summary>Every distinct diagnostic in the build output (MSBuild may repeat a line in its summary).</summary>
        public static IReadOnlyList<BuildDiagnostic> Parse(string output)
        {
            var diagnostics = new List<BuildDiagnostic>();
            foreach (string line in output.Split('\n'))
            {
                Match match = Located.Match(line.TrimEnd('\r'));
                if (match.Success)
                {
                    diagnostics.Add(new BuildDiagnostic(
                        match.Groups["file"].Value.Trim(),
                        int.Parse(match.Groups["line"].Value),
                        int.Parse(match.Groups["column"].Value),
                        match.Groups["severity"].Value.ToLowerInvariant(),
                        match.Groups["id"].Value.ToUpperInvariant(),
                        match.Groups["message"].Value));
                    continue;
                }

                match = Unlocated.Match(line.TrimEnd('\r'));
                if (match.Success)
                {
                    diagnostics.Add(new BuildDiagnostic(
                        match.Groups["file"].Value.Trim(),
                        0,
                        0,
                        match.Groups["severity"].Value.ToLowerInvariant(),
                        match.Groups["id"].Value.ToUpperInvariant(),
                        match.Groups["message"].Value));
                }
            }

            return diagnostics.Distinct().ToList();
        }

        /// <summary>
        /// Every unsuppressed result of a SARIF 2.1 error log (the compiler's <c>ErrorLog</c>). Unlike the console,
        /// it also holds Info diagnostics, which MSBuild does not print.
        /// </summary>
        public static IReadOnlyList<BuildDiagnostic> ReadSarif(string path)
        {
            using JsonDocument log = JsonDocument.Parse(File.ReadAllText(path));
            var diagnostics = new List<BuildDiagnostic>();
            foreach (JsonElement run in log.RootElement.GetProperty("runs").EnumerateArray())
            {
                if (!run.TryGetProperty("results", out JsonElement results))
                {
                    continue;
                }

                foreach (JsonElement result in results.EnumerateArray())
                {
                    if (result.TryGetProperty("suppressions", out JsonElement suppressions) && suppressions.GetArrayLength() > 0)
                    {
                        continue;
                    }

                    string id = result.GetProperty("ruleId").GetString() ?? "";
                    string severity = (result.TryGetProperty("level", out JsonElement level) ? level.GetString() : "warning") switch
                    {
                        "note" => "info",
                        "none" => "hidden",
                        string other => other,
                        null => "warning",
                    };
                    string message = result.TryGetProperty("message", out JsonElement text) && text.TryGetProperty("text", out JsonElement value) ? value.GetString() ?? "" : "";
                    string file = "";
                    int line = 0, column = 0;
                    if (result.TryGetProperty("locations", out JsonElement locations) && locations.GetArrayLength() > 0
                        && locations[0].TryGetProperty("physicalLocation", out JsonElement physical))
                    {
                        string uri = physical.GetProperty("artifactLocation").GetProperty("uri").GetString() ?? "";
                        file = Uri.TryCreate(uri, UriKind.Absolute, out Uri? absolute) && absolute.IsFile ? absolute.LocalPath : uri;
                        if (physical.TryGetProperty("region", out JsonElement region))
                        {
                            line = region.TryGetProperty("startLine", out JsonElement l) ? l.GetInt32() : 0;
                            column = region.TryGetProperty("startColumn", out JsonElement c) ? c.GetInt32() : 0;
                        }
                    }

                    diagnostics.Add(new BuildDiagnostic(file, line, column, severity, id, message));
                }
            }

            return diagnostics;
        }

        /// <summary>The <c>// expect:</c> markers of the given C# files.</summary>
        public static IReadOnlyList<ExpectedDiagnostic> ReadMarkers(IEnumerable<string> files)
        {
            var expected = new List<ExpectedDiagnostic>();
            foreach (string file in files)
            {
                string[] lines = File.ReadAllLines(file);
                for (int i = 0; i < lines.Length; i++)
                {
                    Match match = Marker.Match(lines[i]);
                    if (!match.Success)
                    {
                        continue;
                    }

                    foreach (string id in match.Groups["ids"].Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                    {
                        expected.Add(new ExpectedDiagnostic(Path.GetFileName(file), i + 1, id));
                    }
                }
            }

            return expected;
        }

        /// <summary>
        /// Compares the ISO diagnostics of a build with the markers: lists every marker without its diagnostic and
        /// every ISO diagnostic without its marker. Empty when they agree.
        /// </summary>
        public static IReadOnlyList<string> Compare(IReadOnlyList<ExpectedDiagnostic> expected, IReadOnlyList<BuildDiagnostic> actual)
        {
            var located = actual
                .Where(d => d.Id.StartsWith("ISO", StringComparison.Ordinal) && d.Line > 0)
                .GroupBy(d => new ExpectedDiagnostic(d.FileName, d.Line, d.Id))
                .ToDictionary(g => g.Key, g => g.First());

            var problems = new List<string>();
            foreach (ExpectedDiagnostic marker in expected.Distinct())
            {
                if (!located.ContainsKey(marker))
                {
                    problems.Add($"missing: {marker}");
                }
            }

            var markers = new HashSet<ExpectedDiagnostic>(expected);
            foreach (KeyValuePair<ExpectedDiagnostic, BuildDiagnostic> diagnostic in located)
            {
                if (!markers.Contains(diagnostic.Key))
                {
                    problems.Add($"unexpected: {diagnostic.Value}");
                }
            }

            return problems;
        }

        /// <summary>Diagnostics that mean the analyzer did not load or crashed, whatever the rules say.</summary>
        public static IReadOnlyList<BuildDiagnostic> LoadFailures(IReadOnlyList<BuildDiagnostic> diagnostics) =>
            diagnostics.Where(d => d.Id is "AD0001" or "CS8032" or "CS8033" or "CS9057").ToList();
    }
}
