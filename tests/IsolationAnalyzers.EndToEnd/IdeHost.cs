using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Build.Locator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace IsolationAnalyzers.EndToEnd
{
    /// <summary>
    /// What an IDE does with the package's analyzer references: runs the analyzers on a workspace project, loads the
    /// code fix providers the package ships and asks them for fixes.
    /// </summary>
    internal static class IdeHost
    {
        private static readonly object Gate = new object();

        /// <summary>Points MSBuildWorkspace at the SDK's MSBuild (once per process).</summary>
        public static void RegisterMSBuild()
        {
            lock (Gate)
            {
                if (!MSBuildLocator.IsRegistered)
                {
                    MSBuildLocator.RegisterDefaults();
                }
            }
        }

        /// <summary>The diagnostics of <paramref name="analyzers"/> on the project, with the project's .editorconfig options and severities.</summary>
        public static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(Project project, ImmutableArray<DiagnosticAnalyzer> analyzers, CancellationToken cancellationToken = default)
        {
            Compilation compilation = (await project.GetCompilationAsync(cancellationToken))!;
            var options = new CompilationWithAnalyzersOptions(project.AnalyzerOptions, onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: false);
            return await compilation.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync(cancellationToken);
        }

        /// <summary>The compiler's errors for the project (what a build would stop on).</summary>
        public static async Task<IReadOnlyList<Diagnostic>> CompileErrorsAsync(Project project, CancellationToken cancellationToken = default)
        {
            Compilation compilation = (await project.GetCompilationAsync(cancellationToken))!;
            return compilation.GetDiagnostics(cancellationToken).Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        }

        /// <summary>
        /// The C# code fix providers of an analyzer assembly, loaded as an IDE loads a package's analyzers: in a load
        /// context of their own that shares the host's Roslyn.
        /// </summary>
        public static IReadOnlyList<CodeFixProvider> LoadCodeFixProviders(string assemblyPath)
        {
            var context = new PackageLoadContext(Path.GetDirectoryName(assemblyPath)!);
            Assembly assembly = context.LoadFromAssemblyPath(assemblyPath);
            return assembly.GetTypes()
                .Where(t => !t.IsAbstract && typeof(CodeFixProvider).IsAssignableFrom(t)
                    && t.GetCustomAttributes<ExportCodeFixProviderAttribute>().Any(a => a.Languages.Contains(LanguageNames.CSharp)))
                .OrderBy(t => t.FullName, StringComparer.Ordinal)
                .Select(t => (CodeFixProvider)Activator.CreateInstance(t)!)
                .ToList();
        }

        /// <summary>The code actions the providers offer for one diagnostic (the IDE's light bulb).</summary>
        public static async Task<IReadOnlyList<CodeAction>> GetFixesAsync(IEnumerable<CodeFixProvider> providers, Document document, Diagnostic diagnostic, CancellationToken cancellationToken = default)
        {
            var actions = new List<CodeAction>();
            foreach (CodeFixProvider provider in providers.Where(p => p.FixableDiagnosticIds.Contains(diagnostic.Id)))
            {
                var context = new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), cancellationToken);
                await provider.RegisterCodeFixesAsync(context);
            }

            return actions;
        }

        /// <summary>The solution a code action produces (its one ApplyChangesOperation).</summary>
        public static async Task<Solution> ChangedSolutionAsync(CodeAction action, CancellationToken cancellationToken = default)
        {
            ImmutableArray<CodeActionOperation> operations = await action.GetOperationsAsync(cancellationToken);
            return operations.OfType<ApplyChangesOperation>().Single().ChangedSolution;
        }

        /// <summary>A Fix All diagnostic provider that runs the package's analyzers, as the IDE's diagnostic service does.</summary>
        public sealed class DiagnosticProvider : FixAllContext.DiagnosticProvider
        {
            private readonly ImmutableArray<DiagnosticAnalyzer> _analyzers;

            public DiagnosticProvider(ImmutableArray<DiagnosticAnalyzer> analyzers) => _analyzers = analyzers;

            public override async Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
            {
                SyntaxTree? tree = await document.GetSyntaxTreeAsync(cancellationToken);
                return (await AnalyzeAsync(document.Project, _analyzers, cancellationToken)).Where(d => d.Location.SourceTree == tree);
            }

            public override async Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
                (await AnalyzeAsync(project, _analyzers, cancellationToken)).Where(d => !d.Location.IsInSource);

            public override async Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
                await AnalyzeAsync(project, _analyzers, cancellationToken);
        }

        /// <summary>Loads the package's assemblies from its folder, and everything else (Roslyn) from the host.</summary>
        private sealed class PackageLoadContext : AssemblyLoadContext
        {
            private readonly string _directory;

            public PackageLoadContext(string directory)
                : base("IsolationAnalyzers package " + directory)
            {
                _directory = directory;
            }

            protected override Assembly? Load(AssemblyName assemblyName)
            {
                string candidate = Path.Combine(_directory, assemblyName.Name + ".dll");
                return File.Exists(candidate) ? LoadFromAssemblyPath(candidate) : null;
            }
        }
    }
}
