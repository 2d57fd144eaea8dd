using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using IsolationAnalyzers;
using IsolationAnalyzers.CodeFixes;
using IsolationAnalyzers.Tests.Robustness.Typing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace RealWorldRunner
{
    /// <summary>
    /// <c>--typing [N|all]</c>: instead of analyzing the repository once, types each of its container-launching files
    /// the way the test suite's typing simulation does (docs/robustness.md): prefixes cut after a token, single-token
    /// deletions and single-token insertions, N of them per file (a deterministic sample seeded with the file's path;
    /// default 300; <c>all</c> for every variant). Each document is compiled alone against the runner's references,
    /// analyzed, and every offered fix applied and compiled (<see cref="TypingChecker"/>, the tests' own code).
    /// Prints the figures docs/real-world.md records; exit code 1 when anything threw or a fix added an error.
    /// </summary>
    internal sealed class TypingMode
    {
        private const int DefaultPerFile = 300;

        /// <summary>The API names and command words that make a file container-launching.</summary>
        private static readonly string[] LaunchMarkers =
        {
            "CreateContainerParameters", "HostConfig", "ServiceCreateParameters", "ContainerSpec", "ContainerBuilder",
            "WithCreateParameterModifier", "\"docker\"", "docker run", "docker create", "docker service",
        };

        private readonly int perFile;

        private TypingMode(int perFile)
        {
            this.perFile = perFile;
        }

        /// <summary>Removes <c>--typing [N|all]</c> from the arguments; the mode, or null when it was not asked for.</summary>
        public static TypingMode? Take(ref string[] args)
        {
            var index = Array.IndexOf(args, "--typing");
            if (index < 0)
            {
                return null;
            }

            var perFile = DefaultPerFile;
            var count = 1;
            if (index + 1 < args.Length && !args[index + 1].StartsWith("-", StringComparison.Ordinal))
            {
                perFile = args[index + 1] == "all" ? int.MaxValue : int.Parse(args[index + 1], NumberStyles.None, CultureInfo.InvariantCulture);
                count = 2;
            }

            args = args.Take(index).Concat(args.Skip(index + count)).ToArray();
            return new TypingMode(perFile);
        }

        public static bool IsLaunching(string text)
        {
            foreach (var marker in LaunchMarkers)
            {
                if (text.Contains(marker, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        public async Task<int> RunAsync(IReadOnlyList<(string Path, string Text)> files, ImmutableArray<MetadataReference> references, IReadOnlyDictionary<string, string> settings)
        {
            var stopwatch = Stopwatch.StartNew();
            var launching = files.Where(f => IsLaunching(f.Text)).ToList();
            Console.WriteLine($"typing: {launching.Count} container-launching files of {files.Count}, {(perFile == int.MaxValue ? "every variant" : perFile + " variants per file")}");

            var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
            using var checker = new TypingChecker(
                references,
                parseOptions,
                settings,
                TypingChecker.AnalyzersIn(typeof(IsolationAnalyzer).Assembly),
                TypingChecker.FixesIn(typeof(UseIsolationModeCodeFixProvider).Assembly));
            foreach (var (path, text) in launching)
            {
                var before = checker.Counts.Documents;
                var failuresBefore = checker.Counts.FailureCount;
                var variants = new TypingVariants(text, parseOptions);
                foreach (var index in variants.Sample(perFile, path))
                {
                    await checker.CheckAsync(variants[index], () => path + ", " + variants.Describe(index) + " (variant " + index + ")");
                }

                Console.WriteLine($"  {path}: {checker.Counts.Documents - before} documents, {checker.Counts.FailureCount - failuresBefore} failures");
            }

            var counts = checker.Counts;
            Console.WriteLine($"typing files: {launching.Count}");
            Console.WriteLine($"typing documents: {counts.Documents}");
            Console.WriteLine($"typing diagnostics: {counts.Diagnostics}");
            Console.WriteLine($"typing analyzer exceptions: {counts.AnalyzerExceptions}");
            Console.WriteLine($"typing fixes applied: {counts.FixesApplied} (of {counts.FixesOffered} offered)");
            Console.WriteLine($"typing fix exceptions: {counts.FixExceptions}");
            Console.WriteLine($"typing fixes that add compiler errors: {counts.ErrorAddingFixes}");
            Console.WriteLine($"typing time: {stopwatch.Elapsed.TotalSeconds:0} s");
            foreach (var failure in counts.Failures)
            {
                Console.WriteLine("  " + failure.Replace("\n", "\n    ", StringComparison.Ordinal));
            }

            return counts.FailureCount == 0 ? 0 : 1;
        }
    }
}
