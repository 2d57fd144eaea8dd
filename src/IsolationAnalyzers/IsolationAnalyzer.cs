using System.Collections.Immutable;
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
    /// The one analyzer: recognizes container launches once per operation and evaluates every rule on them.
    /// Symbols are resolved at compilation start; a surface whose library is not referenced costs one cheap test.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class IsolationAnalyzer : DiagnosticAnalyzer
    {
        /// <summary>Strings whose text may start a docker command: plain and interpolated string literals.</summary>
        internal static readonly ImmutableArray<SyntaxKind> ScriptSyntaxKinds =
            ImmutableArray.Create(SyntaxKind.StringLiteralExpression, SyntaxKind.InterpolatedStringExpression);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => Descriptors.All;

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(OnCompilationStart);
        }

        private static void OnCompilationStart(CompilationStartAnalysisContext start)
        {
            var settings = new SettingsCache(start.Options.AnalyzerConfigOptionsProvider);

            start.RegisterCompilationEndAction(end =>
            {
                foreach (var error in settings.Errors(end.Compilation.SyntaxTrees))
                {
                    end.ReportDiagnostic(Diagnostic.Create(Descriptors.ISO0099, Location.None, error.Key, error.Value, error.Accepted));
                }
            });

            var dockerDotNet = DockerDotNetSymbols.Create(start.Compilation);
            var cli = CliSymbols.Create(start.Compilation);

            start.RegisterOperationAction(
                context =>
                {
                    var creation = (IObjectCreationOperation)context.Operation;
                    var launch = dockerDotNet is null ? null : DockerDotNetRecognizer.Recognize(creation, dockerDotNet, context.CancellationToken);
                    launch ??= DockerCliRecognizer.FromCreation(creation, cli, context.CancellationToken);
                    if (launch is not null)
                    {
                        RuleEngine.Evaluate(launch, settings.For(creation.Syntax.SyntaxTree), context.ReportDiagnostic);
                    }
                },
                OperationKind.ObjectCreation);

            start.RegisterOperationAction(
                context =>
                {
                    var invocation = (IInvocationOperation)context.Operation;
                    if (DockerCliRecognizer.FromInvocation(invocation, cli, context.CancellationToken) is { } launch)
                    {
                        RuleEngine.Evaluate(launch, settings.For(invocation.Syntax.SyntaxTree), context.ReportDiagnostic);
                    }
                },
                OperationKind.Invocation);

            start.RegisterSyntaxNodeAction(
                context =>
                {
                    if (DockerCliRecognizer.StartsLikeDockerCommand(context.Node)
                        && DockerCliRecognizer.FromScript(context.Node, context.SemanticModel, context.CancellationToken) is { } launch)
                    {
                        RuleEngine.Evaluate(launch, settings.For(context.Node.SyntaxTree), context.ReportDiagnostic);
                    }
                },
                ScriptSyntaxKinds);
        }

        /// <summary>
        /// The operation kinds this analyzer registers for a compilation (what it costs just to be called). The
        /// benchmark's no-op baseline registers exactly these, plus <see cref="ScriptSyntaxKinds"/> as syntax
        /// node actions, so the two are compared like for like.
        /// </summary>
        internal static ImmutableArray<OperationKind> RegisteredOperationKinds(Compilation compilation) =>
            ImmutableArray.Create(OperationKind.ObjectCreation, OperationKind.Invocation);
    }
}
