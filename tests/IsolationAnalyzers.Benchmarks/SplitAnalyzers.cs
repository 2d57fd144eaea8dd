using System.Collections.Immutable;
using IsolationAnalyzers.Configuration;
using IsolationAnalyzers.Launches;
using IsolationAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace IsolationAnalyzers.Benchmarks
{
    /// <summary>
    /// Diagnostic halves of <see cref="IsolationAnalyzer"/> for the probe (<c>BENCH_PROBE=N</c>): the same calls as its
    /// <c>OnCompilationStart</c>, with either only the operation action or only the compilation end action doing work
    /// (the other registered as a no-op, so the registrations match). They tell which half the telemetry bills.
    /// </summary>
    internal abstract class SplitAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => Descriptors.All;

        protected abstract bool OperationHalf { get; }

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                var settings = new SettingsCache(start.Options.AnalyzerConfigOptionsProvider);
                var operationHalf = OperationHalf;
                start.RegisterCompilationEndAction(end =>
                {
                    if (!operationHalf)
                    {
                        foreach (var error in settings.Errors(end.Compilation.SyntaxTrees))
                        {
                            end.ReportDiagnostic(Diagnostic.Create(Descriptors.ISO0099, Location.None, error.Key, error.Value, error.Accepted));
                        }
                    }
                });

                var symbols = DockerDotNetSymbols.Create(start.Compilation);
                if (symbols is not null)
                {
                    start.RegisterOperationAction(
                        operationContext =>
                        {
                            if (!operationHalf)
                            {
                                return;
                            }

                            var creation = (IObjectCreationOperation)operationContext.Operation;
                            if (DockerDotNetRecognizer.Recognize(creation, symbols, operationContext.CancellationToken) is { } launch)
                            {
                                RuleEngine.Evaluate(launch, settings.For(creation.Syntax.SyntaxTree), operationContext.ReportDiagnostic);
                            }
                        },
                        OperationKind.ObjectCreation);
                }
            });
        }
    }

    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    internal sealed class OperationHalfAnalyzer : SplitAnalyzer
    {
        protected override bool OperationHalf => true;
    }

    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    internal sealed class EndHalfAnalyzer : SplitAnalyzer
    {
        protected override bool OperationHalf => false;
    }
}

namespace IsolationAnalyzers.Benchmarks
{
    /// <summary>
    /// The type-test floor, measured in every pass beside the no-op: the no-op's registrations, and the callback compares
    /// the operation's type with one type resolved at compilation start, the cheapest check a real analyzer can make.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    internal sealed class TypeTouchAnalyzer : NoOpAnalyzer
    {
        public static int Matches;

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                start.RegisterCompilationEndAction(_ => { });
                var target = start.Compilation.GetTypeByMetadataName("Docker.DotNet.Models.CreateContainerParameters");
                var kinds = IsolationAnalyzer.RegisteredOperationKinds(start.Compilation);
                if (!kinds.IsEmpty)
                {
                    start.RegisterOperationAction(
                        c =>
                        {
                            if (SymbolEqualityComparer.Default.Equals(c.Operation.Type, target))
                            {
                                Matches++;
                            }
                        },
                        kinds);
                }
            });
        }
    }
}
