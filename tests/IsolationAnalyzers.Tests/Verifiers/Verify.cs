using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using IsolationAnalyzers.CodeFixes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

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
        /// which must compile without errors, neither the fix nor Fix All with the same key changes anything.
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
