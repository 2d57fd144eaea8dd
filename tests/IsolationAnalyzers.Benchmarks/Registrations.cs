using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

// The context constructors are obsolete for hosts that run analyzers (use CompilationWithAnalyzers); here they only
// record what an analyzer registers, which is what they remain public for.
#pragma warning disable CS0618

namespace IsolationAnalyzers.Benchmarks
{
    /// <summary>
    /// What an analyzer registers for one compilation, recorded by running its <c>Initialize</c> (and its compilation
    /// start, symbol start, code block start and operation block start callbacks) against recording contexts, and
    /// replayable as the same registrations with empty actions. The no-op baseline and the primer are built from it, so
    /// they mirror whatever the analyzer registers today or after a redesign, through its public type only.
    /// </summary>
    /// <remarks>
    /// Recording runs the analyzer's own callbacks on a separate copy of the compilation (freshly parsed trees), before
    /// and outside any measured pass. Nested start callbacks (operation block start, code block start, symbol start)
    /// are run once on a sample member of that copy, and their registrations are replayed for every block: exact for
    /// an analyzer that registers the same actions in every block, an over-estimate for one that registers less in
    /// some blocks.
    /// </remarks>
    internal sealed class Registrations
    {
        private readonly Shape<AnalysisContext> shape;

        private Registrations(Shape<AnalysisContext> shape, IReadOnlyList<string> problems)
        {
            this.shape = shape;
            Problems = problems;
        }

        /// <summary>The registrations in words, e.g. <c>compilation start { semantic model, compilation end }</c>.</summary>
        public string Description => shape.Describe();

        /// <summary>Callbacks that threw while being recorded (their registrations up to the throw are kept).</summary>
        public IReadOnlyList<string> Problems { get; }

        public static Registrations Record(DiagnosticAnalyzer analyzer, Compilation compilation)
        {
            var recorder = new Recorder(compilation, sampleNested: true);
            var context = new RecordingAnalysisContext(recorder);
            recorder.Guard("Initialize", () => analyzer.Initialize(context));
            return new Registrations(context.Shape, recorder.Problems);
        }

        /// <summary>
        /// Milliseconds to run <paramref name="analyzer"/>'s <c>Initialize</c> and its compilation start callbacks on
        /// <paramref name="compilation"/>, called directly (no driver, no nested block or symbol start callbacks).
        /// </summary>
        public static double TimeCompilationStart(DiagnosticAnalyzer analyzer, Compilation compilation)
        {
            var recorder = new Recorder(compilation, sampleNested: false);
            var context = new RecordingAnalysisContext(recorder);
            var watch = System.Diagnostics.Stopwatch.StartNew();
            recorder.Guard("Initialize", () => analyzer.Initialize(context));
            return watch.Elapsed.TotalMilliseconds;
        }

        /// <summary>Registers the recorded actions, each with an empty body, on <paramref name="context"/>.</summary>
        public void ReplayOn(AnalysisContext context) => shape.ReplayOn(context);

        /// <summary>Registrations recorded at one level (one context type), each with a replay on that context type.</summary>
        private sealed class Shape<TContext>
        {
            private readonly List<(string Text, Action<TContext> Replay)> items = new List<(string, Action<TContext>)>();

            public void Add(string text, Action<TContext> replay) => items.Add((text, replay));

            public void ReplayOn(TContext context)
            {
                foreach (var (_, replay) in items)
                {
                    replay(context);
                }
            }

            public string Describe() => string.Join(", ", items.Select(i => i.Text));
        }

        /// <summary>The sample compilation and members nested start callbacks are recorded on, and the problems met.</summary>
        private sealed class Recorder
        {
            private (SyntaxNode Declaration, ISymbol Symbol, SemanticModel Model, IOperation? Body)? method;

            private readonly bool sampleNested;

            public Recorder(Compilation compilation, bool sampleNested)
            {
                Compilation = compilation;
                this.sampleNested = sampleNested;
            }

            public Compilation Compilation { get; }

            public AnalyzerOptions Options { get; } = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty);

            public List<string> Problems { get; } = new List<string>();

            public void Guard(string callback, Action action)
            {
                try
                {
                    action();
                }
                catch (Exception exception)
                {
                    Problems.Add(callback + " threw " + exception.GetType().Name + ": " + exception.Message);
                }
            }

            /// <summary>The first method with a body in the compilation: the sample block of nested start callbacks.</summary>
            public (SyntaxNode Declaration, ISymbol Symbol, SemanticModel Model, IOperation? Body)? Method()
            {
                if (method is null)
                {
                    foreach (var tree in Compilation.SyntaxTrees)
                    {
                        var declaration = tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().FirstOrDefault(m => m.Body is not null || m.ExpressionBody is not null);
                        if (declaration is null)
                        {
                            continue;
                        }

                        var model = Compilation.GetSemanticModel(tree);
                        if (model.GetDeclaredSymbol(declaration) is { } symbol)
                        {
                            method = (declaration, symbol, model, model.GetOperation((SyntaxNode?)declaration.Body ?? declaration.ExpressionBody!));
                            break;
                        }
                    }
                }

                return method;
            }

            public ISymbol? Symbol(SymbolKind kind)
            {
                var sample = Method()?.Symbol;
                return kind switch
                {
                    SymbolKind.Method => sample,
                    SymbolKind.NamedType => sample?.ContainingType,
                    SymbolKind.Namespace => sample?.ContainingNamespace,
                    _ => sample?.ContainingType?.GetMembers().FirstOrDefault(m => m.Kind == kind),
                };
            }

            public Shape<OperationBlockStartAnalysisContext> OperationBlockStart(Action<OperationBlockStartAnalysisContext> action)
            {
                var shape = new Shape<OperationBlockStartAnalysisContext>();
                if (!sampleNested)
                {
                    return shape;
                }

                if (Method() is { Body: { } body } sample)
                {
                    Guard("operation block start", () => action(new RecordingOperationBlockStartContext(this, shape, ImmutableArray.Create(body), sample.Symbol)));
                }
                else
                {
                    Problems.Add("operation block start: no sample method body to record it on");
                }

                return shape;
            }

            public Shape<CodeBlockStartAnalysisContext<TKind>> CodeBlockStart<TKind>(Action<CodeBlockStartAnalysisContext<TKind>> action)
                where TKind : struct
            {
                var shape = new Shape<CodeBlockStartAnalysisContext<TKind>>();
                if (!sampleNested)
                {
                    return shape;
                }

                if (Method() is { } sample)
                {
                    Guard("code block start", () => action(new RecordingCodeBlockStartContext<TKind>(this, shape, sample.Declaration, sample.Symbol, sample.Model)));
                }
                else
                {
                    Problems.Add("code block start: no sample method to record it on");
                }

                return shape;
            }

            public Shape<SymbolStartAnalysisContext> SymbolStart(Action<SymbolStartAnalysisContext> action, SymbolKind kind)
            {
                var shape = new Shape<SymbolStartAnalysisContext>();
                if (!sampleNested)
                {
                    return shape;
                }

                if (Symbol(kind) is { } symbol)
                {
                    Guard("symbol start", () => action(new RecordingSymbolStartContext(this, shape, symbol)));
                }
                else
                {
                    Problems.Add("symbol start (" + kind + "): no sample symbol to record it on");
                }

                return shape;
            }

            public Shape<CompilationStartAnalysisContext> CompilationStart(Action<CompilationStartAnalysisContext> action)
            {
                var shape = new Shape<CompilationStartAnalysisContext>();
                Guard("compilation start", () => action(new RecordingCompilationStartContext(this, shape)));
                return shape;
            }
        }

        private static string Kinds<T>(ImmutableArray<T> kinds) => "(" + string.Join(" ", kinds) + ")";

        private static string Nested<T>(string name, Shape<T> shape) => name + " { " + shape.Describe() + " }";

        private sealed class RecordingAnalysisContext : AnalysisContext
        {
            private readonly Recorder recorder;

            public RecordingAnalysisContext(Recorder recorder)
            {
                this.recorder = recorder;
            }

            public Shape<AnalysisContext> Shape { get; } = new Shape<AnalysisContext>();

            public override void EnableConcurrentExecution() => Shape.Add("concurrent execution", c => c.EnableConcurrentExecution());

            public override void ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags analysisMode) =>
                Shape.Add("generated code: " + analysisMode, c => c.ConfigureGeneratedCodeAnalysis(analysisMode));

            public override void RegisterCompilationStartAction(Action<CompilationStartAnalysisContext> action)
            {
                var nested = recorder.CompilationStart(action);
                Shape.Add(Nested("compilation start", nested), c => c.RegisterCompilationStartAction(nested.ReplayOn));
            }

            public override void RegisterCompilationAction(Action<CompilationAnalysisContext> action) =>
                Shape.Add("compilation", c => c.RegisterCompilationAction(_ => { }));

            public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) =>
                Shape.Add("semantic model", c => c.RegisterSemanticModelAction(_ => { }));

            public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) =>
                Shape.Add("syntax tree", c => c.RegisterSyntaxTreeAction(_ => { }));

            public override void RegisterAdditionalFileAction(Action<AdditionalFileAnalysisContext> action) =>
                Shape.Add("additional file", c => c.RegisterAdditionalFileAction(_ => { }));

            public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) =>
                Shape.Add("symbol " + Kinds(symbolKinds), c => c.RegisterSymbolAction(_ => { }, symbolKinds));

            public override void RegisterSymbolStartAction(Action<SymbolStartAnalysisContext> action, SymbolKind symbolKind)
            {
                var nested = recorder.SymbolStart(action, symbolKind);
                Shape.Add(Nested("symbol start (" + symbolKind + ")", nested), c => c.RegisterSymbolStartAction(nested.ReplayOn, symbolKind));
            }

            public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action)
            {
                var nested = recorder.CodeBlockStart(action);
                Shape.Add(Nested("code block start", nested), c => c.RegisterCodeBlockStartAction<TLanguageKindEnum>(nested.ReplayOn));
            }

            public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) =>
                Shape.Add("code block", c => c.RegisterCodeBlockAction(_ => { }));

            public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) =>
                Shape.Add("syntax node " + Kinds(syntaxKinds), c => c.RegisterSyntaxNodeAction(_ => { }, syntaxKinds));

            public override void RegisterOperationBlockStartAction(Action<OperationBlockStartAnalysisContext> action)
            {
                var nested = recorder.OperationBlockStart(action);
                Shape.Add(Nested("operation block start", nested), c => c.RegisterOperationBlockStartAction(nested.ReplayOn));
            }

            public override void RegisterOperationBlockAction(Action<OperationBlockAnalysisContext> action) =>
                Shape.Add("operation block", c => c.RegisterOperationBlockAction(_ => { }));

            public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds) =>
                Shape.Add("operation " + Kinds(operationKinds), c => c.RegisterOperationAction(_ => { }, operationKinds));
        }

        private sealed class RecordingCompilationStartContext : CompilationStartAnalysisContext
        {
            private readonly Recorder recorder;
            private readonly Shape<CompilationStartAnalysisContext> shape;

            public RecordingCompilationStartContext(Recorder recorder, Shape<CompilationStartAnalysisContext> shape)
                : base(recorder.Compilation, recorder.Options, CancellationToken.None)
            {
                this.recorder = recorder;
                this.shape = shape;
            }

            public override void RegisterCompilationEndAction(Action<CompilationAnalysisContext> action) =>
                shape.Add("compilation end", c => c.RegisterCompilationEndAction(_ => { }));

            public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) =>
                shape.Add("semantic model", c => c.RegisterSemanticModelAction(_ => { }));

            public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) =>
                shape.Add("syntax tree", c => c.RegisterSyntaxTreeAction(_ => { }));

            public override void RegisterAdditionalFileAction(Action<AdditionalFileAnalysisContext> action) =>
                shape.Add("additional file", c => c.RegisterAdditionalFileAction(_ => { }));

            public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) =>
                shape.Add("symbol " + Kinds(symbolKinds), c => c.RegisterSymbolAction(_ => { }, symbolKinds));

            public override void RegisterSymbolStartAction(Action<SymbolStartAnalysisContext> action, SymbolKind symbolKind)
            {
                var nested = recorder.SymbolStart(action, symbolKind);
                shape.Add(Nested("symbol start (" + symbolKind + ")", nested), c => c.RegisterSymbolStartAction(nested.ReplayOn, symbolKind));
            }

            public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action)
            {
                var nested = recorder.CodeBlockStart(action);
                shape.Add(Nested("code block start", nested), c => c.RegisterCodeBlockStartAction<TLanguageKindEnum>(nested.ReplayOn));
            }

            public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) =>
                shape.Add("code block", c => c.RegisterCodeBlockAction(_ => { }));

            public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) =>
                shape.Add("syntax node " + Kinds(syntaxKinds), c => c.RegisterSyntaxNodeAction(_ => { }, syntaxKinds));

            public override void RegisterOperationBlockStartAction(Action<OperationBlockStartAnalysisContext> action)
            {
                var nested = recorder.OperationBlockStart(action);
                shape.Add(Nested("operation block start", nested), c => c.RegisterOperationBlockStartAction(nested.ReplayOn));
            }

            public override void RegisterOperationBlockAction(Action<OperationBlockAnalysisContext> action) =>
                shape.Add("operation block", c => c.RegisterOperationBlockAction(_ => { }));

            public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds) =>
                shape.Add("operation " + Kinds(operationKinds), c => c.RegisterOperationAction(_ => { }, operationKinds));
        }

        private sealed class RecordingSymbolStartContext : SymbolStartAnalysisContext
        {
            private readonly Recorder recorder;
            private readonly Shape<SymbolStartAnalysisContext> shape;

            public RecordingSymbolStartContext(Recorder recorder, Shape<SymbolStartAnalysisContext> shape, ISymbol symbol)
                : base(symbol, recorder.Compilation, recorder.Options, CancellationToken.None)
            {
                this.recorder = recorder;
                this.shape = shape;
            }

            public override void RegisterSymbolEndAction(Action<SymbolAnalysisContext> action) =>
                shape.Add("symbol end", c => c.RegisterSymbolEndAction(_ => { }));

            public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action)
            {
                var nested = recorder.CodeBlockStart(action);
                shape.Add(Nested("code block start", nested), c => c.RegisterCodeBlockStartAction<TLanguageKindEnum>(nested.ReplayOn));
            }

            public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) =>
                shape.Add("code block", c => c.RegisterCodeBlockAction(_ => { }));

            public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) =>
                shape.Add("syntax node " + Kinds(syntaxKinds), c => c.RegisterSyntaxNodeAction(_ => { }, syntaxKinds));

            public override void RegisterOperationBlockStartAction(Action<OperationBlockStartAnalysisContext> action)
            {
                var nested = recorder.OperationBlockStart(action);
                shape.Add(Nested("operation block start", nested), c => c.RegisterOperationBlockStartAction(nested.ReplayOn));
            }

            public override void RegisterOperationBlockAction(Action<OperationBlockAnalysisContext> action) =>
                shape.Add("operation block", c => c.RegisterOperationBlockAction(_ => { }));

            public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds) =>
                shape.Add("operation " + Kinds(operationKinds), c => c.RegisterOperationAction(_ => { }, operationKinds));
        }

        private sealed class RecordingOperationBlockStartContext : OperationBlockStartAnalysisContext
        {
            private readonly Shape<OperationBlockStartAnalysisContext> shape;

            public RecordingOperationBlockStartContext(Recorder recorder, Shape<OperationBlockStartAnalysisContext> shape, ImmutableArray<IOperation> blocks, ISymbol owner)
                : base(blocks, owner, recorder.Compilation, recorder.Options, CancellationToken.None)
            {
                this.shape = shape;
            }

            public override void RegisterOperationBlockEndAction(Action<OperationBlockAnalysisContext> action) =>
                shape.Add("operation block end", c => c.RegisterOperationBlockEndAction(_ => { }));

            public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds) =>
                shape.Add("operation " + Kinds(operationKinds), c => c.RegisterOperationAction(_ => { }, operationKinds));
        }

        private sealed class RecordingCodeBlockStartContext<TKind> : CodeBlockStartAnalysisContext<TKind>
            where TKind : struct
        {
            private readonly Shape<CodeBlockStartAnalysisContext<TKind>> shape;

            public RecordingCodeBlockStartContext(Recorder recorder, Shape<CodeBlockStartAnalysisContext<TKind>> shape, SyntaxNode block, ISymbol owner, SemanticModel model)
                : base(block, owner, model, recorder.Options, CancellationToken.None)
            {
                this.shape = shape;
            }

            public override void RegisterCodeBlockEndAction(Action<CodeBlockAnalysisContext> action) =>
                shape.Add("code block end", c => c.RegisterCodeBlockEndAction(_ => { }));

            public override void RegisterSyntaxNodeAction(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TKind> syntaxKinds) =>
                shape.Add("syntax node " + Kinds(syntaxKinds), c => c.RegisterSyntaxNodeAction(_ => { }, syntaxKinds));
        }
    }
}
