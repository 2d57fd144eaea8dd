using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using IsolationAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Testing;

namespace IsolationAnalyzers.Tests.Robustness.Typing
{
    /// <summary>One C# text the typing simulation starts from, with where it comes from.</summary>
    internal sealed record TypingInput(string Label, string Text);

    /// <summary>
    /// The texts the typing simulation types: every file of every corpus (tests/corpus/*), every sample file
    /// (samples/**), and every C# source embedded in a test as a raw string literal (tests/**, markup removed).
    /// Directories are enumerated, not listed, so files and tests added later are typed too.
    /// </summary>
    internal static class TypingInputs
    {
        public static IReadOnlyList<TypingInput> All()
        {
            var inputs = new List<TypingInput>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            void Add(string label, string text)
            {
                if (seen.Add(text))
                {
                    inputs.Add(new TypingInput(label, text));
                }
            }

            foreach (var file in SourceFiles(Path.Combine("tests", "corpus")).Concat(SourceFiles("samples")))
            {
                Add(RobustnessHarness.Relative(file), File.ReadAllText(file));
            }

            foreach (var file in SourceFiles("tests").Where(f => !RobustnessHarness.Relative(f).StartsWith("tests/corpus/", StringComparison.Ordinal)))
            {
                foreach (var (line, source) in EmbeddedSources(File.ReadAllText(file)))
                {
                    Add(RobustnessHarness.Relative(file) + ":" + line, source);
                }
            }

            return inputs;
        }

        /// <summary>
        /// The raw string literals of a test file that hold C# code (a type declaration or a using directive), with
        /// the test markup (<c>{|ISO0001:…|}</c>, <c>[|…|]</c>, <c>$$</c>) removed. Interpolated raw strings are
        /// templates, not code, and are left out.
        /// </summary>
        internal static IEnumerable<(int Line, string Source)> EmbeddedSources(string testFile)
        {
            var root = CSharpSyntaxTree.ParseText(testFile, RobustnessHarness.ParseOptions).GetRoot();
            foreach (var token in root.DescendantTokens())
            {
                if (!token.IsKind(SyntaxKind.MultiLineRawStringLiteralToken) && !token.IsKind(SyntaxKind.SingleLineRawStringLiteralToken))
                {
                    continue;
                }

                var value = token.ValueText;
                if (!LooksLikeCode(value))
                {
                    continue;
                }

                string source;
                try
                {
                    TestFileMarkupParser.GetSpans(value, out source, out System.Collections.Immutable.ImmutableDictionary<string, System.Collections.Immutable.ImmutableArray<Microsoft.CodeAnalysis.Text.TextSpan>> _);
                }
                catch (ArgumentException)
                {
                    // Text that only looks like markup (a literal "[|" in code): typed as written.
                    source = value;
                }

                yield return (token.GetLocation().GetLineSpan().StartLinePosition.Line + 1, source);
            }
        }

        private static bool LooksLikeCode(string value) =>
            value.Contains('\n', StringComparison.Ordinal)
            && (value.Contains("class ", StringComparison.Ordinal) || value.Contains("using ", StringComparison.Ordinal)
                || value.Contains("record ", StringComparison.Ordinal) || value.Contains("struct ", StringComparison.Ordinal));

        /// <summary>Every *.cs file under a directory of the repository, build output excluded, in ordinal order.</summary>
        private static IEnumerable<string> SourceFiles(string directory)
        {
            var full = Path.Combine(TestReferences.RepoRoot, directory);
            if (!Directory.Exists(full))
            {
                return Array.Empty<string>();
            }

            var separator = Path.DirectorySeparatorChar.ToString();
            return Directory.GetFiles(full, "*.cs", SearchOption.AllDirectories)
                .Where(path => !path.Contains(separator + "obj" + separator, StringComparison.Ordinal)
                    && !path.Contains(separator + "bin" + separator, StringComparison.Ordinal)
                    && !path.Contains(separator + "TestResults" + separator, StringComparison.Ordinal))
                .OrderBy(path => RobustnessHarness.Relative(path), StringComparer.Ordinal);
        }
    }
}
