using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using IsolationAnalyzers.CodeFixes;
using IsolationAnalyzers.Tests.Robustness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace IsolationAnalyzers.Tests.CodeFixes
{
    /// <summary>
    /// A fix that replaces characters inside a string literal (a command-line token) writes the new value so that
    /// the literal means it: escaped in a regular string, quotes doubled in a verbatim one, braces doubled in an
    /// interpolated one; and offers nothing where the literal kind cannot hold it. The value here has a quote, a
    /// backslash, braces and a tab, which no real replacement has today, so the diagnostic is made by hand.
    /// </summary>
    public sealed class ReplacedTextEscapingTests
    {
        private const string Value = "a\"b\\c{d}\te";

        [Theory]
        [InlineData("\"run --isolation=X img\"", "\"run --isolation=a\\\"b\\\\c{d}\\te img\"")]
        [InlineData("@\"run --isolation=X img\"", "@\"run --isolation=a\"\"b\\c{d}\te img\"")]
        [InlineData("$\"run --isolation=X {img}\"", "$\"run --isolation=a\\\"b\\\\c{{d}}\\te {img}\"")]
        [InlineData("$@\"run --isolation=X {img}\"", "$@\"run --isolation=a\"\"b\\c{{d}}\te {img}\"")]
        [InlineData("\"\"\"run --isolation=X img\"\"\"", null)]
        [InlineData("$\"\"\"run --isolation=X {img}\"\"\"", null)]
        public async Task ReplacedCharacters_AreWrittenForTheLiteralKind(string literal, string? expected)
        {
            var source = "class Launcher\n{\n    string Command(string img) => " + literal + ";\n}\n";
            var (workspace, projectId) = RobustnessHarness.CreateWorkspace();
            using var disposeWorkspace = workspace;
            var document = workspace.CurrentSolution.GetProject(projectId)!.AddDocument("Escape.cs", SourceText.From(source), filePath: "/0/Escape.cs");
            var tree = (await document.GetSyntaxTreeAsync())!;
            var anchor = Location.Create(tree, new TextSpan(source.IndexOf("=X", StringComparison.Ordinal) + 1, 1));
            var properties = ImmutableDictionary<string, string?>.Empty.Add("Edit", "ReplaceText").Add("Replacement", Value);
            var descriptor = new IsolationAnalyzer().SupportedDiagnostics.Single(d => d.Id == "ISO0005");
            var diagnostic = Diagnostic.Create(descriptor, anchor, new[] { anchor }, properties, "X", "hyperv");

            var actions = new List<CodeAction>();
            await new UseValidIsolationValueCodeFixProvider().RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), default));
            if (expected is null)
            {
                Assert.Empty(actions);
                return;
            }

            var operation = (await Assert.Single(actions).GetOperationsAsync(default)).OfType<ApplyChangesOperation>().Single();
            var fixedText = (await operation.ChangedSolution.GetDocument(document.Id)!.GetTextAsync()).ToString();
            Assert.Equal(source.Replace(literal, expected, StringComparison.Ordinal), fixedText);

            // The literal now means the value: its text (holes aside; the token keeps an interpolation's doubled braces) holds it.
            var fixedLiteral = CSharpSyntaxTree.ParseText(fixedText).GetRoot().DescendantNodes().OfType<ExpressionSyntax>()
                .First(e => e is LiteralExpressionSyntax or InterpolatedStringExpressionSyntax);
            var meaning = fixedLiteral is LiteralExpressionSyntax plain
                ? plain.Token.ValueText
                : string.Concat(((InterpolatedStringExpressionSyntax)fixedLiteral).Contents.OfType<InterpolatedStringTextSyntax>().Select(t => t.TextToken.ValueText))
                    .Replace("{{", "{", StringComparison.Ordinal).Replace("}}", "}", StringComparison.Ordinal);
            Assert.Contains("--isolation=" + Value + " ", meaning, StringComparison.Ordinal);
        }
    }
}
