using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using IsolationAnalyzers.Configuration;
using IsolationAnalyzers.Launches;
using IsolationAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace IsolationAnalyzers.Benchmarks
{
    /// <summary>One step of our analyzer timed alone, outside the driver.</summary>
    internal sealed record BreakdownRow(string Step, string Calls, double MedianMs);

    /// <summary>
    /// Where our analyzer's time goes: its steps called directly (through InternalsVisibleTo) on a compilation whose
    /// operation trees are already built, each repeated and the median kept. The driver's telemetry gives one total
    /// per analyzer; this splits it. The steps are the analyzer's own code paths, not copies of them.
    /// </summary>
    internal static class Breakdown
    {
        public static IReadOnlyList<BreakdownRow> Run(Compilation compilation, int repeats)
        {
            var trees = compilation.SyntaxTrees.ToList();
            var creations = new List<IObjectCreationOperation>();
            foreach (var tree in trees)
            {
                var model = compilation.GetSemanticModel(tree);
                foreach (var node in tree.GetRoot().DescendantNodes().OfType<BaseObjectCreationExpressionSyntax>())
                {
                    if (model.GetOperation(node) is IObjectCreationOperation creation)
                    {
                        _ = OperationSearch.Root(creation).Descendants().Count(); // builds the lazy tree before timing
                        creations.Add(creation);
                    }
                }
            }

            var provider = new EmptyOptionsProvider();
            var rows = new List<BreakdownRow>();
            rows.Add(new BreakdownRow(
                "compilation end (ISO0099): `SettingsCache.Errors` over every tree, fresh cache",
                trees.Count + " trees",
                Time(repeats, () => _ = new SettingsCache(provider).Errors(trees).Count())));

            var symbols = DockerDotNetSymbols.Create(compilation);
            if (symbols is null)
            {
                return rows;
            }

            rows.Add(new BreakdownRow(
                "compilation start: `DockerDotNetSymbols.Create` on a fresh copy (cold type look-ups)",
                "1",
                Time(repeats, () => _ = DockerDotNetSymbols.Create(compilation.Clone()))));

            var launches = new List<ContainerLaunch>();
            var typeMatches = 0;
            rows.Add(new BreakdownRow(
                "per `ObjectCreation`: type test only (`creation.Type` against the 3 model types)",
                creations.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Time(repeats, () =>
                {
                    typeMatches = 0;
                    foreach (var creation in creations)
                    {
                        var type = creation.Type;
                        if (DockerDotNetSymbols.Is(type, symbols.CreateContainerParameters) || DockerDotNetSymbols.Is(type, symbols.ContainerSpec) || DockerDotNetSymbols.Is(type, symbols.HostConfig))
                        {
                            typeMatches++;
                        }
                    }
                })));

            rows.Add(new BreakdownRow(
                "per `ObjectCreation`: `DockerDotNetRecognizer.Recognize` (type test + recognition of matches)",
                creations.Count + " (" + typeMatches + " model types)",
                Time(repeats, () =>
                {
                    launches.Clear();
                    foreach (var creation in creations)
                    {
                        if (DockerDotNetRecognizer.Recognize(creation, symbols, IsolationAnalyzers.Flow.FlowContext.Standalone(null, CancellationToken.None)) is { } launch)
                        {
                            launches.Add(launch);
                        }
                    }
                })));

            var settings = new SettingsCache(provider);
            var diagnostics = 0;
            var byLaunch = launches.Select(l => l.Creation.SourceTree).ToList();
            rows.Add(new BreakdownRow(
                "per launch: `settings.For(tree)` + `RuleEngine.Evaluate` (rules, diagnostics)",
                launches.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Time(repeats, () =>
                {
                    diagnostics = 0;
                    for (var i = 0; i < launches.Count; i++)
                    {
                        RuleEngine.Evaluate(launches[i], settings.For(byLaunch[i]!), null, _ => diagnostics++);
                    }
                })));

            return rows;
        }

        private static double Time(int repeats, Action action)
        {
            action();
            var times = new List<double>();
            for (var i = 0; i < repeats; i++)
            {
                var watch = Stopwatch.StartNew();
                action();
                times.Add(watch.Elapsed.TotalMilliseconds);
            }

            return Stats.Median(times);
        }

        /// <summary>No .editorconfig: what the benchmark's analyzer pass gives the analyzers too.</summary>
        private sealed class EmptyOptionsProvider : AnalyzerConfigOptionsProvider
        {
            private static readonly EmptyOptions Empty = new EmptyOptions();

            public override AnalyzerConfigOptions GlobalOptions => Empty;

            public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Empty;

            public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Empty;

            private sealed class EmptyOptions : AnalyzerConfigOptions
            {
                public override bool TryGetValue(string key, out string value)
                {
                    value = null!;
                    return false;
                }
            }
        }
    }
}
