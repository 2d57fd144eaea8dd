using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Text.RegularExpressions;

namespace IsolationAnalyzers.Benchmarks
{
    internal sealed class SampleResult
    {
        public string Path { get; init; } = "";

        public bool Missing { get; init; }

        public int ExitCode { get; init; }

        public double WallSeconds { get; init; }

        /// <summary>"Total analyzer execution time: …" lines, one per compiler invocation.</summary>
        public IReadOnlyList<string> Totals { get; init; } = Array.Empty<string>();

        /// <summary>The report rows naming IsolationAnalyzers: (seconds, percent, name).</summary>
        public IReadOnlyList<(string Seconds, string Percent, string Name)> Rows { get; init; } = Array.Empty<(string, string, string)>();
    }

    /// <summary>
    /// Builds a real project with the compiler's own analyzer report (<c>-p:ReportAnalyzer=true</c>) and keeps the
    /// "Analyzer Execution Time" rows for IsolationAnalyzers. The figures come from the SDK's compiler, with every
    /// analyzer the project has, run concurrently: they are for context, not for the budgets.
    /// </summary>
    internal static class SampleBuild
    {
        private static readonly Regex Row = new Regex(@"^\s*(<?\d+(?:\.\d+)?)\s+(<?\d+)\s+(\S.*)$", RegexOptions.CultureInvariant);

        public static SampleResult Run(string path)
        {
            var full = System.IO.Path.GetFullPath(path);
            if (!Directory.Exists(full) && !File.Exists(full))
            {
                return new SampleResult { Path = path, Missing = true };
            }

            var info = new ProcessStartInfo("dotnet")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[] { "build", full, "-p:ReportAnalyzer=true", "-v:detailed", "--no-incremental", "-nologo" })
            {
                info.ArgumentList.Add(argument);
            }

            var output = new StringBuilder();
            var watch = Stopwatch.StartNew();
            using var process = Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start");
            process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
            process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            if (!process.WaitForExit((int)TimeSpan.FromMinutes(10).TotalMilliseconds))
            {
                process.Kill(entireProcessTree: true);
            }

            process.WaitForExit();
            var (totals, rows) = Parse(output.ToString());
            return new SampleResult
            {
                Path = path,
                ExitCode = process.ExitCode,
                WallSeconds = watch.Elapsed.TotalSeconds,
                Totals = totals,
                Rows = rows,
            };
        }

        public static (List<string> Totals, List<(string, string, string)> Rows) Parse(string log)
        {
            var totals = new List<string>();
            var rows = new List<(string, string, string)>();
            var inAnalyzerSection = false;
            foreach (var raw in log.Split('\n'))
            {
                var line = raw.TrimEnd('\r');
                var trimmed = line.Trim();
                if (trimmed.StartsWith("Total analyzer execution time", StringComparison.Ordinal))
                {
                    totals.Add(trimmed);
                    inAnalyzerSection = true;
                    continue;
                }

                if (trimmed.StartsWith("Total generator execution time", StringComparison.Ordinal))
                {
                    inAnalyzerSection = false;
                    continue;
                }

                if (inAnalyzerSection && trimmed.Contains("IsolationAnalyzers", StringComparison.Ordinal) && Row.Match(line) is { Success: true } match)
                {
                    rows.Add((match.Groups[1].Value, match.Groups[2].Value, match.Groups[3].Value.Trim()));
                }
            }

            return (totals, rows);
        }
    }
}
