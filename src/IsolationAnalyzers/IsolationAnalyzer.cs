using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using IsolationAnalyzers.Candidates;
using IsolationAnalyzers.Configuration;
using IsolationAnalyzers.Launches;
using IsolationAnalyzers.Launches.Cli;
using IsolationAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
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
            private Recognizers? recognizers;

            public CompilationAnalysis(Compilation compilation, SettingsCache settings)
            {
                this.compilation = compilation;
                this.settings = settings;
            }

            private Recognizers Recognizers
            {
                get
                {
                    // Benign race: every thread resolves the same symbols.
                    var current = Volatile.Read(ref recognizers);
                    if (current is null)
                    {
                        current = new Recognizers(
                            DockerDotNetSymbols.Create(compilation),
                            CliSymbols.Create(compilation),
                            TestcontainersSymbols.Create(compilation));
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
                foreach (var declaration in members)
                {
                    var member = CandidateMembers.Resolve(declaration, context.SemanticModel, cancellationToken);
                    launches.Clear();
                    foreach (var operationRoot in member.Roots)
                    {
                        Recognize(operationRoot, recognizers, launches, cancellationToken);
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

            /// <summary>Every launch in one operation tree, each recognized once at its anchor operation.</summary>
            private static void Recognize(IOperation root, Recognizers recognizers, List<ContainerLaunch> launches, CancellationToken cancellationToken)
            {
                foreach (var operation in root.DescendantsAndSelf())
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var launch = operation switch
                    {
                        IObjectCreationOperation creation => recognizers.FromCreation(creation, cancellationToken),
                        IInvocationOperation invocation => recognizers.FromInvocation(invocation, cancellationToken),
                        ILiteralOperation literal => FromLiteral(literal, cancellationToken),
                        _ => null,
                    };
                    if (launch is not null)
                    {
                        launches.Add(launch);
                    }
                }
            }

            private static ContainerLaunch? FromLiteral(ILiteralOperation literal, CancellationToken cancellationToken)
            {
                // Most literals are numbers, booleans or null: test the syntax kind before reading (and boxing) the
                // constant. A script then starts with "docker " and a subcommand letter.
                var kind = literal.Syntax.RawKind;
                return (kind == (int)SyntaxKind.StringLiteralExpression || kind == (int)SyntaxKind.InterpolatedStringText)
                    && literal.ConstantValue.Value is string { Length: >= 8 }
                    ? DockerCliRecognizer.FromScriptLiteral(literal, cancellationToken)
                    : null;
            }
        }

        /// <summary>The recognizers of every surface, with the symbols they resolved for the compilation.</summary>
        private sealed class Recognizers
        {
            private readonly DockerDotNetSymbols? dockerDotNet;
            private readonly CliSymbols cli;
            private readonly TestcontainersSymbols? testcontainers;

            public Recognizers(DockerDotNetSymbols? dockerDotNet, CliSymbols cli, TestcontainersSymbols? testcontainers)
            {
                this.dockerDotNet = dockerDotNet;
                this.cli = cli;
                this.testcontainers = testcontainers;
            }

            public ContainerLaunch? FromCreation(IObjectCreationOperation creation, CancellationToken cancellationToken) =>
                (dockerDotNet is null ? null : DockerDotNetRecognizer.Recognize(creation, dockerDotNet, cancellationToken))
                ?? (testcontainers is null ? null : TestcontainersRecognizer.FromCreation(creation, testcontainers, cancellationToken))
                ?? DockerCliRecognizer.FromCreation(creation, cli, cancellationToken);

            public ContainerLaunch? FromInvocation(IInvocationOperation invocation, CancellationToken cancellationToken)
            {
                // A docker call passes the executable and its arguments; CliWrap's WithArguments and builder calls are
                // the only shorter calls that matter, and only where their library is referenced.
                if (invocation.Arguments.Length < 2 && cli.CliWrapCommand is null && testcontainers is null)
                {
                    return null;
                }

                return (testcontainers is null ? null : TestcontainersRecognizer.FromInvocation(invocation, testcontainers, cancellationToken))
                    ?? DockerCliRecognizer.FromInvocation(invocation, cli, cancellationToken);
            }
        }
    }
}
