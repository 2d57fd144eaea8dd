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
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
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
            private readonly ValueFlow flow;
            private Recognizers? recognizers;

            public CompilationAnalysis(Compilation compilation, SettingsCache settings)
            {
                this.compilation = compilation;
                this.settings = settings;
                flow = new ValueFlow(compilation);
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
                var positions = TreeScan.For(tree).LaunchWordPositions(cancellationToken);
                if (positions.Length == 0)
                {
                    return;
                }

                var root = tree.GetRoot(cancellationToken);
                var members = CandidateMembers.At(root, positions, context.FilterSpan, cancellationToken);
                if (members.Count == 0)
                {
                    return;
                }

                var treeSettings = settings.For(tree);
                var recognizers = Recognizers;
                var launches = new List<ContainerLaunch>();
                var flowContext = FlowContext.Standalone(flow, cancellationToken);
                foreach (var declaration in members)
                {
                    var member = CandidateMembers.Resolve(declaration, context.SemanticModel, cancellationToken);
                    launches.Clear();
                    foreach (var operationRoot in member.Roots)
                    {
                        recognizers.RecognizeAll(operationRoot, flowContext, launches);
                    }

                    foreach (var launch in launches)
                    {
                        RuleEngine.Evaluate(launch, treeSettings, member.Owner, context.ReportDiagnostic);
                    }
                }
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
