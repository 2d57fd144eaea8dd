using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using IsolationAnalyzers;
using IsolationAnalyzers.CodeFixes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace RealWorldRunner
{
    /// <summary>
    /// Usage: RealWorldRunner &lt;git dir&gt; [--host-os LIST] [--default-isolation X]
    /// Reads every *.cs file of HEAD, compiles them as one project against the .NET 8 reference pack and the container
    /// libraries its project files reference (<see cref="RepositoryReferences"/>; its other dependencies are missing:
    /// binding errors are expected and ignored), runs IsolationAnalyzer with an exception callback, computes every code fix it offers,
    /// and prints the repository, commit, files, exceptions and every ISO diagnostic with its source line.
    /// Exit code: 0 when nothing threw, 1 otherwise, 2 for bad arguments.
    /// </summary>
    internal static class Program
    {
        private static async Task<int> Main(string[] args)
        {
            if (args.Length > 0 && args[0] == Expectations.Option)
            {
                return await Expectations.RunAsync(args);
            }

            if (args.Length == 0 || args[0].StartsWith("-", StringComparison.Ordinal))
            {
                Console.Error.WriteLine("usage: RealWorldRunner <git dir> [--host-os LIST] [--default-isolation process|hyperv]\n       RealWorldRunner " + Expectations.Usage);
                return 2;
            }

            var gitDir = args[0];
            var typing = TypingMode.Take(ref args);
            var settings = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            for (var i = 1; i + 1 < args.Length; i += 2)
            {
                switch (args[i])
                {
                    case "--host-os":
                        settings["isolation_analyzers.host_os"] = args[i + 1];
                        break;
                    case "--default-isolation":
                        settings["isolation_analyzers.default_isolation"] = args[i + 1];
                        break;
                    default:
                        Console.Error.WriteLine("unknown option " + args[i]);
                        return 2;
                }
            }

            var commit = Git(gitDir, "rev-parse", "HEAD").Trim();
            var files = ReadSources(gitDir, commit);
            Console.WriteLine($"repo: {Path.GetFullPath(gitDir)}");
            Console.WriteLine($"commit: {commit}");
            Console.WriteLine($"settings: {(settings.Count == 0 ? "(none)" : string.Join(", ", settings.Select(s => s.Key + " = " + s.Value)))}");
            if (typing is not null)
            {
                return await typing.RunAsync(files, References(), settings);
            }

            var stopwatch = Stopwatch.StartNew();
            using var workspace = new AdhocWorkspace();
            var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
            var project = workspace.AddProject(ProjectInfo.Create(
                ProjectId.CreateNewId(),
                VersionStamp.Default,
                "RealWorld",
                "RealWorld",
                LanguageNames.CSharp,
                compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, allowUnsafe: true),
                parseOptions: parseOptions,
                metadataReferences: RepositoryReferences.Resolve(gitDir, commit).References));
            var solution = project.Solution;
            foreach (var (path, text) in files)
            {
                solution = solution.AddDocument(DocumentId.CreateNewId(project.Id), Path.GetFileName(path), SourceText.From(text, Encoding.UTF8), filePath: "/" + path);
            }

            project = solution.GetProject(project.Id)!;
            var compilation = (await project.GetCompilationAsync())!;
            Console.WriteLine($"files analyzed: {files.Count}");

            var exceptions = new ConcurrentQueue<string>();
            var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new IsolationAnalyzer());
            var withAnalyzers = compilation.WithAnalyzers(
                analyzers,
                new CompilationWithAnalyzersOptions(
                    new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, new SettingsProvider(settings)),
                    onAnalyzerException: (exception, analyzer, diagnostic) => exceptions.Enqueue(diagnostic.Location.GetLineSpan() + ": " + exception),
                    concurrentAnalysis: false,
                    logAnalyzerExecutionTime: true));
            var diagnostics = (await withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None))
                .Where(d => d.Id.StartsWith("ISO", StringComparison.Ordinal) || d.Id == "AD0001")
                .OrderBy(d => d.Location.SourceTree?.FilePath, StringComparer.Ordinal)
                .ThenBy(d => d.Location.SourceSpan.Start)
                .ToArray();
            var analyzerTime = (await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzers[0], CancellationToken.None)).ExecutionTime;

            var fixExceptions = new List<string>();
            var actions = 0;
            foreach (var diagnostic in diagnostics.Where(d => d.Location.IsInSource))
            {
                var document = project.GetDocument(diagnostic.Location.SourceTree!)!;
                actions += await ComputeFixesAsync(document, diagnostic, fixExceptions);
            }

            Console.WriteLine($"analyzer exceptions: {exceptions.Count}");
            foreach (var exception in exceptions)
            {
                Console.WriteLine("  " + exception);
            }

            Console.WriteLine($"fix exceptions: {fixExceptions.Count} ({actions} code actions computed)");
            foreach (var exception in fixExceptions)
            {
                Console.WriteLine("  " + exception);
            }

            Console.WriteLine($"analyzer time: {analyzerTime.TotalSeconds:0.00} s (total {stopwatch.Elapsed.TotalSeconds:0.0} s)");
            Console.WriteLine($"diagnostics: {diagnostics.Length}");
            foreach (var diagnostic in diagnostics)
            {
                var span = diagnostic.Location.GetLineSpan();
                var line = diagnostic.Location.SourceTree?.GetText().Lines[span.StartLinePosition.Line].ToString().Trim() ?? string.Empty;
                Console.WriteLine($"  {span.Path.TrimStart('/')}:{span.StartLinePosition.Line + 1}: {diagnostic.Id}: {diagnostic.GetMessage()}");
                Console.WriteLine($"      {line}");
            }

            return exceptions.IsEmpty && fixExceptions.Count == 0 ? 0 : 1;
        }

        private static async Task<int> ComputeFixesAsync(Document document, Diagnostic diagnostic, List<string> exceptions)
        {
            var fixes = new CodeFixProvider[]
            {
                new UseIsolationModeCodeFixProvider(),
                new UseValidIsolationValueCodeFixProvider(),
                new PinImageCodeFixProvider(),
                new RemoveSettingCodeFixProvider(),
                new RaiseMemoryLimitCodeFixProvider(),
            };
            var count = 0;
            foreach (var fix in fixes.Where(f => f.FixableDiagnosticIds.Contains(diagnostic.Id)))
            {
                try
                {
                    var actions = new List<CodeAction>();
                    await fix.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None));
                    foreach (var action in actions)
                    {
                        count++;
                        await action.GetOperationsAsync(CancellationToken.None);
                    }
                }
                catch (Exception exception)
                {
                    exceptions.Add($"{fix.GetType().Name} on {diagnostic.Id} at {diagnostic.Location.GetLineSpan()}: {exception}");
                }
            }

            return count;
        }

        /// <summary>Every *.cs blob of <paramref name="commit"/>, read in one <c>git cat-file --batch</c> stream.</summary>
        internal static List<(string Path, string Text)> ReadSources(string gitDir, string commit)
        {
            var entries = Git(gitDir, "ls-tree", "-r", "-z", commit)
                .Split('\0', StringSplitOptions.RemoveEmptyEntries)
                .Select(line => (Meta: line.Substring(0, line.IndexOf('\t', StringComparison.Ordinal)).Split(' '), Path: line.Substring(line.IndexOf('\t', StringComparison.Ordinal) + 1)))
                .Where(e => e.Meta[1] == "blob" && e.Path.EndsWith(".cs", StringComparison.OrdinalIgnoreCase))
                .OrderBy(e => e.Path, StringComparer.Ordinal)
                .ToList();

            var result = new List<(string, string)>();
            var start = new ProcessStartInfo("git", new[] { "--git-dir", gitDir, "cat-file", "--batch" })
            {
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                UseShellExecute = false,
            };
            using var git = Process.Start(start)!;
            var output = git.StandardOutput.BaseStream;
            foreach (var (meta, path) in entries)
            {
                git.StandardInput.Write(meta[2] + "\n");
                git.StandardInput.Flush();
                var header = ReadLine(output).Split(' ');
                if (header.Length < 3 || header[1] != "blob")
                {
                    continue; // missing from the snapshot (large files are left out)
                }

                var size = int.Parse(header[2], System.Globalization.CultureInfo.InvariantCulture);
                var bytes = new byte[size];
                output.ReadExactly(bytes, 0, size);
                output.ReadByte(); // the newline after the content
                result.Add((path, DecodeText(bytes)));
            }

            git.StandardInput.Close();
            git.WaitForExit();
            return result;
        }

        private static string DecodeText(byte[] bytes)
        {
            using var reader = new StreamReader(new MemoryStream(bytes), new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
            return reader.ReadToEnd();
        }

        private static string ReadLine(Stream stream)
        {
            var bytes = new List<byte>();
            int b;
            while ((b = stream.ReadByte()) >= 0 && b != '\n')
            {
                bytes.Add((byte)b);
            }

            return Encoding.UTF8.GetString(bytes.ToArray());
        }

        internal static string Git(string gitDir, params string[] args)
        {
            var start = new ProcessStartInfo("git") { RedirectStandardOutput = true, UseShellExecute = false };
            start.ArgumentList.Add("--git-dir");
            start.ArgumentList.Add(gitDir);
            foreach (var arg in args)
            {
                start.ArgumentList.Add(arg);
            }

            using var git = Process.Start(start)!;
            var text = git.StandardOutput.ReadToEnd();
            git.WaitForExit();
            if (git.ExitCode != 0)
            {
                throw new InvalidOperationException("git " + string.Join(" ", args) + " failed");
            }

            return text;
        }

        /// <summary>The default set (Testcontainers 4.16.0, Docker.DotNet.Enhanced 4.3.3, CliWrap 3.10.5) for code without project files.</summary>
        private static ImmutableArray<MetadataReference> References() =>
            RepositoryReferences.From(new Dictionary<string, string>()).References;

        /// <summary>The same settings for every file, as an .editorconfig would give them.</summary>
        internal sealed class SettingsProvider : AnalyzerConfigOptionsProvider
        {
            private readonly Options options;

            public SettingsProvider(Dictionary<string, string> values) => options = new Options(values);

            public override AnalyzerConfigOptions GlobalOptions => options;

            public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => options;

            public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => options;

            private sealed class Options : AnalyzerConfigOptions
            {
                private readonly Dictionary<string, string> values;

                public Options(Dictionary<string, string> values) => this.values = values;

                public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
            }
        }
    }
}
