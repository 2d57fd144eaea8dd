using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using IsolationAnalyzers.Configuration;
using IsolationAnalyzers.Launches;
using IsolationAnalyzers.Launches.Aspire;
using IsolationAnalyzers.Launches.Cli;
using IsolationAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
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
        /// <summary>The operation kinds registered in every operation block, one action each (see <see cref="RegisteredOperationKinds"/>).</summary>
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
                TestcontainersSymbols.Create(start.Compilation),
                AspireSymbols.Create(start.Compilation));

            start.RegisterCompilationEndAction(end =>
            {
                foreach (var error in settings.Errors(end.Compilation.SyntaxTrees))
                {
                    end.ReportDiagnostic(Diagnostic.Create(Descriptors.ISO0099, Location.None, error.Key, error.Value, error.Accepted));
                }
            });

            // Created once per compilation and registered in every block: no allocation per method body. One action per
            // kind, each starting with its cheapest test: almost every operation they see belongs to somebody else.
            var found = new FoundLaunches(recognizers);
            Action<OperationAnalysisContext> onCreation = found.OnObjectCreation;
            Action<OperationAnalysisContext> onInvocation = found.OnInvocation;
            Action<OperationAnalysisContext> onLiteral = found.OnLiteral;
            Action<OperationBlockAnalysisContext> report = end => found.Report(end, settings);
            start.RegisterOperationBlockStartAction(block =>
            {
                block.RegisterOperationAction(onCreation, OperationKind.ObjectCreation);
                block.RegisterOperationAction(onInvocation, OperationKind.Invocation);
                block.RegisterOperationAction(onLiteral, OperationKind.Literal);
                block.RegisterOperationBlockEndAction(report);
            });
        }

        /// <summary>The recognizers of every surface, with the symbols they resolved at compilation start.</summary>
        private sealed class Recognizers
        {
            private readonly DockerDotNetSymbols? dockerDotNet;
            private readonly CliSymbols cli;
            private readonly TestcontainersSymbols? testcontainers;
            private readonly AspireSymbols? aspire;

            public Recognizers(DockerDotNetSymbols? dockerDotNet, CliSymbols cli, TestcontainersSymbols? testcontainers, AspireSymbols? aspire)
            {
                this.dockerDotNet = dockerDotNet;
                this.cli = cli;
                this.testcontainers = testcontainers;
                this.aspire = aspire;
            }

            public ContainerLaunch? FromCreation(IObjectCreationOperation creation, CancellationToken cancellationToken) =>
                (dockerDotNet is null ? null : DockerDotNetRecognizer.Recognize(creation, dockerDotNet, cancellationToken))
                ?? (testcontainers is null ? null : TestcontainersRecognizer.FromCreation(creation, testcontainers, cancellationToken))
                ?? DockerCliRecognizer.FromCreation(creation, cli, cancellationToken);

            public ContainerLaunch? FromInvocation(IInvocationOperation invocation, CancellationToken cancellationToken)
            {
                // A docker call passes the executable and its arguments; CliWrap's WithArguments and builder calls are
                // the only shorter calls that matter, and only where their library is referenced.
                if (invocation.Arguments.Length < 2 && cli.CliWrapCommand is null && testcontainers is null && aspire is null)
                {
                    return null;
                }

                return (testcontainers is null ? null : TestcontainersRecognizer.FromInvocation(invocation, testcontainers, cancellationToken))
                    ?? (aspire is null ? null : AspireRecognizer.FromInvocation(invocation, aspire, cancellationToken))
                    ?? DockerCliRecognizer.FromInvocation(invocation, cli, cancellationToken);
            }
        }

        /// <summary>
        /// The launches found so far in each operation block, by the block's owning symbol; evaluated and reported,
        /// then forgotten, when the block ends. Nothing is allocated for blocks without launches.
        /// </summary>
        private sealed class FoundLaunches
        {
            private readonly Recognizers recognizers;
            private readonly ConcurrentDictionary<ISymbol, List<ContainerLaunch>> byOwner =
                new ConcurrentDictionary<ISymbol, List<ContainerLaunch>>(SymbolEqualityComparer.Default);

            // Launches found and not yet reported.
            private int pending;

            public FoundLaunches(Recognizers recognizers)
            {
                this.recognizers = recognizers;
            }

            public void OnObjectCreation(OperationAnalysisContext context) =>
                Add(context, recognizers.FromCreation((IObjectCreationOperation)context.Operation, context.CancellationToken));

            public void OnInvocation(OperationAnalysisContext context) =>
                Add(context, recognizers.FromInvocation((IInvocationOperation)context.Operation, context.CancellationToken));

            public void OnLiteral(OperationAnalysisContext context)
            {
                // Most literals are numbers, booleans or null: test the syntax kind before reading (and boxing) the
                // constant. A script then starts with "docker " and a subcommand letter.
                var kind = context.Operation.Syntax.RawKind;
                if ((kind == (int)SyntaxKind.StringLiteralExpression || kind == (int)SyntaxKind.InterpolatedStringText)
                    && context.Operation.ConstantValue.Value is string { Length: >= 8 })
                {
                    Add(context, DockerCliRecognizer.FromScriptLiteral((ILiteralOperation)context.Operation, context.CancellationToken));
                }
            }

            private void Add(OperationAnalysisContext context, ContainerLaunch? launch)
            {
                if (launch is null)
                {
                    return;
                }

                var launches = byOwner.GetOrAdd(context.ContainingSymbol, _ => new List<ContainerLaunch>());
                lock (launches)
                {
                    launches.Add(launch);
                }

                Interlocked.Increment(ref pending);
            }

            public void Report(OperationBlockAnalysisContext context, SettingsCache settings)
            {
                // Most blocks have no launch: a read of one counter, not a dictionary look-up (whose IsEmpty takes every
                // lock on .NET Framework, where Visual Studio runs analyzers).
                if (Volatile.Read(ref pending) == 0 || !byOwner.TryRemove(context.OwningSymbol, out var launches))
                {
                    return;
                }

                lock (launches)
                {
                    Interlocked.Add(ref pending, -launches.Count);
                }


                // An operation block lies in one syntax tree, and settings are per tree.
                var treeSettings = settings.For(context.OperationBlocks[0].Syntax.SyntaxTree);
                lock (launches)
                {
                    foreach (var launch in launches)
                    {
                        RuleEngine.Evaluate(launch, treeSettings, context.OwningSymbol, context.ReportDiagnostic);
                    }
                }
            }
        }
    }
}
