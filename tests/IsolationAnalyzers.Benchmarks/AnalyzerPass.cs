using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Diagnostics.Telemetry;

namespace IsolationAnalyzers.Benchmarks
{
    /// <summary>The figures of one analyzer pass over one compilation (all analyzers together).</summary>
    internal sealed class PassResult
    {
        public double CompileMs { get; init; }

        public double PassWallMs { get; init; }

        public double OursMs { get; init; }

        public double NoOpMs { get; init; }

        /// <summary>The type-test floor: same registrations as the no-op, the callback compares the operation's type once.</summary>
        public double TypeTestMs { get; init; }

        /// <summary>Execution time of every peer analyzer that ran (registered at least one action), by type name.</summary>
        public IReadOnlyDictionary<string, double> PeerMs { get; init; } = new Dictionary<string, double>();

        public int PeerLoaded { get; init; }

        public int OurDiagnostics { get; init; }

        public int PeerDiagnostics { get; init; }

        public double PeerMedianMs => PeerMs.Count == 0 ? double.NaN : Stats.Median(PeerMs.Values);
    }

    /// <summary>
    /// Builds the synthetic compilation and measures, in one process: compile time (<c>GetDiagnostics</c> on a fresh
    /// copy), then one <see cref="CompilationWithAnalyzers"/> pass with ours, the no-op baseline and every
    /// Meziantou.Analyzer analyzer together, single-threaded, with execution-time telemetry.
    /// </summary>
    internal static class AnalyzerPass
    {
        private static readonly Lazy<ImmutableArray<DiagnosticAnalyzer>> Peers = new Lazy<ImmutableArray<DiagnosticAnalyzer>>(LoadPeers);

        public static ImmutableArray<DiagnosticAnalyzer> PeerAnalyzers => Peers.Value;

        /// <summary>The execution times of the last pass's extra analyzers (probe only).</summary>
        public static ImmutableArray<double> ExtraMs { get; private set; } = ImmutableArray<double>.Empty;

        /// <summary>Whether every pass starts with <see cref="PrimerAnalyzer"/> (the default; <c>--no-primer</c> turns it off).</summary>
        public static bool Primed { get; set; } = true;

        public static CSharpCompilation CreateCompilation(int files, bool withContainers, bool? referenceLibraries = null)
        {
            var parseOptions = new CSharpParseOptions(LanguageVersion.CSharp12);
            var trees = SyntheticProject.Files(files, withContainers)
                .Select(file => CSharpSyntaxTree.ParseText(file.Text, parseOptions, path: file.Path))
                .ToList();
            var references = referenceLibraries ?? withContainers
                ? References.Framework.AddRange(References.ContainerLibraries)
                : References.Framework;
            return CSharpCompilation.Create(
                "Synthetic" + files.ToString(System.Globalization.CultureInfo.InvariantCulture),
                trees,
                references,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, concurrentBuild: false));
        }

        /// <summary>The compiler errors of the synthetic project (expected none: the benchmark refuses to run on broken code).</summary>
        public static IReadOnlyList<Diagnostic> Errors(Compilation compilation) =>
            compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();

        public static double MeasureCompile(Compilation compilation)
        {
            var fresh = compilation.Clone();
            Collect();
            var watch = Stopwatch.StartNew();
            _ = fresh.GetDiagnostics();
            return watch.Elapsed.TotalMilliseconds;
        }

        /// <param name="rotation">Run number: rotates the order of the analyzers so no one always goes first.</param>
        public static PassResult Run(Compilation compilation, int rotation, bool withPeers, double compileMs, ImmutableArray<DiagnosticAnalyzer> extra = default)
        {
            var ours = new IsolationAnalyzer();
            var noOp = new NoOpAnalyzer();
            var typeTest = new TypeTouchAnalyzer();
            var peers = withPeers ? PeerAnalyzers : ImmutableArray<DiagnosticAnalyzer>.Empty;

            var ordered = Order(ours, noOp, peers, rotation);
            ordered = ordered.Insert(ordered.IndexOf(noOp) + 1, typeTest);
            if (Primed)
            {
                ordered = ordered.Insert(0, new PrimerAnalyzer());
            }

            if (!extra.IsDefaultOrEmpty)
            {
                ordered = ordered.InsertRange(ordered.IndexOf(ours) + 1, extra);
            }

            var options = new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
                onAnalyzerException: null,
                concurrentAnalysis: false,
                logAnalyzerExecutionTime: true,
                reportSuppressedDiagnostics: false);

            var fresh = compilation.Clone();
            Collect();
            var watch = Stopwatch.StartNew();
            var withAnalyzers = fresh.WithAnalyzers(ordered, options);
            var diagnostics = withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult();
            var wall = watch.Elapsed.TotalMilliseconds;
            AnalyzerTelemetryInfo Telemetry(DiagnosticAnalyzer analyzer) =>
                withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None).GetAwaiter().GetResult();

            var peerTimes = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var peer in peers)
            {
                var info = Telemetry(peer);
                if (RegisteredActions(info) > 0)
                {
                    peerTimes[peer.GetType().FullName ?? peer.GetType().Name] = info.ExecutionTime.TotalMilliseconds;
                }
            }

            ExtraMs = extra.IsDefaultOrEmpty ? ImmutableArray<double>.Empty : extra.Select(a => Telemetry(a).ExecutionTime.TotalMilliseconds).ToImmutableArray();
            var ourIds = ours.SupportedDiagnostics.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
            return new PassResult
            {
                CompileMs = compileMs,
                PassWallMs = wall,
                OursMs = Telemetry(ours).ExecutionTime.TotalMilliseconds,
                NoOpMs = Telemetry(noOp).ExecutionTime.TotalMilliseconds,
                TypeTestMs = Telemetry(typeTest).ExecutionTime.TotalMilliseconds,
                PeerMs = peerTimes,
                PeerLoaded = peers.Length,
                OurDiagnostics = diagnostics.Count(d => ourIds.Contains(d.Id)),
                PeerDiagnostics = diagnostics.Count(d => !ourIds.Contains(d.Id)),
            };
        }

        /// <summary>
        /// The analyzer order of one run. Telemetry bills lazily built compiler state (operation trees, symbol caches) to
        /// the first analyzer that touches it, so ours and the no-op stay side by side (their order alternating between
        /// runs) and that pair moves through the peer list from run to run, never first: in every run some peer
        /// analyzers go before it, as in a real build with many analyzers.
        /// </summary>
        internal static ImmutableArray<DiagnosticAnalyzer> Order(DiagnosticAnalyzer ours, DiagnosticAnalyzer noOp, ImmutableArray<DiagnosticAnalyzer> peers, int rotation)
        {
            var pair = rotation % 2 == 0 ? new[] { ours, noOp } : new[] { noOp, ours };
            if (peers.IsEmpty)
            {
                return pair.ToImmutableArray();
            }

            var shift = (rotation * 37) % peers.Length;
            var rotated = peers.Skip(shift).Concat(peers.Take(shift)).ToList();
            var position = 1 + ((rotation * 53) % peers.Length);
            rotated.InsertRange(Math.Min(position, rotated.Count), pair);
            return rotated.ToImmutableArray();
        }

        private static int RegisteredActions(AnalyzerTelemetryInfo info) =>
            info.CompilationStartActionsCount + info.CompilationEndActionsCount + info.CompilationActionsCount
            + info.SyntaxTreeActionsCount + info.AdditionalFileActionsCount + info.SemanticModelActionsCount
            + info.SymbolActionsCount + info.SymbolStartActionsCount + info.SymbolEndActionsCount
            + info.SyntaxNodeActionsCount + info.CodeBlockStartActionsCount + info.CodeBlockEndActionsCount
            + info.CodeBlockActionsCount + info.OperationActionsCount + info.OperationBlockStartActionsCount
            + info.OperationBlockEndActionsCount + info.OperationBlockActionsCount;

        public static void Collect()
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
        }

        private static ImmutableArray<DiagnosticAnalyzer> LoadPeers()
        {
            var reference = new AnalyzerFileReference(References.MeziantouAnalyzer, new DefaultLoader());
            var analyzers = reference.GetAnalyzers(LanguageNames.CSharp);
            if (analyzers.IsEmpty)
            {
                throw new InvalidOperationException("No analyzers loaded from " + References.MeziantouAnalyzer);
            }

            return analyzers;
        }

        /// <summary>Loads analyzer assemblies into the default context; Roslyn's own assemblies are already there.</summary>
        private sealed class DefaultLoader : IAnalyzerAssemblyLoader
        {
            public void AddDependencyLocation(string fullPath)
            {
            }

            public Assembly LoadFromPath(string fullPath) => AssemblyLoadContext.Default.LoadFromAssemblyPath(Path.GetFullPath(fullPath));
        }
    }
}
