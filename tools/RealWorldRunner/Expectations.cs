using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using IsolationAnalyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace RealWorldRunner
{
    /// <summary>
    /// Expectations mode: scores the analyzer against hand-checked labels. Each file
    /// <c>expectations/&lt;owner&gt;+&lt;repo&gt;.tsv</c> holds one row per expected diagnostic, or per launch that must stay
    /// silent (rule <c>NONE</c>): repository, commit, file, line, rule, note. The labelled commit of each repository
    /// is analyzed (its git dir is looked up under <c>--mirror</c>) with the package versions its project files name
    /// (<see cref="RepositoryReferences"/>) and the settings the labels were made with (<c>host_os = ltsc2022</c>
    /// unless given). A diagnostic matches an expected row with the same file, line and rule (each row matches at most
    /// one diagnostic); every other ISO diagnostic is a false positive, on a NONE line or not; every unmatched
    /// expected row is a false negative. Prints the findings per repository, a table with a total row, and one
    /// machine-readable line starting with <c>summary: </c>.
    /// </summary>
    internal static class Expectations
    {
        public const string Option = "--expectations";

        public const string Usage = "--expectations <dir|file.tsv> [--mirror DIR] [--only owner/repo] [--host-os LIST] [--default-isolation X] [--show-labels]";

        public const string None = "NONE";

        private static readonly string[] Columns = { "repository", "commit", "file", "line", "rule", "note" };

        public static async Task<int> RunAsync(string[] args)
        {
            if (args.Length < 2)
            {
                Console.Error.WriteLine("usage: RealWorldRunner " + Usage);
                return 2;
            }

            var source = args[1];
            var mirror = "/work/.mirror";
            string? only = null;
            var showLabels = false;
            var settings = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
            {
                ["isolation_analyzers.host_os"] = "ltsc2022",
            };
            for (var i = 2; i < args.Length; i++)
            {
                switch (args[i])
                {
                    case "--mirror" when i + 1 < args.Length:
                        mirror = args[++i];
                        break;
                    case "--only" when i + 1 < args.Length:
                        only = args[++i];
                        break;
                    case "--host-os" when i + 1 < args.Length:
                        settings["isolation_analyzers.host_os"] = args[++i];
                        break;
                    case "--default-isolation" when i + 1 < args.Length:
                        settings["isolation_analyzers.default_isolation"] = args[++i];
                        break;
                    case "--show-labels":
                        showLabels = true;
                        break;
                    default:
                        Console.Error.WriteLine("unknown option " + args[i] + "; usage: RealWorldRunner " + Usage);
                        return 2;
                }
            }

            var files = Directory.Exists(source)
                ? Directory.GetFiles(source, "*.tsv").OrderBy(f => f, StringComparer.Ordinal).ToArray()
                : new[] { source };
            Console.WriteLine($"settings: {string.Join(", ", settings.Select(s => s.Key + " = " + s.Value))}");

            var scores = new List<Score>();
            var failed = false;
            foreach (var file in files)
            {
                var labels = Load(file);
                foreach (var repository in labels.GroupBy(l => (l.Repository, l.Commit)))
                {
                    if (only is not null && !string.Equals(only, repository.Key.Repository, StringComparison.OrdinalIgnoreCase))
                    {
                        continue;
                    }

                    var gitDir = FindGitDir(mirror, repository.Key.Repository);
                    if (gitDir is null)
                    {
                        Console.WriteLine($"== {repository.Key.Repository}: no git dir under {mirror} (fetch it first); skipped");
                        failed = true;
                        continue;
                    }

                    var score = await ScoreAsync(gitDir, repository.Key.Repository, repository.Key.Commit, repository.ToList(), settings, showLabels);
                    failed |= score.Exceptions > 0;
                    scores.Add(score);
                }
            }

            PrintTable(scores);
            return failed ? 1 : 0;
        }

        /// <summary>Reads a label file: tab-separated, a header row, <c>#</c> comments and blank lines skipped.</summary>
        public static List<Label> Load(string path)
        {
            var labels = new List<Label>();
            var lines = File.ReadAllLines(path);
            for (var i = 0; i < lines.Length; i++)
            {
                var text = lines[i];
                if (text.Length == 0 || text.StartsWith("#", StringComparison.Ordinal))
                {
                    continue;
                }

                var cells = text.Split('\t');
                if (cells.Length >= Columns.Length - 1 && cells[0] == Columns[0])
                {
                    continue; // the header
                }

                if (cells.Length < Columns.Length - 1
                    || !int.TryParse(cells[3], NumberStyles.None, CultureInfo.InvariantCulture, out var line)
                    || line <= 0
                    || !(cells[4] == None || (cells[4].Length == 7 && cells[4].StartsWith("ISO", StringComparison.Ordinal))))
                {
                    throw new FormatException($"{path}:{i + 1}: expected {string.Join(", ", Columns)} separated by tabs (rule ISO00NN or {None})");
                }

                labels.Add(new Label(cells[0], cells[1], cells[2], line, cells[4], cells.Length > 5 ? cells[5] : string.Empty));
            }

            return labels;
        }

        /// <summary>
        /// Matches diagnostics to labels. Each expected row takes at most one diagnostic with its file, line and rule;
        /// NONE rows take none, so a diagnostic on a NONE line is a false positive.
        /// </summary>
        public static Matching Match(IReadOnlyList<Label> labels, IReadOnlyList<Found> diagnostics)
        {
            var open = labels.Where(l => l.Rule != None).ToList();
            var truePositives = new List<(Found, Label)>();
            var falsePositives = new List<(Found, Label?)>();
            foreach (var diagnostic in diagnostics)
            {
                var index = open.FindIndex(l => l.Rule == diagnostic.Rule && l.Line == diagnostic.Line && SamePath(l.File, diagnostic.File));
                if (index >= 0)
                {
                    truePositives.Add((diagnostic, open[index]));
                    open.RemoveAt(index);
                }
                else
                {
                    falsePositives.Add((diagnostic, labels.FirstOrDefault(l => l.Rule == None && l.Line == diagnostic.Line && SamePath(l.File, diagnostic.File))));
                }
            }

            return new Matching(truePositives, falsePositives, open);
        }

        private static bool SamePath(string label, string diagnostic) =>
            string.Equals(label.TrimStart('/'), diagnostic.TrimStart('/'), StringComparison.Ordinal);

        private static string? FindGitDir(string mirror, string repository)
        {
            var name = repository.Replace('/', '+');
            foreach (var candidate in new[] { Path.Combine(mirror, name, "repo"), Path.Combine(mirror, name + ".git"), Path.Combine(mirror, name, ".git"), Path.Combine(mirror, name) })
            {
                if (Directory.Exists(candidate) && (File.Exists(Path.Combine(candidate, "HEAD")) || Directory.Exists(Path.Combine(candidate, "objects"))))
                {
                    return candidate;
                }
            }

            return null;
        }

        private static async Task<Score> ScoreAsync(string gitDir, string repository, string commit, List<Label> labels, Dictionary<string, string> settings, bool showLabels)
        {
            var head = Program.Git(gitDir, "rev-parse", "HEAD").Trim();
            var sources = Program.ReadSources(gitDir, commit);
            var references = RepositoryReferences.Resolve(gitDir, commit);
            Console.WriteLine();
            Console.WriteLine($"== {repository} @ {commit}{(head == commit ? string.Empty : " (HEAD is " + head + ")")}");
            Console.WriteLine($"   files: {sources.Count}; references: {references.Description}");

            var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
            var trees = sources.Select(s => CSharpSyntaxTree.ParseText(SourceText.From(s.Text, Encoding.UTF8), parseOptions, "/" + s.Path)).ToList();
            var compilation = CSharpCompilation.Create(
                "RealWorld",
                trees,
                references.References,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, allowUnsafe: true));
            var exceptions = new ConcurrentQueue<string>();
            var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new IsolationAnalyzer());
            var withAnalyzers = compilation.WithAnalyzers(
                analyzers,
                new CompilationWithAnalyzersOptions(
                    new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, new Program.SettingsProvider(settings)),
                    onAnalyzerException: (exception, analyzer, diagnostic) => exceptions.Enqueue(diagnostic.Location.GetLineSpan() + ": " + exception),
                    concurrentAnalysis: false,
                    logAnalyzerExecutionTime: false));
            var all = await withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None);
            var found = all
                .Where(d => d.Id.StartsWith("ISO", StringComparison.Ordinal) && d.Location.IsInSource)
                .Select(d =>
                {
                    var span = d.Location.GetLineSpan();
                    var text = d.Location.SourceTree!.GetText().Lines[span.StartLinePosition.Line].ToString().Trim();
                    return new Found(span.Path.TrimStart('/'), span.StartLinePosition.Line + 1, d.Id, d.GetMessage(CultureInfo.InvariantCulture), text);
                })
                .OrderBy(d => d.File, StringComparer.Ordinal)
                .ThenBy(d => d.Line)
                .ToList();
            var crashes = all.Count(d => d.Id == "AD0001") + exceptions.Count;

            var matching = Match(labels, found);
            var expected = labels.Count(l => l.Rule != None);
            var byRule = labels.Where(l => l.Rule != None).GroupBy(l => l.Rule).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key}×{g.Count()}");
            var sites = labels.Select(l => (l.File, l.Line)).Distinct().Count();
            Console.WriteLine($"   labels: {labels.Count} rows at {sites} sites; expected {expected} ({string.Join(", ", byRule)}); NONE {labels.Count(l => l.Rule == None)}");
            foreach (var exception in exceptions)
            {
                Console.WriteLine("   EXCEPTION " + exception);
            }

            var lines = sources.ToDictionary(s => s.Path, s => s.Text.Split('\n'), StringComparer.Ordinal);
            foreach (var label in labels.Where(l => !lines.TryGetValue(l.File.TrimStart('/'), out var text) || l.Line > text.Length))
            {
                Console.WriteLine($"   BAD LABEL {label.File}:{label.Line} (no such file or line at {commit})");
            }

            foreach (var (diagnostic, _) in matching.TruePositives)
            {
                Console.WriteLine($"   TP {diagnostic.File}:{diagnostic.Line} {diagnostic.Rule}: {diagnostic.Message}");
            }

            foreach (var (diagnostic, none) in matching.FalsePositives)
            {
                Console.WriteLine($"   FP {diagnostic.File}:{diagnostic.Line} {diagnostic.Rule}: {diagnostic.Message}{(none is null ? string.Empty : " [labelled NONE: " + none.Note + "]")}");
                Console.WriteLine($"        {diagnostic.Text}");
            }

            foreach (var label in matching.FalseNegatives)
            {
                Console.WriteLine($"   FN {label.File}:{label.Line} {label.Rule}: {label.Note}");
                if (showLabels)
                {
                    Console.WriteLine($"        {SourceLine(lines, label)}");
                }
            }

            if (showLabels)
            {
                foreach (var label in labels.Where(l => l.Rule == None))
                {
                    Console.WriteLine($"   NONE {label.File}:{label.Line}: {label.Note}");
                    Console.WriteLine($"        {SourceLine(lines, label)}");
                }
            }

            return new Score(repository, commit, sources.Count, sites, expected, labels.Count(l => l.Rule == None), found.Count, matching.TruePositives.Count, matching.FalsePositives.Count, matching.FalseNegatives.Count, crashes);
        }

        private static string SourceLine(Dictionary<string, string[]> lines, Label label) =>
            lines.TryGetValue(label.File.TrimStart('/'), out var text) && label.Line <= text.Length ? text[label.Line - 1].Trim() : "(missing)";

        private static void PrintTable(List<Score> scores)
        {
            var total = new Score(
                "total",
                string.Empty,
                scores.Sum(s => s.Files),
                scores.Sum(s => s.Sites),
                scores.Sum(s => s.Expected),
                scores.Sum(s => s.NoneLabels),
                scores.Sum(s => s.Diagnostics),
                scores.Sum(s => s.TruePositives),
                scores.Sum(s => s.FalsePositives),
                scores.Sum(s => s.FalseNegatives),
                scores.Sum(s => s.Exceptions));
            Console.WriteLine();
            Console.WriteLine("| repository | files | label sites | diagnostics | expected | TP | FP | FN | precision | recall | exceptions |");
            Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|");
            foreach (var score in scores.Append(total))
            {
                Console.WriteLine($"| {score.Repository} | {score.Files} | {score.Sites} | {score.Diagnostics} | {score.Expected} | {score.TruePositives} | {score.FalsePositives} | {score.FalseNegatives} | {Ratio(score.Precision)} | {Ratio(score.Recall)} | {score.Exceptions} |");
            }

            var summary = new
            {
                repositories = scores.Count,
                files = total.Files,
                labelSites = total.Sites,
                expected = total.Expected,
                none = total.NoneLabels,
                diagnostics = total.Diagnostics,
                tp = total.TruePositives,
                fp = total.FalsePositives,
                fn = total.FalseNegatives,
                precision = total.Precision,
                recall = total.Recall,
                exceptions = total.Exceptions,
                perRepository = scores.Select(s => new { repository = s.Repository, commit = s.Commit, diagnostics = s.Diagnostics, expected = s.Expected, tp = s.TruePositives, fp = s.FalsePositives, fn = s.FalseNegatives }),
            };
            Console.WriteLine("summary: " + JsonSerializer.Serialize(summary));
        }

        private static string Ratio(double? value) => value is null ? "n/a" : value.Value.ToString("0.00", CultureInfo.InvariantCulture);

        internal sealed record Label(string Repository, string Commit, string File, int Line, string Rule, string Note);

        internal sealed record Found(string File, int Line, string Rule, string Message, string Text);

        internal sealed record Matching(List<(Found Diagnostic, Label Label)> TruePositives, List<(Found Diagnostic, Label? None)> FalsePositives, List<Label> FalseNegatives);

        private sealed record Score(string Repository, string Commit, int Files, int Sites, int Expected, int NoneLabels, int Diagnostics, int TruePositives, int FalsePositives, int FalseNegatives, int Exceptions)
        {
            /// <summary>TP / (TP + FP); undefined when nothing was reported.</summary>
            public double? Precision => Diagnostics == 0 ? null : Math.Round((double)TruePositives / (TruePositives + FalsePositives), 4);

            /// <summary>TP / (TP + FN); undefined when nothing was expected.</summary>
            public double? Recall => Expected == 0 ? null : Math.Round((double)TruePositives / (TruePositives + FalseNegatives), 4);
        }
    }
}
