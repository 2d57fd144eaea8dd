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

        /// <summary>The text-scan floor (<see cref="TextScanFloorAnalyzer"/>).</summary>
        public double FloorMs { get; init; }

        /// <summary>Execution time of every peer analyzer that ran (registered at least one action), by type name.</summary>
        public IReadOnlyDictionary<string, double> PeerMs { get; init; } = new Dictionary<string, double>();

        public int PeerLoaded { get; init; }

        public int OurDiagnostics { get; init; }

        /// <summary>Our diagnostics by the kind of file they are in (<see cref="FileKind"/>, or "no location").</summary>
        public IReadOnlyDictionary<string, int> OurDiagnosticsByFile { get; init; } = new Dictionary<string, int>();

        /// <summary>Our diagnostics by rule ID.</summary>
        public IReadOnlyDictionary<string, int> OurDiagnosticsById { get; init; } = new Dictionary<string, int>();

        public int PeerDiagnostics { get; init; }

        public double PeerMedianMs => PeerMs.Count == 0 ? double.NaN : Stats.Median(PeerMs.Values);

        /// <summary>Empty when the driver counted the same registered actions for ours and the no-op; else both counts.</summary>
        public string MirrorMismatch { get; init; } = "";

        /// <summary>The analyzed compilation and its analyzers, kept only when asked (the keystroke benchmark starts from them).</summary>
        public WarmState? Warm { get; set; }
    }

    /// <summary>A compilation a pass has analyzed, with the very analyzer instances that analyzed it (their caches warm).</summary>
    internal sealed record WarmState(Compilation Compilation, AnalyzerSet Analyzers);

    /// <summary>
    /// The analyzers of one pass: ours, the no-op baseline and the primer (both mirroring our registrations), the
    /// text-scan floor, and the peers (one shared set of Meziantou.Analyzer instances, loaded once).
    /// </summary>
    internal sealed class AnalyzerSet
    {
        private AnalyzerSet(Registrations registrations, bool primed, ImmutableArray<DiagnosticAnalyzer> peers)
        {
            NoOp = new NoOpAnalyzer(registrations);
            Primer = primed ? new PrimerAnalyzer(registrations) : null;
            Peers = peers;
        }

        public IsolationAnalyzer Ours { get; } = new IsolationAnalyzer();

        public NoOpAnalyzer NoOp { get; }

        public PrimerAnalyzer? Primer { get; }

        public TextScanFloorAnalyzer Floor { get; } = new TextScanFloorAnalyzer();

        public ImmutableArray<DiagnosticAnalyzer> Peers { get; }

        public static AnalyzerSet Create(Registrations registrations, bool withPeers) =>
            new AnalyzerSet(registrations, AnalyzerPass.Primed, withPeers ? AnalyzerPass.PeerAnalyzers : ImmutableArray<DiagnosticAnalyzer>.Empty);

        /// <summary>Every analyzer in the order of one run: the primer first, then the peers with ours, the no-op and the floor among them.</summary>
        public ImmutableArray<DiagnosticAnalyzer> Ordered(int rotation)
        {
            var ordered = AnalyzerPass.Order(Ours, NoOp, Peers, rotation);
            ordered = ordered.Insert(ordered.IndexOf(NoOp) + 1, Floor);
            return Primer is null ? ordered : ordered.Insert(0, Primer);
        }

        /// <summary>The peers' execution times, for those that registered at least one action.</summary>
        public Dictionary<string, double> PeerTimes(Func<DiagnosticAnalyzer, AnalyzerTelemetryInfo> telemetry)
        {
            var times = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var peer in Peers)
            {
                var info = telemetry(peer);
                if (AnalyzerPass.RegisteredActions(info) > 0)
                {
                    times[peer.GetType().FullName ?? peer.GetType().Name] = info.ExecutionTime.TotalMilliseconds;
                }
            }

            return times;
        }

        public ImmutableHashSet<string> OurIds { get; } = new IsolationAnalyzer().SupportedDiagnostics.Select(d => d.Id).ToImmutableHashSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// Builds the synthetic compilation and measures, in one process: compile time (<c>GetDiagnostics</c> on a fresh
    /// copy), then one <see cref="CompilationWithAnalyzers"/> pass with ours, the no-op baseline, the text-scan floor
    /// and every Meziantou.Analyzer analyzer together, single-threaded, with execution-time telemetry.
    /// </summary>
    internal static class AnalyzerPass
    {
        private static readonly Lazy<ImmutableArray<DiagnosticAnalyzer>> Peers = new Lazy<ImmutableArray<DiagnosticAnalyzer>>(LoadPeers);

        public static ImmutableArray<DiagnosticAnalyzer> PeerAnalyzers => Peers.Value;

        /// <summary>Whether every pass starts with <see cref="PrimerAnalyzer"/> (the default; <c>--no-primer</c> turns it off).</summary>
        public static bool Primed { get; set; } = true;

        public static readonly CompilationWithAnalyzersOptions Options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            onAnalyzerException: null,
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: true,
            reportSuppressedDiagnostics: false);

        public static CSharpCompilation CreateCompilation(int files, Workload workload)
        {
            var parseOptions = new CSharpParseOptions(LanguageVersion.CSharp12);
            var trees = SyntheticProject.Files(files, workload)
                .Select(file => CSharpSyntaxTree.ParseText(file.Text, parseOptions, path: file.Path))
                .ToList();
            var references = workload == Workload.NoContainers
                ? References.Framework
                : References.Framework.AddRange(References.ContainerLibraries);
            return CSharpCompilation.Create(
                "Synthetic" + files.ToString(System.Globalization.CultureInfo.InvariantCulture),
                trees,
                references,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, concurrentBuild: false));
        }

        /// <summary>
        /// The same compilation with every tree parsed again from its text (same references, so the metadata symbols
        /// are shared as in <see cref="Compilation.Clone"/>). Each pass analyzes new <see cref="SyntaxTree"/> instances, as
        /// a command-line build does: a cache kept per tree (static or not) starts cold in every run.
        /// </summary>
        public static Compilation Reparse(Compilation compilation)
        {
            var trees = compilation.SyntaxTrees
                .Select(tree => CSharpSyntaxTree.ParseText(tree.GetText(), (CSharpParseOptions)tree.Options, tree.FilePath))
                .ToList();
            return compilation.RemoveAllSyntaxTrees().AddSyntaxTrees(trees);
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

        /// <summary>What our analyzer registers for <paramref name="compilation"/>, recorded on a freshly parsed copy of it.</summary>
        public static Registrations RecordRegistrations(Compilation compilation) =>
            Registrations.Record(new IsolationAnalyzer(), Reparse(compilation));

        /// <param name="rotation">Run number: rotates the order of the analyzers so no one always goes first.</param>
        public static PassResult Run(Compilation compilation, int rotation, bool withPeers, double compileMs, Registrations registrations, Workload workload, bool keepWarm = false)
        {
            var set = AnalyzerSet.Create(registrations, withPeers);
            var fresh = Reparse(compilation);
            Collect();
            var watch = Stopwatch.StartNew();
            var withAnalyzers = fresh.WithAnalyzers(set.Ordered(rotation), Options);
            var diagnostics = withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult();
            var wall = watch.Elapsed.TotalMilliseconds;
            AnalyzerTelemetryInfo Telemetry(DiagnosticAnalyzer analyzer) =>
                withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None).GetAwaiter().GetResult();

            var ours = diagnostics.Where(d => set.OurIds.Contains(d.Id)).ToList();
            var oursCounts = ActionCounts(Telemetry(set.Ours));
            var noOpCounts = ActionCounts(Telemetry(set.NoOp));
            return new PassResult
            {
                CompileMs = compileMs,
                PassWallMs = wall,
                OursMs = Telemetry(set.Ours).ExecutionTime.TotalMilliseconds,
                NoOpMs = Telemetry(set.NoOp).ExecutionTime.TotalMilliseconds,
                FloorMs = Telemetry(set.Floor).ExecutionTime.TotalMilliseconds,
                PeerMs = set.PeerTimes(Telemetry),
                PeerLoaded = set.Peers.Length,
                OurDiagnostics = ours.Count,
                OurDiagnosticsByFile = ours.GroupBy(d => FileOf(d, workload), StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal),
                OurDiagnosticsById = ours.GroupBy(d => d.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal),
                PeerDiagnostics = diagnostics.Length - ours.Count,
                MirrorMismatch = oursCounts == noOpCounts ? "" : "ours: " + oursCounts + "; no-op: " + noOpCounts,
                Warm = keepWarm ? new WarmState(fresh, set) : null,
            };
        }

        /// <summary>The kind of synthetic file a diagnostic is in.</summary>
        public static string FileOf(Diagnostic diagnostic, Workload workload)
        {
            var index = SyntheticProject.IndexOf(diagnostic.Location.SourceTree?.FilePath);
            return index < 0 ? "no location" : SyntheticProject.KindOf(index, workload).ToString();
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

        /// <summary>
        /// The driver's count of each kind of registered action (actions registered inside block or symbol start
        /// callbacks are not in it), to check that the no-op mirrors ours.
        /// </summary>
        public static string ActionCounts(AnalyzerTelemetryInfo info) =>
            string.Join(
                " ",
                new (string Name, int Count)[]
                {
                    ("compilation-start", info.CompilationStartActionsCount), ("compilation-end", info.CompilationEndActionsCount),
                    ("compilation", info.CompilationActionsCount), ("syntax-tree", info.SyntaxTreeActionsCount),
                    ("additional-file", info.AdditionalFileActionsCount), ("semantic-model", info.SemanticModelActionsCount),
                    ("symbol", info.SymbolActionsCount), ("symbol-start", info.SymbolStartActionsCount), ("symbol-end", info.SymbolEndActionsCount),
                    ("syntax-node", info.SyntaxNodeActionsCount), ("code-block-start", info.CodeBlockStartActionsCount),
                    ("code-block-end", info.CodeBlockEndActionsCount), ("code-block", info.CodeBlockActionsCount),
                    ("operation", info.OperationActionsCount), ("operation-block-start", info.OperationBlockStartActionsCount),
                    ("operation-block-end", info.OperationBlockEndActionsCount), ("operation-block", info.OperationBlockActionsCount),
                }.Where(c => c.Count > 0).Select(c => c.Name + "=" + c.Count));

        public static int RegisteredActions(AnalyzerTelemetryInfo info) =>
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
