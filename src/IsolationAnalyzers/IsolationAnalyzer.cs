using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using IsolationAnalyzers.Candidates;
using IsolationAnalyzers.Configuration;
using IsolationAnalyzers.Flow;
using IsolationAnalyzers.Launches;
using IsolationAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace IsolationAnalyzers
{
    /// <summary>
    /// The one analyzer: finds container launches and evaluates every rule on them (architecture.md).
    /// <para>
    /// Almost no code launches a container, so the design makes the rest cost close to nothing (performance.md, "The
    /// second budget"): one semantic-model action per file, whose first test is a text search of the file for the
    /// words every launch needs (<see cref="TreeScan"/>, cached per syntax tree, so unchanged files cost nothing in the
    /// IDE's next compilation). Only the members that hold such a word get their operation trees, and only those go
    /// through the recognizers. Nothing is registered per method or per operation.
    /// </para>
    /// <para>
    /// A launch may be spread over several statements of a member (<c>psi.ArgumentList.Add(…)</c>,
    /// <c>hc.Isolation = …</c>); all its diagnostics are reported from the analysis of the file that holds them, so the
    /// IDE shows them and offers their fixes as the user types.
    /// </para>
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class IsolationAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => Descriptors.All;

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            // Generated files are not analyzed; diagnostics in generated declarations of other files are dropped by
            // GeneratedCode, which is far cheaper than the driver's filter (it reads every token of the file).
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics);
            context.RegisterCompilationStartAction(OnCompilationStart);
        }

        /// <summary>
        /// What this analyzer registers at compilation start: a semantic-model action and a compilation-end action
        /// (ISO0099), and nothing per operation or per block. The benchmark's no-op baseline registers the same.
        /// </summary>
        internal static ImmutableArray<OperationKind> RegisteredOperationKinds(Compilation compilation) => ImmutableArray<OperationKind>.Empty;

        private static void OnCompilationStart(CompilationStartAnalysisContext start)
        {
            // Nothing is resolved here: a compilation (the IDE makes one per keystroke) pays for symbols only when a
            // file holds a launch word.
            var analysis = new CompilationAnalysis(start.Compilation, new SettingsCache(start.Options.AnalyzerConfigOptionsProvider));
            start.RegisterSemanticModelAction(analysis.AnalyzeTree);
            start.RegisterCompilationEndAction(analysis.ReportConfigurationErrors);
        }

        /// <summary>The state of one compilation's analysis: settings, and the recognizers' symbols once needed.</summary>
        private sealed class CompilationAnalysis
        {
            private readonly Compilation compilation;
            private readonly SettingsCache settings;
            private ValueFlow? flow;
            private FlowWords? words;
            private Recognizers? recognizers;
            private int libraries;

            public CompilationAnalysis(Compilation compilation, SettingsCache settings)
            {
                this.compilation = compilation;
                this.settings = settings;
            }

            /// <summary>The compilation's value flow, made when a file first holds a word (nothing for other compilations).</summary>
            private ValueFlow Flow
            {
                get
                {
                    var current = Volatile.Read(ref flow);
                    if (current is null)
                    {
                        var created = new ValueFlow(compilation);
                        created.UseRecognizers(() => Recognizers);
                        if (Volatile.Read(ref words) is { } known)
                        {
                            created.UseWords(known);
                        }

                        current = Interlocked.CompareExchange(ref flow, created, null) ?? created;
                    }

                    return current;
                }
            }

            /// <summary>Whether the compilation references a container library (<see cref="ReferencedLibraries.AnyContainerLibrary"/>), asked once.</summary>
            private bool Libraries
            {
                get
                {
                    var known = Volatile.Read(ref libraries);
                    if (known == 0)
                    {
                        known = ReferencedLibraries.AnyContainerLibrary(compilation) ? 1 : -1;
                        Volatile.Write(ref libraries, known);
                    }

                    return known > 0;
                }
            }

            private Recognizers Recognizers
            {
                get
                {
                    // Benign race: every thread resolves the same symbols.
                    var current = Volatile.Read(ref recognizers);
                    if (current is null)
                    {
                        current = Recognizers.Create(compilation);
                        Volatile.Write(ref recognizers, current);
                    }

                    return current;
                }
            }

            public void AnalyzeTree(SemanticModelAnalysisContext context)
            {
                var cancellationToken = context.CancellationToken;
                var tree = context.SemanticModel.SyntaxTree;
                var scan = TreeScan.For(tree);
                var launchPositions = scan.LaunchWordPositions(Libraries, cancellationToken);

                // Call sites of helpers (value flow) hold one of the compilation's flow words instead.
                var words = Words(cancellationToken);
                var callPositions = scan.FlowWordPositions(words, cancellationToken);
                if (launchPositions.Length == 0 && callPositions.Length == 0)
                {
                    return;
                }

                var root = tree.GetRoot(cancellationToken);
                var members = CandidateMembers.At(root, TreeScan.Merge(launchPositions, callPositions), context.FilterSpan, cancellationToken);
                if (members.Count == 0)
                {
                    return;
                }

                var flow = Flow;
                flow.Offer(context.SemanticModel);
                var treeSettings = settings.For(tree);
                var recognizers = Recognizers;
                var launches = new List<ContainerLaunch>();
                var report = GeneratedCode.Filter(context.SemanticModel, context.ReportDiagnostic, cancellationToken);
                var standalone = FlowContext.Standalone(flow, cancellationToken);
                foreach (var declaration in members)
                {
                    var member = CandidateMembers.Resolve(declaration, context.SemanticModel, cancellationToken);
                    launches.Clear();
                    foreach (var operationRoot in member.Roots)
                    {
                        recognizers.RecognizeAll(operationRoot, standalone, launches);
                    }

                    // What the member's own launches give, then what its calls of helpers add (never twice).
                    var reported = new HashSet<(string, Location)>();
                    foreach (var launch in launches)
                    {
                        foreach (var finding in RuleEngine.Findings(launch, treeSettings, member.Owner))
                        {
                            if (reported.Add((finding.Descriptor.Id, finding.Location)))
                            {
                                report(finding.ToDiagnostic());
                            }
                        }
                    }

                    if (!words.IsEmpty)
                    {
                        ReportCallSites(member, words, recognizers, treeSettings, reported, standalone, report);
                    }
                }
            }

            /// <summary>Every call in the member of a method named by a flow word: what its arguments add to the launches it reaches.</summary>
            private void ReportCallSites(
                CandidateMember member,
                FlowWords words,
                Recognizers recognizers,
                IsolationSettings treeSettings,
                HashSet<(string, Location)> reported,
                FlowContext standalone,
                System.Action<Diagnostic> report)
            {
                CallSiteFindings? findings = null;
                foreach (var operationRoot in member.Roots)
                {
                    foreach (var operation in operationRoot.DescendantsAndSelf())
                    {
                        if (ValueFlow.CallOf(operation) is { } call && words.Contains(ValueFlow.CallName(call.Target)))
                        {
                            findings ??= new CallSiteFindings(Flow, recognizers, treeSettings, report, reported);
                            findings.Report(call, member.Declaration, standalone);
                        }
                    }
                }
            }

            /// <summary>The compilation's flow words (computed once, or reused from the project's last compilation).</summary>
            private FlowWords Words(CancellationToken cancellationToken)
            {
                var current = Volatile.Read(ref words);
                if (current is null)
                {
                    current = FlowWords.For(compilation, cancellationToken);
                    Volatile.Write(ref words, current);
                }

                return current;
            }

            public void ReportConfigurationErrors(CompilationAnalysisContext end)
            {
                foreach (var error in settings.Errors(end.Compilation.SyntaxTrees))
                {
                    end.ReportDiagnostic(Diagnostic.Create(Descriptors.ISO0099, Location.None, error.Key, error.Value, error.Accepted));
                }
            }
        }
    }
}
