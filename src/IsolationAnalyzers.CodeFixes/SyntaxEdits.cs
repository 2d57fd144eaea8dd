using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace IsolationAnalyzers.CodeFixes
{
    /// <summary>
    /// The syntax edits the fixes share. They keep the user's layout: a member added to a multi-line initializer
    /// goes on its own line with the indentation of its siblings, comments stay where they were.
    /// </summary>
    internal static class SyntaxEdits
    {
        /// <summary>The expression whose span is exactly the given span (the anchor the analyzer recorded).</summary>
        public static TNode? FindNode<TNode>(SyntaxNode root, TextSpan span)
            where TNode : SyntaxNode
        {
            if (span.End > root.FullSpan.End)
            {
                return null;
            }

            for (SyntaxNode? node = root.FindNode(span, getInnermostNodeForTie: true); node is not null; node = node.Parent)
            {
                if (node is TNode match && node.Span == span)
                {
                    return match;
                }

                if (node.Span.Length > span.Length)
                {
                    break;
                }
            }

            return null;
        }

        /// <summary>
        /// <paramref name="value"/> as it must be written inside <paramref name="literal"/> to mean itself (the
        /// characters of a command-line token replaced in place): escaped for a regular string, quotes doubled in a
        /// verbatim one, braces doubled in an interpolated one. Null when the literal cannot hold it as written (a
        /// raw string with a quote run or a line break, a raw interpolated string with a brace).
        /// </summary>
        public static string? EscapeFor(SyntaxToken literal, string value)
        {
            var interpolated = literal.IsKind(SyntaxKind.InterpolatedStringTextToken);
            var start = interpolated && literal.Parent?.Parent is InterpolatedStringExpressionSyntax expression ? expression.StringStartToken.Kind() : SyntaxKind.None;
            switch (literal.Kind())
            {
                case SyntaxKind.StringLiteralToken when literal.Text.StartsWith("@", System.StringComparison.Ordinal):
                    return value.Replace("\"", "\"\"");
                case SyntaxKind.StringLiteralToken:
                    return Regular(value);
                case SyntaxKind.InterpolatedStringTextToken when start == SyntaxKind.InterpolatedStringStartToken:
                    return Braces(Regular(value));
                case SyntaxKind.InterpolatedStringTextToken when start == SyntaxKind.InterpolatedVerbatimStringStartToken:
                    return Braces(value.Replace("\"", "\"\""));
                case SyntaxKind.InterpolatedStringTextToken:
                    return value.IndexOfAny(new[] { '{', '}', '"', '\n', '\r' }) < 0 ? value : null;
                case SyntaxKind.SingleLineRawStringLiteralToken:
                case SyntaxKind.MultiLineRawStringLiteralToken:
                    return value.IndexOfAny(new[] { '"', '\n', '\r' }) < 0 ? value : null;
                default:
                    return null;
            }

            // The body of the regular literal the compiler would write for the value (escapes for \, " and control characters).
            static string Regular(string text)
            {
                var quoted = SyntaxFactory.Literal(text).Text;
                return quoted.Substring(1, quoted.Length - 2);
            }

            static string Braces(string text) => text.Replace("{", "{{").Replace("}", "}}");
        }

        public static LiteralExpressionSyntax StringLiteral(string value) =>
            SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(value));

        /// <summary>Replaces an expression with a string literal, keeping its surrounding trivia.</summary>
        public static SyntaxNode ReplaceWithString(SyntaxNode root, ExpressionSyntax expression, string value) =>
            root.ReplaceNode(expression, StringLiteral(value).WithTriviaFrom(expression));

        /// <summary><c>Name = value</c>, for an object initializer.</summary>
        public static AssignmentExpressionSyntax Member(string name, ExpressionSyntax value) =>
            SyntaxFactory.AssignmentExpression(
                SyntaxKind.SimpleAssignmentExpression,
                SyntaxFactory.IdentifierName(name).WithTrailingTrivia(SyntaxFactory.Space),
                SyntaxFactory.Token(SyntaxKind.EqualsToken).WithTrailingTrivia(SyntaxFactory.Space),
                value);

        /// <summary>Adds a member to an object creation's initializer, creating the initializer when there is none.</summary>
        public static BaseObjectCreationExpressionSyntax AddMember(BaseObjectCreationExpressionSyntax creation, ExpressionSyntax member, SyntaxTrivia endOfLine)
        {
            if (creation.Initializer is { } initializer)
            {
                return creation.WithInitializer(AddMember(initializer, member, endOfLine));
            }

            // `new HostConfig() // comment` → `new HostConfig() { Isolation = "hyperv" } // comment`
            var trailing = creation.GetTrailingTrivia();
            var created = SyntaxFactory.InitializerExpression(
                SyntaxKind.ObjectInitializerExpression,
                SyntaxFactory.Token(SyntaxKind.OpenBraceToken).WithLeadingTrivia(SyntaxFactory.Space).WithTrailingTrivia(SyntaxFactory.Space),
                SyntaxFactory.SingletonSeparatedList(member.WithoutTrivia()),
                SyntaxFactory.Token(SyntaxKind.CloseBraceToken).WithLeadingTrivia(SyntaxFactory.Space));
            var withoutTrailing = creation.WithoutTrailingTrivia();
            return withoutTrailing.WithInitializer(created).WithTrailingTrivia(trailing);
        }

        public static InitializerExpressionSyntax AddMember(InitializerExpressionSyntax initializer, ExpressionSyntax member, SyntaxTrivia endOfLine)
        {
            member = member.WithoutTrivia();
            var expressions = initializer.Expressions;
            var open = initializer.OpenBraceToken;
            var close = initializer.CloseBraceToken;
            var multiLine = !SameLine(open, close);

            if (expressions.Count == 0)
            {
                if (!multiLine)
                {
                    return initializer.Update(
                        open.WithTrailingTrivia(SyntaxFactory.Space),
                        SyntaxFactory.SingletonSeparatedList<ExpressionSyntax>(member),
                        close.WithLeadingTrivia(SyntaxFactory.Space));
                }

                var braceIndentation = Indentation(close);
                return initializer.Update(
                    open,
                    SyntaxFactory.SingletonSeparatedList<ExpressionSyntax>(
                        member.WithLeadingTrivia(braceIndentation.Add(SyntaxFactory.Whitespace("    "))).WithTrailingTrivia(endOfLine)),
                    close);
            }

            var last = expressions[expressions.Count - 1];
            var hasTrailingComma = expressions.SeparatorCount == expressions.Count;
            var elementsOnOwnLines = !SameLine(open, last.GetFirstToken());
            var nodes = expressions.GetWithSeparators();

            if (elementsOnOwnLines)
            {
                var indented = member.WithLeadingTrivia(Indentation(last.GetFirstToken()));
                if (hasTrailingComma)
                {
                    var lastComma = nodes[nodes.Count - 1].AsToken();
                    var lineEnd = lastComma.TrailingTrivia.Any(SyntaxKind.EndOfLineTrivia) ? endOfLine : default;
                    nodes = nodes.Add(indented);
                    nodes = nodes.Add(SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(lineEnd == default ? SyntaxFactory.TriviaList() : SyntaxFactory.TriviaList(lineEnd)));
                }
                else
                {
                    // The comment and line break after the last element stay after it, behind the new comma.
                    var lastTrailing = last.GetTrailingTrivia();
                    var endsLine = lastTrailing.Any(SyntaxKind.EndOfLineTrivia);
                    nodes = nodes.Replace(nodes[nodes.Count - 1], last.WithoutTrailingTrivia());
                    nodes = nodes.Add(SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(lastTrailing));
                    nodes = nodes.Add(endsLine ? indented.WithTrailingTrivia(endOfLine) : indented.WithLeadingTrivia(SyntaxFactory.Space).WithTrailingTrivia(SyntaxFactory.Space));
                }
            }
            else if (hasTrailingComma)
            {
                nodes = nodes.Add(member.WithLeadingTrivia(SyntaxFactory.Space));
            }
            else
            {
                var lastTrailing = last.GetTrailingTrivia();
                nodes = nodes.Replace(nodes[nodes.Count - 1], last.WithoutTrailingTrivia());
                nodes = nodes.Add(SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(SyntaxFactory.Space));
                nodes = nodes.Add(member.WithTrailingTrivia(lastTrailing));
            }

            return initializer.WithExpressions(SyntaxFactory.SeparatedList<ExpressionSyntax>(nodes));
        }

        /// <summary>The line break the document already uses.</summary>
        public static SyntaxTrivia EndOfLine(SyntaxNode root)
        {
            foreach (var trivia in root.DescendantTrivia())
            {
                if (trivia.IsKind(SyntaxKind.EndOfLineTrivia))
                {
                    return trivia;
                }
            }

            return SyntaxFactory.EndOfLine("\n");
        }

        private static bool SameLine(SyntaxToken first, SyntaxToken second)
        {
            var tree = first.SyntaxTree;
            if (tree is null)
            {
                return true;
            }

            return tree.GetLineSpan(first.Span).StartLinePosition.Line == tree.GetLineSpan(second.Span).StartLinePosition.Line;
        }

        /// <summary>The white space that starts the token's line, if the token is the first on its line.</summary>
        private static SyntaxTriviaList Indentation(SyntaxToken token)
        {
            var leading = token.LeadingTrivia;
            var result = SyntaxFactory.TriviaList();
            for (var i = leading.Count - 1; i >= 0; i--)
            {
                var trivia = leading[i];
                if (trivia.IsKind(SyntaxKind.WhitespaceTrivia))
                {
                    result = result.Insert(0, trivia);
                    continue;
                }

                break;
            }

            return result;
        }
    }
}
