using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using IsolationAnalyzers.Configuration;
using IsolationAnalyzers.Launches;
using IsolationAnalyzers.Launches.Cli;
using IsolationAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace IsolationAnalyzers
{
    /// <summary>
    /// The one analyzer: recognizes container launches once per operation and evaluates every rule on them.
    /// Symbols are resolved at compilation start. A launch may be spread over several statements of a method
    /// (<c>psi.ArgumentList.Add(…)</c>, <c>hc.Isolation = …</c>), so launches are collected per operation block
    /// and reported when the block ends: diagnostics anywhere in the block stay local to it, which is what the IDE
    /// needs to show them and to offer their fixes.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class IsolationAnalyzer : DiagnosticAnalyzer
    {
        /// <summary>The operation kinds registered in every operation block (see <see cref="RegisteredOperationKinds"/>).</summary>
        private static readonly ImmutableArray<OperationKind> OperationKinds =
            ImmutableArray.Create(OperationKind.ObjectCreation, OperationKind.Invocation, OperationKind.Literal);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => Descriptors.All;

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(OnCompilationStart);
        }

        /// <summary>
        /// The operation kinds this analyzer registers inside each operation block (what it costs just to be called).
        /// The benchmark's no-op baseline registers exactly these, in an operation block start action with an end
        /// action, so the two are compared like for like.
        /// </summary>
        internal static ImmutableArray<OperationKind> RegisteredOperationKinds(Compilation compilation) => OperationKinds;

        private static void OnCompilationStart(CompilationStartAnalysisContext start)
        {
            var settings = new SettingsCache(start.Options.AnalyzerConfigOptionsProvider);
            var recognizers = new Recognizers(
                DockerDotNetSymbols.Create(start.Compilation),
                CliSymbols.Create(start.Compilation),
                TestcontainersSymbols.Create(start.Compilation));

            start.RegisterCompilationEndAction(end =>
            {
                foreach (var error in settings.Errors(end.Compilation.SyntaxTrees))
                {
                    end.ReportDiagnostic(Diagnostic.Create(Descriptors.ISO0099, Location.None, error.Key, error.Value, error.Accepted));
                }
            });

            start.RegisterOperationBlockStartAction(block =>
            {
                var found = new BlockLaunches(recognizers);
                block.RegisterOperationAction(found.Recognize, OperationKinds);
                block.RegisterOperationBlockEndAction(end => found.Report(end, settings));
            });
        }

        /// <summary>The recognizers of every surface, with the symbols they resolved at compilation start.</summary>
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

            public ContainerLaunch? Recognize(IOperation operation, CancellationToken cancellationToken)
            {
                switch (operation)
                {
                    case IObjectCreationOperation creation:
                        return (dockerDotNet is null ? null : DockerDotNetRecognizer.Recognize(creation, dockerDotNet, cancellationToken))
                            ?? (testcontainers is null ? null : TestcontainersRecognizer.FromCreation(creation, testcontainers, cancellationToken))
                            ?? DockerCliRecognizer.FromCreation(creation, cli, cancellationToken);
                    case IInvocationOperation invocation:
                        return (testcontainers is null ? null : TestcontainersRecognizer.FromInvocation(invocation, testcontainers, cancellationToken))
                            ?? DockerCliRecognizer.FromInvocation(invocation, cli, cancellationToken);
                    case ILiteralOperation literal:
                        return DockerCliRecognizer.FromScriptLiteral(literal, cancellationToken);
                    default:
                        return null;
                }
            }
        }

        /// <summary>The launches found in one operation block, evaluated and reported when the block ends.</summary>
        private sealed class BlockLaunches
        {
            private readonly Recognizers recognizers;
            private List<ContainerLaunch>? launches;

            public BlockLaunches(Recognizers recognizers)
            {
                this.recognizers = recognizers;
            }

            public void Recognize(OperationAnalysisContext context)
            {
                if (recognizers.Recognize(context.Operation, context.CancellationToken) is not { } launch)
                {
                    return;
                }

                lock (this)
                {
                    (launches ??= new List<ContainerLaunch>()).Add(launch);
                }
            }

            public void Report(OperationBlockAnalysisContext context, SettingsCache settings)
            {
                List<ContainerLaunch>? found;
                lock (this)
                {
                    found = launches;
                }

                if (found is null)
                {
                    return;
                }

                // An operation block lies in one syntax tree, and settings are per tree.
                var treeSettings = settings.For(context.OperationBlocks[0].Syntax.SyntaxTree);
                foreach (var launch in found)
                {
                    RuleEngine.Evaluate(launch, treeSettings, context.OwningSymbol, context.ReportDiagnostic);
                }
            }
        }
    }
}
