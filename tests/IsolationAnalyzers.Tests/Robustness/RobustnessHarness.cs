using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using IsolationAnalyzers.CodeFixes;
using IsolationAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace IsolationAnalyzers.Tests.Robustness
{
    /// <summary>
    /// Runs <see cref="IsolationAnalyzer"/> outside the test framework's verifier, the way an IDE does: on any text
    /// (also text that does not compile), with every analyzer exception caught and recorded instead of thrown, and
    /// computes the operations of every code action the fixes offer.
    /// </summary>
    internal static class RobustnessHarness
    {
        public static readonly CSharpParseOptions ParseOptions = new CSharpParseOptions(LanguageVersion.CSharp12);

        /// <summary>Settings under which every rule can fire: an ltsc2022 host fleet.</summary>
        public static readonly ImmutableDictionary<string, string> HostSettings =
            ImmutableDictionary<string, string>.Empty.Add("isolation_analyzers.host_os", "ltsc2022");

        /// <summary>Every reference a corpus file may use: .NET 8, Docker.DotNet.Enhanced, Testcontainers, CliWrap, KubernetesClient, Aspire.Hosting.</summary>
        public static readonly ImmutableArray<MetadataReference> AllReferences = TestReferences.Framework
            .AddRange(TestReferences.For(DockerLibrary.Testcontainers))
            .Add(TestReferences.CliWrap)
            .Add(TestReferences.Kubernetes)
            .AddRange(TestReferences.For(DockerLibrary.Aspire));

        public static readonly ImmutableArray<CodeFixProvider> Fixes = ImmutableArray.Create<CodeFixProvider>(
            new UseIsolationModeCodeFixProvider(),
            new UseValidIsolationValueCodeFixProvider(),
            new PinImageCodeFixProvider(),
            new RemoveSettingCodeFixProvider(),
            new RaiseMemoryLimitCodeFixProvider(),
            new PodSchedulingCodeFixProvider());

        private static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new IsolationAnalyzer());

        public static string CorpusDirectory(string name) => Path.Combine(TestReferences.RepoRoot, "tests", "corpus", name);

        public static IEnumerable<string> CorpusFiles(string name) =>
            Directory.GetFiles(CorpusDirectory(name), "*.cs").OrderBy(path => path, StringComparer.Ordinal);

        public static IEnumerable<string> SampleFiles() =>
            Directory.GetFiles(Path.Combine(TestReferences.RepoRoot, "samples"), "*.cs", SearchOption.AllDirectories)
                .Where(path => !path.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                    && !path.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                .OrderBy(path => path, StringComparer.Ordinal);

        public static string Relative(string path) => Path.GetRelativePath(TestReferences.RepoRoot, path).Replace('\\', '/');

        public static CSharpCompilation Compile(IEnumerable<SyntaxTree> trees, OutputKind kind = OutputKind.DynamicallyLinkedLibrary) =>
            CSharpCompilation.Create(
                "Corpus",
                trees,
                AllReferences,
                new CSharpCompilationOptions(kind, nullableContextOptions: NullableContextOptions.Enable));

        public static SyntaxTree Parse(string text, string path = "/0/Test.cs") =>
            CSharpSyntaxTree.ParseText(SourceText.From(text), ParseOptions, path);

        /// <summary>Runs the analyzer; exceptions are recorded (the exception callback), never thrown.</summary>
        public static async Task<AnalysisResult> AnalyzeAsync(
            Compilation compilation,
            ImmutableDictionary<string, string>? settings = null,
            bool logTime = false,
            CancellationToken cancellationToken = default)
        {
            var exceptions = new ConcurrentQueue<Exception>();
            var options = new AnalyzerOptions(
                ImmutableArray<AdditionalText>.Empty,
                new SettingsProvider(settings ?? ImmutableDictionary<string, string>.Empty));
            var withAnalyzers = compilation.WithAnalyzers(
                Analyzers,
                new CompilationWithAnalyzersOptions(
                    options,
                    onAnalyzerException: (exception, analyzer, diagnostic) => exceptions.Enqueue(exception),
                    concurrentAnalysis: false,
                    logAnalyzerExecutionTime: logTime));
            var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(cancellationToken);
            var time = TimeSpan.Zero;
            if (logTime)
            {
                time = (await withAnalyzers.GetAnalyzerTelemetryInfoAsync(Analyzers[0], cancellationToken)).ExecutionTime;
            }

            return new AnalysisResult(diagnostics, exceptions.ToImmutableArray(), time);
        }

        /// <summary>
        /// Offers every fix for every diagnostic and computes the operations of every registered action.
        /// Returns the number of actions computed; exceptions are added to <paramref name="exceptions"/>.
        /// </summary>
        public static async Task<int> ComputeFixesAsync(Document document, IEnumerable<Diagnostic> diagnostics, List<Exception> exceptions)
        {
            var count = 0;
            foreach (var diagnostic in diagnostics)
            {
                foreach (var fix in Fixes)
                {
                    if (!fix.FixableDiagnosticIds.Contains(diagnostic.Id))
                    {
                        continue;
                    }

                    var actions = new List<CodeAction>();
                    try
                    {
                        var context = new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None);
                        await fix.RegisterCodeFixesAsync(context);
                        foreach (var action in actions)
                        {
                            count++;
                            var operations = await action.GetOperationsAsync(CancellationToken.None);
                            foreach (var operation in operations.OfType<ApplyChangesOperation>())
                            {
                                // Materialize the changed documents: a fix that builds a broken tree fails here.
                                foreach (var changed in operation.ChangedSolution.GetChanges(document.Project.Solution).GetProjectChanges()
                                    .SelectMany(project => project.GetChangedDocuments()))
                                {
                                    await operation.ChangedSolution.GetDocument(changed)!.GetTextAsync();
                                }
                            }
                        }
                    }
                    catch (Exception exception)
                    {
                        exceptions.Add(new InvalidOperationException($"{fix.GetType().Name} on {diagnostic.Id} at {diagnostic.Location.SourceSpan}", exception));
                    }
                }
            }

            return count;
        }

        /// <summary>A workspace with one C# project that has <see cref="AllReferences"/>, for fixes.</summary>
        public static (AdhocWorkspace Workspace, ProjectId Project) CreateWorkspace()
        {
            var workspace = new AdhocWorkspace();
            var project = workspace.AddProject(ProjectInfo.Create(
                ProjectId.CreateNewId(),
                VersionStamp.Default,
                "Corpus",
                "Corpus",
                LanguageNames.CSharp,
                compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable),
                parseOptions: ParseOptions,
                metadataReferences: AllReferences));
            return (workspace, project.Id);
        }

        internal sealed record AnalysisResult(ImmutableArray<Diagnostic> Diagnostics, ImmutableArray<Exception> Exceptions, TimeSpan AnalyzerTime);

        /// <summary>The same options for every tree and as global options (MSBuild-free).</summary>
        private sealed class SettingsProvider : AnalyzerConfigOptionsProvider
        {
            private readonly Options options;

            public SettingsProvider(ImmutableDictionary<string, string> values)
            {
                options = new Options(values);
            }

            public override AnalyzerConfigOptions GlobalOptions => options;

            public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => options;

            public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => options;

            private sealed class Options : AnalyzerConfigOptions
            {
                private readonly ImmutableDictionary<string, string> values;

                public Options(ImmutableDictionary<string, string> values)
                {
                    this.values = values.WithComparers(StringComparer.OrdinalIgnoreCase);
                }

                public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
            }
        }
    }
}
