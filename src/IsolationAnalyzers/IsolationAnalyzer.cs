using System.Collections.Immutable;
using IsolationAnalyzers.Configuration;
using IsolationAnalyzers.Launches;
using IsolationAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace IsolationAnalyzers
{
    /// <summary>
    /// The one analyzer: recognizes container launches once per operation and evaluates every rule on them.
    /// Symbols are resolved at compilation start; a surface whose library is not referenced registers nothing.
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

        // RS1013 cannot see that the operation action below is registered whenever Docker.DotNet is referenced;
        // the end action (ISO0099) must run for every compilation all the same.
#pragma warning disable RS1013
        private static void OnCompilationStart(CompilationStartAnalysisContext start)
#pragma warning restore RS1013
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
            if (dockerDotNet is not null)
            {
                start.RegisterOperationAction(
                    context =>
                    {
                        var creation = (IObjectCreationOperation)context.Operation;
                        if (DockerDotNetRecognizer.Recognize(creation, dockerDotNet, context.CancellationToken) is { } launch)
                        {
                            RuleEngine.Evaluate(launch, settings.For(creation.Syntax.SyntaxTree), context.ReportDiagnostic);
                        }
                    },
                    OperationKind.ObjectCreation);
            }
        }

        /// <summary>
        /// The operation kinds this analyzer registers for a compilation (what it costs just to be called). The
        /// benchmark's no-op baseline registers exactly these, so the two are compared like for like.
        /// </summary>
        internal static ImmutableArray<OperationKind> RegisteredOperationKinds(Compilation compilation) =>
            DockerDotNetSymbols.Create(compilation) is null
                ? ImmutableArray<OperationKind>.Empty
                : ImmutableArray.Create(OperationKind.ObjectCreation);
    }
}
