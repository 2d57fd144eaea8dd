using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using IsolationAnalyzers.CodeFixes;
using IsolationAnalyzers.Tests.Robustness.Typing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace IsolationAnalyzers.Tests.Verifiers
{
    /// <summary>
    /// Runs <see cref="IsolationAnalyzer"/> (and optionally a fix) on test code compiled against the real
    /// Docker.DotNet. Markup <c>{|ISO0001:…|}</c> marks expected locations.
    /// </summary>
    public static class Verify
    {
        /// <summary>Asserts exactly the diagnostics marked in <paramref name="source"/>.</summary>
        public static Task Analyzer(
            string source,
            string? editorConfig = null,
            DockerLibrary library = DockerLibrary.DockerDotNet,
            params DiagnosticResult[] expected)
        {
            var test = new AnalyzerTest(library, editorConfig) { TestCode = source };
            test.ExpectedDiagnostics.AddRange(expected);
            return test.RunAsync(CancellationToken.None);
        }

        /// <summary>Asserts exactly the diagnostics marked in several files of one project (values that flow between files).</summary>
        public static Task Analyzer(
            (string Name, string Source)[] sources,
            string? editorConfig = null,
            DockerLibrary library = DockerLibrary.DockerDotNet,
            params DiagnosticResult[] expected)
        {
            var test = new AnalyzerTest(library, editorConfig);
            foreach (var (name, source) in sources)
            {
                test.TestState.Sources.Add(("/0/" + name, source));
            }

            test.ExpectedDiagnostics.AddRange(expected);
            return test.RunAsync(CancellationToken.None);
        }

        /// <summary>
        /// Asserts the diagnostics before and the code after the fix (and Fix All) with the given key. The testing
        /// library compiles the fixed code (any compiler error fails the test, since none is expected) and applies
        /// Fix All until nothing changes; a second pass then checks that the fix is a fixed point: on the fixed code,
        /// which must compile without errors, neither the fix nor Fix All with the same key changes anything. Last,
        /// the source is typed token by token (<see cref="FixesOnPrefixesAddNoErrors{TFix}"/>): wherever a prefix still
        /// holds a marked diagnostic, every fix <typeparamref name="TFix"/> offers for it must leave no more compiler
        /// errors than the prefix had.
        /// </summary>
        public static async Task CodeFix<TFix>(
            string source,
            string fixedSource,
            string equivalenceKey,
            string? editorConfig = null,
            DockerLibrary library = DockerLibrary.DockerDotNet,
            int? iterations = null,
            OutputKind? outputKind = null)
            where TFix : CodeFixProvider, new()
        {
            var test = new CodeFixTest<TFix>(library, editorConfig)
            {
                TestCode = source,
                FixedCode = fixedSource,
                CodeActionEquivalenceKey = equivalenceKey,
            };
            test.TestState.OutputKind = outputKind;
            test.FixedState.OutputKind = outputKind;
            if (iterations is { } count)
            {
                test.NumberOfIncrementalIterations = count;
                test.NumberOfFixAllIterations = count;
            }

            await test.RunAsync(CancellationToken.None);
            await FixIsIdempotent<TFix>(fixedSource, equivalenceKey, editorConfig, library, outputKind);
            await FixesOnPrefixesAddNoErrors<TFix>(source, editorConfig, library);
        }

        /// <summary>
        /// Every prefix of <paramref name="source"/> (markup removed) that ends after a token, at or after the end of a
        /// marked diagnostic, is analyzed; where the analyzer still reports that diagnostic (same ID, same span: text
        /// before the cut does not move), every fix <typeparamref name="TFix"/> offers for it is applied and the result
        /// compiled. A fix that adds a compiler error (an error ID more often than before; see
        /// <see cref="TypingChecker"/>), or throws, fails the test. Half-typed code is where users meet the fixes first.
        /// </summary>
        public static async Task FixesOnPrefixesAddNoErrors<TFix>(string source, string? editorConfig = null, DockerLibrary library = DockerLibrary.DockerDotNet)
            where TFix : CodeFixProvider, new()
        {
            TestFileMarkupParser.GetSpans(source, out var text, out ImmutableDictionary<string, ImmutableArray<TextSpan>> spans);
            var marked = spans
                .Where(entry => entry.Key.StartsWith("ISO", System.StringComparison.Ordinal))
                .SelectMany(entry => entry.Value.Select(span => (Id: entry.Key, Span: span)))
                .ToHashSet();
            if (marked.Count == 0)
            {
                return;
            }

            var parseOptions = new CSharpParseOptions(LanguageVersion.CSharp12);
            using var checker = new TypingChecker(
                TestReferences.Framework.AddRange(TestReferences.For(library)).Add(TestReferences.CliWrap),
                parseOptions,
                Settings(editorConfig),
                ImmutableArray.Create<DiagnosticAnalyzer>(new IsolationAnalyzer()),
                ImmutableArray.Create<CodeFixProvider>(new TFix()),
                select: diagnostic => marked.Contains((diagnostic.Id, diagnostic.Location.SourceSpan)));
            var firstEnd = marked.Min(m => m.Span.End);
            var variants = new TypingVariants(text, parseOptions);
            for (var i = 0; i < variants.PrefixCount; i++)
            {
                var prefix = variants[i];
                if (prefix.Length >= firstEnd)
                {
                    await checker.CheckAsync(prefix, () => typeof(TFix).Name + " on the " + variants.Describe(i));
                }
            }

            var counts = checker.Counts;
            Assert.True(counts.FailureCount == 0, $"fixes on prefixes of the test source: {counts}\n\n{string.Join("\n\n", counts.Failures.Take(5))}");
            Assert.True(counts.FixesApplied > 0, "no prefix (not even the whole source) held a marked diagnostic with a fix: " + counts);
        }

        /// <summary>The settings of a test's .editorconfig / global config text as key-value pairs.</summary>
        private static Dictionary<string, string> Settings(string? editorConfig)
        {
            var settings = new Dictionary<string, string>(System.StringComparer.OrdinalIgnoreCase);
            foreach (var line in (editorConfig ?? string.Empty).Split('\n'))
            {
                var equals = line.IndexOf('=');
                var trimmed = line.Trim();
                if (equals > 0 && !trimmed.StartsWith("[", System.StringComparison.Ordinal) && !trimmed.StartsWith("#", System.StringComparison.Ordinal))
                {
                    settings[line.Substring(0, equals).Trim()] = line.Substring(equals + 1).Trim();
                }
            }

            return settings;
        }

        /// <summary>
        /// Applying the fix (or Fix All) with <paramref name="equivalenceKey"/> to already fixed code changes nothing,
        /// and that code compiles without errors. Remaining diagnostics keep their markup in <paramref name="fixedSource"/>.
        /// </summary>
        public static Task FixIsIdempotent<TFix>(string fixedSource, string equivalenceKey, string? editorConfig = null, DockerLibrary library = DockerLibrary.DockerDotNet, OutputKind? outputKind = null)
            where TFix : CodeFixProvider, new()
        {
            var again = new CodeFixTest<TFix>(library, editorConfig)
            {
                TestCode = fixedSource,
                FixedCode = fixedSource,
                CodeActionEquivalenceKey = equivalenceKey,
                CompilerDiagnostics = CompilerDiagnostics.Errors,
            };
            again.TestState.OutputKind = outputKind;
            again.FixedState.OutputKind = outputKind;
            return again.RunAsync(CancellationToken.None);
        }

        /// <summary>Asserts that no fix with the given equivalence key is offered.</summary>
        public static Task NoCodeFix<TFix>(string source, string equivalenceKey, string? editorConfig = null, DockerLibrary library = DockerLibrary.DockerDotNet)
            where TFix : CodeFixProvider, new()
        {
            var test = new CodeFixTest<TFix>(library, editorConfig)
            {
                TestCode = source,
                FixedCode = source,
                CodeActionEquivalenceKey = equivalenceKey,
            };
            return test.RunAsync(CancellationToken.None);
        }

        internal static void Configure(ProjectState state, DockerLibrary library, string? editorConfig)
        {
            state.ReferenceAssemblies = TestReferences.None;
            state.AdditionalReferences.AddRange(TestReferences.Framework);
            state.AdditionalReferences.AddRange(TestReferences.For(library));

            state.AdditionalReferences.Add(TestReferences.CliWrap);

            if (editorConfig is null)
            {
                return;
            }

            // MSBuild properties reach analyzers through the global config the SDK generates; the rest is .editorconfig.
            var editorLines = new List<string>();
            var globalLines = new List<string>();
            foreach (var line in editorConfig.Split('\n'))
            {
                (line.TrimStart().StartsWith("build_property.", System.StringComparison.Ordinal) ? globalLines : editorLines).Add(line);
            }

            state.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*]\n" + string.Join("\n", editorLines)));
            if (globalLines.Count > 0)
            {
                state.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\n" + string.Join("\n", globalLines)));
            }
        }

        private sealed class AnalyzerTest : CSharpAnalyzerTest<IsolationAnalyzer, DefaultVerifier>
        {
            public AnalyzerTest(DockerLibrary library, string? editorConfig)
            {
                Configure(TestState, library, editorConfig);
            }

            protected override ParseOptions CreateParseOptions() =>
                ((CSharpParseOptions)base.CreateParseOptions()).WithLanguageVersion(LanguageVersion.CSharp12);

            protected override CompilationOptions CreateCompilationOptions() =>
                ((CSharpCompilationOptions)base.CreateCompilationOptions()).WithNullableContextOptions(NullableContextOptions.Disable);
        }

        private sealed class CodeFixTest<TFix> : CSharpCodeFixTest<IsolationAnalyzer, TFix, DefaultVerifier>
            where TFix : CodeFixProvider, new()
        {
            public CodeFixTest(DockerLibrary library, string? editorConfig)
            {
                Configure(TestState, library, editorConfig);
            }

            protected override ParseOptions CreateParseOptions() =>
                ((CSharpParseOptions)base.CreateParseOptions()).WithLanguageVersion(LanguageVersion.CSharp12);
        }
    }
}
