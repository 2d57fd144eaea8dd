using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using IsolationAnalyzers.Candidates;
using IsolationAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace IsolationAnalyzers.Tests.Robustness
{
    /// <summary>
    /// Pins the cheap path of performance.md's second budget without timing anything: what the analyzer registers
    /// (nothing per operation, block, symbol or syntax node, with or without container libraries), and that a file
    /// without launch words gets no operation tree and no extra semantic model, while a file with a launch does.
    /// The registrations are recorded by analysis contexts of our own; the requests by <see cref="AnalysisProbe"/>.
    /// </summary>
    public class CheapPathTests
    {
        private const string PlainFile = """
            using System;
            using System.Collections.Generic;
            using System.Linq;

            namespace Shop
            {
                public sealed class Order
                {
                    private readonly List<decimal> lines = new List<decimal>();
                    public string Customer { get; }
                    public Order(string customer) => Customer = customer;
                    public void Add(decimal price) => lines.Add(price);
                    public decimal Total() => lines.Sum();
                    public override string ToString() => $"{Customer}: {Total()}";
                    public static Order Parse(string text) => new Order(text.Split(';')[0]);
                }
            }
            """;

        private const string LaunchFile = """
            using Docker.DotNet.Models;

            static class Jobs
            {
                public static CreateContainerParameters Build() => new CreateContainerParameters { Image = "mcr.microsoft.com/windows/servercore:ltsc2022" };
            }
            """;

        public static TheoryData<string> Libraries => new TheoryData<string> { "none", "all" };

        [Theory]
        [MemberData(nameof(Libraries))]
        public void RegistersOneSemanticModelActionAndACompilationEnd_NothingPerOperationOrBlock(string libraries)
        {
            var compilation = Compile(libraries == "all", PlainFile);
            var start = Start(compilation);

            Assert.Equal(new[] { "CompilationEnd", "SemanticModel" }, start.Registered.OrderBy(r => r, StringComparer.Ordinal).ToArray());
            Assert.Empty(IsolationAnalyzer.RegisteredOperationKinds(compilation));
        }

        [Fact]
        public void AFileWithoutLaunchWords_GetsNoOperationTreeAndNoSemanticModel()
        {
            var compilation = Compile(allLibraries: true, PlainFile, LaunchFile);
            var start = Start(compilation);
            var plain = compilation.SyntaxTrees.First();
            var launch = compilation.SyntaxTrees.Last();

            var (plainDiagnostics, plainTrees, plainModels) = Analyze(start, compilation, plain);
            Assert.Empty(plainDiagnostics);
            Assert.Equal(0, plainTrees);
            Assert.Equal(0, plainModels);

            // The probe counts: the file with a launch asks for the operation tree of its one member and reports.
            var (launchDiagnostics, launchTrees, _) = Analyze(start, compilation, launch);
            Assert.Equal("ISO0001", Assert.Single(launchDiagnostics).Id);
            Assert.Equal(1, launchTrees);

            // Analysed again in the same compilation, the plain file is still free.
            Assert.Equal(0, Analyze(start, compilation, plain).OperationTrees);
        }

        /// <summary>
        /// Without a container library only a command line can launch a container, so only the docker word makes a file
        /// a candidate: a project's own <c>HostConfig</c> with an <c>Isolation</c> costs no operation tree, while a
        /// <c>docker</c> command line in the same compilation is still analysed and reported.
        /// </summary>
        [Fact]
        public void WithoutAContainerLibrary_OnlyTheDockerWordMakesACandidate()
        {
            const string lookAlike = """
                sealed class HostConfig { public string Isolation { get; set; } = ""; public string Image { get; set; } = ""; }
                static class Containers { public static HostConfig Make() => new HostConfig { Isolation = "hyperv", Image = "mcr.microsoft.com/windows/servercore:ltsc2022" }; }
                """;
            const string commandLine = """
                static class Jobs
                {
                    public static void Run() => System.Diagnostics.Process.Start("docker", "run mcr.microsoft.com/windows/servercore:ltsc2022");
                }
                """;
            var compilation = Compile(allLibraries: false, lookAlike, commandLine);
            var start = Start(compilation);

            var (lookAlikeDiagnostics, lookAlikeTrees, lookAlikeModels) = Analyze(start, compilation, compilation.SyntaxTrees.First());
            Assert.Empty(lookAlikeDiagnostics);
            Assert.Equal(0, lookAlikeTrees);
            Assert.Equal(0, lookAlikeModels);

            var (diagnostics, trees, _) = Analyze(start, compilation, compilation.SyntaxTrees.Last());
            Assert.Equal("ISO0001", Assert.Single(diagnostics).Id);
            Assert.Equal(1, trees);
        }

        private static (List<Diagnostic> Diagnostics, int OperationTrees, int SemanticModels) Analyze(RecordingStartContext start, Compilation compilation, SyntaxTree tree)
        {
            var diagnostics = new List<Diagnostic>();
            var model = compilation.GetSemanticModel(tree);
            var options = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty);
            AnalysisProbe.Reset();
            foreach (var action in start.SemanticModelActions)
            {
                // The driver's constructor is public but obsolete (CompilationWithAnalyzers is the supported host); calling
                // the action on this thread is what lets the thread-static probe count exactly this file's requests.
#pragma warning disable CS0618
                action(new SemanticModelAnalysisContext(model, options, diagnostics.Add, _ => true, CancellationToken.None));
#pragma warning restore CS0618
            }

            return (diagnostics, AnalysisProbe.OperationTreeMembers, AnalysisProbe.SemanticModels);
        }

        private static RecordingStartContext Start(Compilation compilation)
        {
            var context = new RecordingContext();
            new IsolationAnalyzer().Initialize(context);
            Assert.Empty(context.Other);
            var action = Assert.Single(context.CompilationStartActions);
            var start = new RecordingStartContext(compilation);
            action(start);
            return start;
        }

        private static CSharpCompilation Compile(bool allLibraries, params string[] sources)
        {
            var references = TestReferences.Framework;
            if (allLibraries)
            {
                references = references.AddRange(TestReferences.For(DockerLibrary.Testcontainers)).Add(TestReferences.Kubernetes).Add(TestReferences.CliWrap);
            }

            return CSharpCompilation.Create(
                "CheapPath",
                sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, path: $"/0/File{i}.cs")),
                references,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        }

        private sealed class RecordingContext : AnalysisContext
        {
            public List<Action<CompilationStartAnalysisContext>> CompilationStartActions { get; } = new();

            public List<string> Other { get; } = new();

            public override void RegisterCompilationStartAction(Action<CompilationStartAnalysisContext> action) => CompilationStartActions.Add(action);

            public override void RegisterCompilationAction(Action<CompilationAnalysisContext> action) => Other.Add("Compilation");

            public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => Other.Add("SemanticModel");

            public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) => Other.Add("Symbol");

            public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => Other.Add("CodeBlockStart");

            public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => Other.Add("CodeBlock");

            public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => Other.Add("SyntaxTree");

            public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) => Other.Add("SyntaxNode");

            public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds) => Other.Add("Operation");

            public override void RegisterOperationBlockStartAction(Action<OperationBlockStartAnalysisContext> action) => Other.Add("OperationBlockStart");

            public override void RegisterOperationBlockAction(Action<OperationBlockAnalysisContext> action) => Other.Add("OperationBlock");

            public override void RegisterSymbolStartAction(Action<SymbolStartAnalysisContext> action, SymbolKind symbolKind) => Other.Add("SymbolStart");

            public override void EnableConcurrentExecution()
            {
            }

            public override void ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags analysisMode)
            {
            }
        }

        private sealed class RecordingStartContext : CompilationStartAnalysisContext
        {
            public RecordingStartContext(Compilation compilation)
                : base(compilation, new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), CancellationToken.None)
            {
            }

            public List<string> Registered { get; } = new();

            public List<Action<SemanticModelAnalysisContext>> SemanticModelActions { get; } = new();

            public override void RegisterCompilationEndAction(Action<CompilationAnalysisContext> action) => Registered.Add("CompilationEnd");

            public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action)
            {
                Registered.Add("SemanticModel");
                SemanticModelActions.Add(action);
            }

            public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) => Registered.Add("Symbol");

            public override void RegisterSymbolStartAction(Action<SymbolStartAnalysisContext> action, SymbolKind symbolKind) => Registered.Add("SymbolStart");

            public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => Registered.Add("CodeBlockStart");

            public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => Registered.Add("CodeBlock");

            public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => Registered.Add("SyntaxTree");

            public override void RegisterAdditionalFileAction(Action<AdditionalFileAnalysisContext> action) => Registered.Add("AdditionalFile");

            public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) => Registered.Add("SyntaxNode");

            public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds) => Registered.Add("Operation");

            public override void RegisterOperationBlockStartAction(Action<OperationBlockStartAnalysisContext> action) => Registered.Add("OperationBlockStart");

            public override void RegisterOperationBlockAction(Action<OperationBlockAnalysisContext> action) => Registered.Add("OperationBlock");
        }
    }
}
