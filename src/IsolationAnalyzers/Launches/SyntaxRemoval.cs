using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace IsolationAnalyzers.Launches
{
    /// <summary>
    /// The text to delete to remove an initializer member or a statement, keeping the layout of what remains:
    /// a member or statement on its own line goes with its line; an inline member goes with one comma. A statement
    /// or initializer with a parse error gets no removal (<see cref="SyntaxErrors"/>): in <c>{ Isolation = "x",</c>
    /// at the end of a half-typed file there is no token after the comma to delete up to.
    /// </summary>
    internal static class SyntaxRemoval
    {
        public static LaunchEdit For(SyntaxNode node)
        {
            var tree = node.SyntaxTree;
            var text = tree.GetText();
            switch (node)
            {
                case StatementSyntax statement when !SyntaxErrors.In(statement) && OwnsItsLines(text, statement.Span, TokenNavigation.Next(statement.GetLastToken())):
                    return Delete(tree, WholeLines(text, statement.SpanStart, statement.Span.End));

                case ExpressionSyntax member when member.Parent is InitializerExpressionSyntax initializer && !SyntaxErrors.In(initializer):
                    return InInitializer(tree, text, member, initializer);

                default:
                    return LaunchEdit.None;
            }
        }

        private static LaunchEdit InInitializer(SyntaxTree tree, SourceText text, ExpressionSyntax member, InitializerExpressionSyntax initializer)
        {
            var expressions = initializer.Expressions;
            var index = expressions.IndexOf(member);
            if (index < 0)
            {
                return LaunchEdit.None;
            }

            var comma = index < expressions.SeparatorCount ? expressions.GetSeparator(index) : default;
            var end = comma.RawKind != 0 ? comma.Span.End : member.Span.End;
            var next = TokenNavigation.Next(comma.RawKind != 0 ? comma : member.GetLastToken());
            if (OwnsItsLines(text, TextSpan.FromBounds(member.SpanStart, end), next))
            {
                return Delete(tree, WholeLines(text, member.SpanStart, end));
            }

            if (comma.RawKind != 0)
            {
                // `A = 1, Isolation = "x", B = 2` → `A = 1, B = 2`
                return Delete(tree, next.RawKind == 0 ? null : SyntaxErrors.Span(member.SpanStart, next.SpanStart));
            }

            if (index > 0)
            {
                // `A = 1, Isolation = "x" }` → `A = 1 }`
                var previousComma = expressions.GetSeparator(index - 1);
                return Delete(tree, SyntaxErrors.Span(previousComma.SpanStart, member.Span.End));
            }

            // The only member: `{ Isolation = "x" }` → `{ }`
            return Delete(tree, SyntaxErrors.Span(member.SpanStart, initializer.CloseBraceToken.SpanStart));
        }

        /// <summary>True when nothing but white space shares the lines of <paramref name="span"/> (besides a trailing comment).</summary>
        private static bool OwnsItsLines(SourceText text, TextSpan span, SyntaxToken next)
        {
            var first = text.Lines.GetLineFromPosition(span.Start);
            for (var i = first.Start; i < span.Start; i++)
            {
                if (!char.IsWhiteSpace(text[i]))
                {
                    return false;
                }
            }

            var last = text.Lines.GetLineFromPosition(span.End);
            return next.RawKind == 0 || next.SpanStart > last.End;
        }

        private static TextSpan WholeLines(SourceText text, int start, int end) =>
            TextSpan.FromBounds(text.Lines.GetLineFromPosition(start).Start, text.Lines.GetLineFromPosition(end).EndIncludingLineBreak);

        private static LaunchEdit Delete(SyntaxTree tree, TextSpan? span) =>
            span is { } known ? new LaunchEdit(LaunchEditKind.DeleteText, Location.Create(tree, known)) : LaunchEdit.None;
    }
}
