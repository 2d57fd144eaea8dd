using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using IsolationAnalyzers.CodeFixes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace IsolationAnalyzers.Benchmarks
{
    internal sealed class FixResult
    {
        public int DocumentLines { get; init; }

        public int Diagnostics { get; init; }

        public IReadOnlyList<double> SingleFixMs { get; init; } = Array.Empty<double>();

        public int FixAllDocuments { get; init; }

        public int FixAllDiagnostics { get; init; }

        public IReadOnlyList<double> FixAllMs { get; init; } = Array.Empty<double>();

        /// <summary>ISO0001 diagnostics left after Fix All (expected 0).</summary>
        public int FixAllRemaining { get; init; }
    }

    /// <summary>
    /// The code-fix figures, in an <see cref="AdhocWorkspace"/> on the same Roslyn the benchmark hosts (4.8.0): one
    /// "Use Hyper-V isolation" on a 3,000-line document, and Fix All of that action over 1,000 ISO0001 diagnostics in
    /// 100 documents. Diagnostics are computed before the clock starts (the IDE has them already); the clock covers
    /// registering the fix, computing the action's operations (with Roslyn's simplify/format post-processing) and
    /// reading the changed text.
    /// </summary>
    internal static class FixBenchmark
    {
        private static readonly UseIsolationModeCodeFixProvider Provider = new UseIsolationModeCodeFixProvider();

        public static FixResult Run(int documentLines, int singleFixRuns, int fixAllDocuments, int launchesPerDocument, int fixAllRuns)
        {
            // One fix: warm up on a different diagnostic, then measure on diagnostics spread over the document.
            var (singleSolution, singleDiagnostics) = Create(new[] { SyntheticProject.LongDocument(documentLines) });
            var lines = singleSolution.Projects.Single().Documents.Single().GetTextAsync().GetAwaiter().GetResult().Lines.Count;
            for (var w = 0; w < 3; w++)
            {
                FixOne(singleSolution, singleDiagnostics[w % singleDiagnostics.Count]);
            }

            var single = new List<double>();
            for (var r = 0; r < singleFixRuns; r++)
            {
                var diagnostic = singleDiagnostics[(int)((long)(r + 1) * singleDiagnostics.Count / (singleFixRuns + 1))];
                AnalyzerPass.Collect();
                var watch = Stopwatch.StartNew();
                FixOne(singleSolution, diagnostic);
                single.Add(watch.Elapsed.TotalMilliseconds);
            }

            // Fix All: a fresh workspace per run, so no run reuses another's compilation state.
            var texts = Enumerable.Range(0, fixAllDocuments).Select(i => SyntheticProject.FixAllDocument(i, launchesPerDocument)).ToArray();
            var fixAll = new List<double>();
            var remaining = -1;
            var fixAllDiagnostics = 0;
            for (var r = 0; r < fixAllRuns + 1; r++)
            {
                var (solution, diagnostics) = Create(texts);
                fixAllDiagnostics = diagnostics.Count;
                AnalyzerPass.Collect();
                var watch = Stopwatch.StartNew();
                var fixedSolution = FixAll(solution, diagnostics);
                var elapsed = watch.Elapsed.TotalMilliseconds;
                if (r > 0)
                {
                    fixAll.Add(elapsed);
                }
                else
                {
                    // The first run is the warm-up; check the result once, off the clock.
                    remaining = Iso0001(fixedSolution).Count;
                }
            }

            return new FixResult
            {
                DocumentLines = lines,
                Diagnostics = singleDiagnostics.Count,
                SingleFixMs = single,
                FixAllDocuments = fixAllDocuments,
                FixAllDiagnostics = fixAllDiagnostics,
                FixAllMs = fixAll,
                FixAllRemaining = remaining,
            };
        }

        private static void FixOne(Solution solution, Diagnostic diagnostic)
        {
            var document = solution.GetDocument(diagnostic.Location.SourceTree) ?? throw new InvalidOperationException("No document");
            var actions = new List<CodeAction>();
            var context = new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None);
            Provider.RegisterCodeFixesAsync(context).GetAwaiter().GetResult();
            var hyperV = actions.Single(a => a.EquivalenceKey == EquivalenceKeys.UseHyperVIsolation);
            var changed = Apply(hyperV);
            _ = changed.GetDocument(document.Id)!.GetTextAsync().GetAwaiter().GetResult();
        }

        private static Solution FixAll(Solution solution, IReadOnlyList<Diagnostic> diagnostics)
        {
            var byTree = diagnostics.GroupBy(d => d.Location.SourceTree!).ToDictionary(g => g.Key, g => g.ToImmutableArray());
            var project = solution.Projects.Single();
            var first = solution.GetDocument(diagnostics[0].Location.SourceTree)!;
            var context = new FixAllContext(
                first,
                Provider,
                FixAllScope.Solution,
                EquivalenceKeys.UseHyperVIsolation,
                new[] { RuleIds.MissingIsolation },
                new Diagnostics(byTree),
                CancellationToken.None);
            var action = Provider.GetFixAllProvider()!.GetFixAsync(context).GetAwaiter().GetResult()
                ?? throw new InvalidOperationException("Fix All produced no action");
            var changed = Apply(action);
            foreach (var document in changed.Projects.Single().Documents)
            {
                _ = document.GetTextAsync().GetAwaiter().GetResult();
            }

            return changed;
        }

        private static Solution Apply(CodeAction action)
        {
            var operations = action.GetOperationsAsync(CancellationToken.None).GetAwaiter().GetResult();
            return operations.OfType<ApplyChangesOperation>().Single().ChangedSolution;
        }

        private static (Solution Solution, IReadOnlyList<Diagnostic> Diagnostics) Create(IReadOnlyList<string> texts)
        {
            var workspace = new AdhocWorkspace();
            var projectId = ProjectId.CreateNewId();
            var solution = workspace.CurrentSolution.AddProject(ProjectInfo.Create(
                projectId,
                VersionStamp.Default,
                "Fixes",
                "Fixes",
                LanguageNames.CSharp,
                compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable),
                parseOptions: new CSharpParseOptions(LanguageVersion.CSharp12),
                metadataReferences: References.Framework.AddRange(References.ContainerLibraries)));
            for (var i = 0; i < texts.Count; i++)
            {
                var name = "Launchers" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".cs";
                solution = solution.AddDocument(DocumentId.CreateNewId(projectId, name), name, SourceText.From(texts[i]), filePath: "/src/" + name);
            }

            var diagnostics = Iso0001(solution);
            if (diagnostics.Count == 0)
            {
                throw new InvalidOperationException("The fix benchmark's documents produced no ISO0001");
            }

            return (solution, diagnostics);
        }

        private static IReadOnlyList<Diagnostic> Iso0001(Solution solution)
        {
            var compilation = solution.Projects.Single().GetCompilationAsync().GetAwaiter().GetResult()!;
            var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            if (errors.Count > 0)
            {
                throw new InvalidOperationException("The fix benchmark's documents do not compile: " + errors[0]);
            }

            return compilation
                .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new IsolationAnalyzer()))
                .GetAnalyzerDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult()
                .Where(d => d.Id == RuleIds.MissingIsolation)
                .OrderBy(d => d.Location.SourceTree!.FilePath, StringComparer.Ordinal)
                .ThenBy(d => d.Location.SourceSpan.Start)
                .ToList();
        }

        /// <summary>Hands Fix All the diagnostics computed beforehand.</summary>
        private sealed class Diagnostics : FixAllContext.DiagnosticProvider
        {
            private readonly IReadOnlyDictionary<SyntaxTree, ImmutableArray<Diagnostic>> byTree;

            public Diagnostics(IReadOnlyDictionary<SyntaxTree, ImmutableArray<Diagnostic>> byTree)
            {
                this.byTree = byTree;
            }

            public override async Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
            {
                var tree = await document.GetSyntaxTreeAsync(cancellationToken).ConfigureAwait(false);
                return tree is not null && byTree.TryGetValue(tree, out var found) ? found : ImmutableArray<Diagnostic>.Empty;
            }

            public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
                Task.FromResult<IEnumerable<Diagnostic>>(ImmutableArray<Diagnostic>.Empty);

            public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
                Task.FromResult<IEnumerable<Diagnostic>>(byTree.Values.SelectMany(d => d).ToList());
        }
    }
}
