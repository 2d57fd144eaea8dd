using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace IsolationAnalyzers.Tests.Robustness.Typing
{
    /// <summary>
    /// Checks one half-typed document the way an IDE treats it: runs the analyzers through
    /// <see cref="CompilationWithAnalyzers"/> (exceptions recorded by the exception callback, never thrown), then
    /// registers every code fix of every fix provider for every diagnostic, computes each action's operations and
    /// compiles the fixed document. A fix <em>adds errors</em> when some compiler error ID occurs more often in the
    /// fixed document than in the document before the fix (a new error ID, or one more of an existing one). Error
    /// spans are not compared: a fix moves the text after it, so the same error legitimately moves too. The errors
    /// compared are the document's syntax errors, those in the bodies of the member the fix changes, and its
    /// declaration errors unless the change stays inside one body (<see cref="ErrorsAround"/>).
    /// </summary>
    /// <remarks>
    /// Shared with tools/RealWorldRunner (linked source): it depends on Roslyn and on the analyzer and fix
    /// assemblies only, through their public APIs, so analyzers and fix providers added later are checked too.
    /// One checker holds one workspace with one document; use one checker per thread.
    /// </remarks>
    internal sealed class TypingChecker : IDisposable
    {
        private readonly AdhocWorkspace workspace = new AdhocWorkspace();
        private readonly DocumentId documentId;
        private readonly Solution solution;
        private readonly ImmutableArray<DiagnosticAnalyzer> analyzers;
        private readonly ImmutableArray<CodeFixProvider> fixes;
        private readonly ImmutableHashSet<string> analyzerIds;
        private readonly AnalyzerOptions options;
        private readonly Func<Diagnostic, bool> selected;

        /// <param name="select">Which analyzer diagnostics get their fixes applied (all by default).</param>
        public TypingChecker(
            IEnumerable<MetadataReference> references,
            CSharpParseOptions parseOptions,
            IReadOnlyDictionary<string, string> settings,
            ImmutableArray<DiagnosticAnalyzer> analyzers,
            ImmutableArray<CodeFixProvider> fixes,
            string filePath = "/0/Typed.cs",
            Func<Diagnostic, bool>? select = null)
        {
            selected = select ?? (_ => true);
            this.analyzers = analyzers;
            this.fixes = fixes;
            analyzerIds = analyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).ToImmutableHashSet();
            options = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, new DictionaryOptionsProvider(settings));
            var project = workspace.AddProject(ProjectInfo.Create(
                ProjectId.CreateNewId(),
                VersionStamp.Default,
                "Typed",
                "Typed",
                LanguageNames.CSharp,
                compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, allowUnsafe: true),
                parseOptions: parseOptions,
                metadataReferences: references));
            var document = project.AddDocument("Typed.cs", SourceText.From(string.Empty), filePath: filePath);
            documentId = document.Id;
            solution = document.Project.Solution;
        }

        public TypingCounts Counts { get; } = new TypingCounts();

        /// <summary>Every concrete analyzer type marked <c>[DiagnosticAnalyzer]</c> in the assembly.</summary>
        public static ImmutableArray<DiagnosticAnalyzer> AnalyzersIn(Assembly assembly) =>
            assembly.GetTypes()
                .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null && t.GetConstructor(Type.EmptyTypes) is not null)
                .OrderBy(t => t.FullName, StringComparer.Ordinal)
                .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
                .ToImmutableArray();

        /// <summary>Every concrete fix provider type marked <c>[ExportCodeFixProvider]</c> in the assembly.</summary>
        public static ImmutableArray<CodeFixProvider> FixesIn(Assembly assembly) =>
            assembly.GetTypes()
                .Where(t => !t.IsAbstract && typeof(CodeFixProvider).IsAssignableFrom(t) && t.GetCustomAttribute<ExportCodeFixProviderAttribute>() is not null && t.GetConstructor(Type.EmptyTypes) is not null)
                .OrderBy(t => t.FullName, StringComparer.Ordinal)
                .Select(t => (CodeFixProvider)Activator.CreateInstance(t)!)
                .ToImmutableArray();

        /// <summary>
        /// Checks one document; <paramref name="describe"/> names it in failure messages (called only on failure).
        /// Returns the analyzers' diagnostics in the document, each with the titles of the fixes offered for it.
        /// </summary>
        public async Task<IReadOnlyList<(Diagnostic Diagnostic, IReadOnlyList<string> Fixes)>> CheckAsync(string text, Func<string> describe, CancellationToken cancellationToken = default)
        {
            Counts.Documents++;
            var document = solution.WithDocumentText(documentId, SourceText.From(text)).GetDocument(documentId)!;
            var tree = (await document.GetSyntaxTreeAsync(cancellationToken).ConfigureAwait(false))!;
            var compilation = (await document.Project.GetCompilationAsync(cancellationToken).ConfigureAwait(false))!;

            var exceptions = new ConcurrentQueue<Exception>();
            var withAnalyzers = compilation.WithAnalyzers(
                analyzers,
                new CompilationWithAnalyzersOptions(
                    options,
                    onAnalyzerException: (exception, analyzer, diagnostic) => exceptions.Enqueue(exception),
                    concurrentAnalysis: false,
                    logAnalyzerExecutionTime: false));

            // Compiler and analyzer diagnostics from one binding of the document.
            var all = await withAnalyzers.GetAllDiagnosticsAsync(cancellationToken).ConfigureAwait(false);
            if (exceptions.IsEmpty)
            {
                foreach (var reported in all.Where(d => d.Id == "AD0001"))
                {
                    exceptions.Enqueue(new InvalidOperationException(reported.GetMessage()));
                }
            }

            foreach (var exception in exceptions)
            {
                Counts.AnalyzerExceptions++;
                Counts.Fail(describe() + ": analyzer exception\n" + exception, text);
            }

            var found = all.Where(d => analyzerIds.Contains(d.Id) && d.Location.IsInSource && d.Location.SourceTree == tree && selected(d)).ToArray();
            Counts.Diagnostics += found.Length;
            var result = new List<(Diagnostic, IReadOnlyList<string>)>();
            if (found.Length == 0)
            {
                return result;
            }

            var oldText = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
            foreach (var diagnostic in found)
            {
                var offered = new List<string>();
                foreach (var fix in fixes)
                {
                    if (fix.FixableDiagnosticIds.Contains(diagnostic.Id))
                    {
                        await ApplyFixesAsync(fix, document, compilation, diagnostic, oldText, offered, describe, cancellationToken).ConfigureAwait(false);
                    }
                }

                result.Add((diagnostic, offered));
            }

            return result;
        }

        private async Task ApplyFixesAsync(CodeFixProvider fix, Document document, Compilation compilation, Diagnostic diagnostic, SourceText oldText, List<string> offered, Func<string> describe, CancellationToken cancellationToken)
        {
            var actions = new List<CodeAction>();
            string Where() => $"{describe()}: {fix.GetType().Name} on {diagnostic.Id} at {diagnostic.Location.GetLineSpan().StartLinePosition}";
            try
            {
                await fix.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), cancellationToken)).ConfigureAwait(false);
            }
            catch (Exception exception)
            {
                Counts.FixExceptions++;
                Counts.Fail(Where() + ": exception registering fixes\n" + exception, oldText.ToString());
                return;
            }

            foreach (var action in actions)
            {
                Counts.FixesOffered++;
                offered.Add(action.Title);
                try
                {
                    var operations = await action.GetOperationsAsync(cancellationToken).ConfigureAwait(false);
                    var changed = operations.OfType<ApplyChangesOperation>().Select(o => o.ChangedSolution.GetDocument(documentId)).FirstOrDefault(d => d is not null);
                    var newText = changed is null ? null : await changed.GetTextAsync(cancellationToken).ConfigureAwait(false);
                    if (changed is null || newText!.ContentEquals(oldText))
                    {
                        // Offered, but it changes nothing in the document (a no-op in the light bulb).
                        Counts.Unchanged($"{Where()}: '{action.Title}' changes nothing");
                        continue;
                    }

                    Counts.FixesApplied++;
                    var fixedTree = (await changed.GetSyntaxTreeAsync(cancellationToken).ConfigureAwait(false))!;
                    var fixedCompilation = (await changed.Project.GetCompilationAsync(cancellationToken).ConfigureAwait(false))!;
                    var (start, oldEnd, newEnd) = Difference(oldText, newText);
                    var tree = (await document.GetSyntaxTreeAsync(cancellationToken).ConfigureAwait(false))!;
                    var oldHolder = Holder(await tree.GetRootAsync(cancellationToken).ConfigureAwait(false), start, oldEnd);
                    var newHolder = Holder(await fixedTree.GetRootAsync(cancellationToken).ConfigureAwait(false), start, newEnd);
                    var sameHolder = oldHolder is not null && newHolder is not null && oldHolder.RawKind == newHolder.RawKind && oldHolder.SpanStart == newHolder.SpanStart;
                    if (!sameHolder)
                    {
                        // The trimmed difference of an insertion is ambiguous where the inserted text ends like the
                        // text after it (`\n    .X()` before `\n    Build();`): the position may fall in the next member
                        // in one document and in the edited one in the other. Compare the whole documents then.
                        oldHolder = null;
                        newHolder = null;
                    }

                    var inBody = sameHolder && InBody(oldHolder, start, oldEnd) && InBody(newHolder, start, newEnd);
                    var before = Errors(ErrorsAround(compilation, tree, oldHolder, inBody, cancellationToken), null);
                    var afterErrors = ErrorsAround(fixedCompilation, fixedTree, newHolder, inBody, cancellationToken);
                    var added = Added(before, Errors(afterErrors, null));
                    if (added.Count > 0)
                    {
                        Counts.ErrorAddingFixes++;
                        var messages = afterErrors
                            .Where(d => d.Severity == DiagnosticSeverity.Error && added.Contains(d.Id))
                            .Take(3)
                            .Select(d => "  " + d);
                        Counts.Fail($"{Where()}: '{action.Title}' adds {string.Join(", ", added)}\n{string.Join("\n", messages)}\n  changes: {Changes(oldText, newText)}", oldText.ToString());
                    }
                }
                catch (Exception exception)
                {
                    Counts.FixExceptions++;
                    Counts.Fail($"{Where()}: '{action.Title}' throws\n{exception}", oldText.ToString());
                }
            }
        }

        /// <summary>
        /// The diagnostics a fix changing [<paramref name="start"/>, <paramref name="oldEnd"/>) of the old text into
        /// [<paramref name="start"/>, <paramref name="newEnd"/>) can add, in the old (<paramref name="after"/> false) or the
        /// new document: the syntax diagnostics of the whole document, the diagnostics of the bodies of the member
        /// declaration that holds the change (of every member when none does), and, unless the change stays inside
        /// the body of the same member in both documents (a method, accessor or property body, a top-level statement:
        /// where a change cannot alter any declaration), the declaration diagnostics of the whole document. Fixes edit
        /// inside one member; binding that member alone, not the whole document again for each fix, is what makes
        /// checking every variant affordable.
        /// </summary>
        private static IEnumerable<Diagnostic> ErrorsAround(Compilation compilation, SyntaxTree tree, SyntaxNode? holder, bool inBody, CancellationToken cancellationToken)
        {
            var model = compilation.GetSemanticModel(tree);
            var diagnostics = tree.GetDiagnostics(cancellationToken).Concat(model.GetMethodBodyDiagnostics(holder?.Span, cancellationToken));
            return (inBody ? diagnostics : diagnostics.Concat(model.GetDeclarationDiagnostics(cancellationToken: cancellationToken))).ToArray();
        }

        /// <summary>The member declaration (not a type or namespace) that holds the span, or null.</summary>
        private static MemberDeclarationSyntax? Holder(SyntaxNode root, int start, int end)
        {
            if (end > root.FullSpan.End)
            {
                return null;
            }

            for (var node = root.FindNode(TextSpan.FromBounds(start, end), getInnermostNodeForTie: true); node is not null; node = node.Parent)
            {
                if (node is MemberDeclarationSyntax member)
                {
                    // Top-level statements are one method body split into global statements: a fix that deletes one
                    // statement leaves another at its position, so the whole body is compared, not one statement.
                    return member is BaseTypeDeclarationSyntax or BaseNamespaceDeclarationSyntax or GlobalStatementSyntax ? null : member;
                }
            }

            return null;
        }

        /// <summary>True when [start, end) lies inside the body of <paramref name="member"/>, where no declaration is written.</summary>
        private static bool InBody(MemberDeclarationSyntax? member, int start, int end)
        {
            bool Inside(SyntaxNode? body) => body is not null && body.SpanStart < start && end < body.Span.End;
            return member switch
            {
                BaseMethodDeclarationSyntax method => Inside(method.Body) || Inside(method.ExpressionBody),
                BasePropertyDeclarationSyntax property => Inside(property.AccessorList) || (property is PropertyDeclarationSyntax p && Inside(p.ExpressionBody)),
                _ => false,
            };
        }

        /// <summary>The one span where two texts differ: common prefix and suffix trimmed.</summary>
        private static (int Start, int OldEnd, int NewEnd) Difference(SourceText oldText, SourceText newText)
        {
            string before = oldText.ToString(), after = newText.ToString();
            var start = 0;
            while (start < before.Length && start < after.Length && before[start] == after[start])
            {
                start++;
            }

            var end = 0;
            while (end < before.Length - start && end < after.Length - start && before[before.Length - 1 - end] == after[after.Length - 1 - end])
            {
                end++;
            }

            return (start, before.Length - end, after.Length - end);
        }

        /// <summary>Compiler errors (of <paramref name="tree"/>, or of any tree when null), counted by ID.</summary>
        private static Dictionary<string, int> Errors(IEnumerable<Diagnostic> diagnostics, SyntaxTree? tree)
        {
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var diagnostic in diagnostics)
            {
                if (diagnostic.Severity == DiagnosticSeverity.Error
                    && diagnostic.Id.StartsWith("CS", StringComparison.Ordinal)
                    && (tree is null || diagnostic.Location.SourceTree is null || diagnostic.Location.SourceTree == tree))
                {
                    counts[diagnostic.Id] = counts.TryGetValue(diagnostic.Id, out var n) ? n + 1 : 1;
                }
            }

            return counts;
        }

        private static List<string> Added(Dictionary<string, int> before, Dictionary<string, int> after) =>
            after.Where(e => e.Value > (before.TryGetValue(e.Key, out var n) ? n : 0)).Select(e => e.Key).OrderBy(id => id, StringComparer.Ordinal).ToList();

        /// <summary>The one span that differs, for failure messages.</summary>
        private static string Changes(SourceText oldText, SourceText newText)
        {
            var (start, oldEnd, newEnd) = Difference(oldText, newText);
            return $"[{start}..{oldEnd}) '{Short(oldText.ToString(TextSpan.FromBounds(start, oldEnd)))}' -> '{Short(newText.ToString(TextSpan.FromBounds(start, newEnd)))}'";
        }

        private static string Short(string text) =>
            (text.Length <= 120 ? text : text.Substring(0, 60) + " … " + text.Substring(text.Length - 60)).Replace("\n", "\\n", StringComparison.Ordinal);

        public void Dispose() => workspace.Dispose();

        /// <summary>The same settings for every tree and as global options, as .editorconfig and MSBuild would give them.</summary>
        internal sealed class DictionaryOptionsProvider : AnalyzerConfigOptionsProvider
        {
            private readonly Options options;

            public DictionaryOptionsProvider(IReadOnlyDictionary<string, string> values)
            {
                options = new Options(values.ToImmutableDictionary(StringComparer.OrdinalIgnoreCase));
            }

            public override AnalyzerConfigOptions GlobalOptions => options;

            public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => options;

            public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => options;

            private sealed class Options : AnalyzerConfigOptions
            {
                private readonly ImmutableDictionary<string, string> values;

                public Options(ImmutableDictionary<string, string> values)
                {
                    this.values = values;
                }

                public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
            }
        }
    }

    /// <summary>What a typing run checked and found. Failure messages are kept for the first <see cref="MaxKept"/> failures.</summary>
    internal sealed class TypingCounts
    {
        public const int MaxKept = 40;

        public int Documents { get; set; }

        public int Diagnostics { get; set; }

        public int AnalyzerExceptions { get; set; }

        public int FixesOffered { get; set; }

        public int FixesApplied { get; set; }

        public int FixExceptions { get; set; }

        public int ErrorAddingFixes { get; set; }

        public List<string> Failures { get; } = new List<string>();

        /// <summary>The document each kept failure was found in (same order as <see cref="Failures"/>).</summary>
        public List<string> FailureDocuments { get; } = new List<string>();

        /// <summary>Fixes offered that change nothing in the document (counted and kept apart: not a failure of the run).</summary>
        public int FixesWithoutChange { get; set; }

        public List<string> WithoutChange { get; } = new List<string>();

        public int FailureCount => AnalyzerExceptions + FixExceptions + ErrorAddingFixes;

        public void Unchanged(string message)
        {
            FixesWithoutChange++;
            if (WithoutChange.Count < MaxKept)
            {
                WithoutChange.Add(message);
            }
        }

        public void Fail(string message, string document)
        {
            if (Failures.Count < MaxKept)
            {
                Failures.Add(message);
                FailureDocuments.Add(document);
            }
        }

        public void Add(TypingCounts other)
        {
            Documents += other.Documents;
            Diagnostics += other.Diagnostics;
            AnalyzerExceptions += other.AnalyzerExceptions;
            FixesOffered += other.FixesOffered;
            FixesApplied += other.FixesApplied;
            FixExceptions += other.FixExceptions;
            ErrorAddingFixes += other.ErrorAddingFixes;
            FixesWithoutChange += other.FixesWithoutChange;
            foreach (var message in other.WithoutChange)
            {
                if (WithoutChange.Count < MaxKept)
                {
                    WithoutChange.Add(message);
                }
            }

            for (var i = 0; i < other.Failures.Count; i++)
            {
                Fail(other.Failures[i], other.FailureDocuments[i]);
            }
        }

        public override string ToString() =>
            $"{Documents} documents, {Diagnostics} diagnostics, {AnalyzerExceptions} analyzer exceptions, {FixesOffered} fixes offered, " +
            $"{FixesApplied} fixes applied, {FixesWithoutChange} fixes that change nothing, {FixExceptions} fix exceptions, {ErrorAddingFixes} fixes that add compiler errors";
    }
}
