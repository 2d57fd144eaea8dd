using System.Collections.Generic;
using IsolationAnalyzers.Knowledge.Cli;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace IsolationAnalyzers.Launches.Cli
{
    /// <summary>
    /// Where the characters of an option (the flag and its value) are written, so a fix can delete them: inside
    /// one literal (with the white space that separates it), as elements of one list (with a comma), or as whole
    /// <c>ArgumentList.Add(…)</c> statements. Other layouts get no removal.
    /// </summary>
    internal static class CliRemoval
    {
        public static LaunchEdit For(CommandSource source, IReadOnlyList<CommandToken> tokens, CommandOption option)
        {
            var first = tokens[option.FlagTokenIndex];
            var last = option.ValueTokenIndex >= 0 ? tokens[option.ValueTokenIndex] : first;
            if (!first.IsPlain || !last.IsPlain || !InRange(source, first.StartSource) || !InRange(source, last.EndSource))
            {
                return LaunchEdit.None;
            }

            var firstOrigin = source.Origins[first.StartSource];
            var lastOrigin = source.Origins[last.EndSource];
            return source.IsList
                ? InList(firstOrigin.Holder, lastOrigin.Holder)
                : InLiteral(firstOrigin, lastOrigin, first, last);
        }

        private static bool InRange(CommandSource source, int index) => index >= 0 && index < source.Origins.Count;

        /// <summary>Both tokens in one literal: delete them and the white space after them (or before, at the end).</summary>
        private static LaunchEdit InLiteral(PieceOrigin firstOrigin, PieceOrigin lastOrigin, CommandToken first, CommandToken last)
        {
            if (!firstOrigin.HasLiteral || firstOrigin.Literal != lastOrigin.Literal || firstOrigin.ValueStart != lastOrigin.ValueStart)
            {
                return LaunchEdit.None;
            }

            var literal = firstOrigin.Literal;
            var value = literal.ValueText;
            var start = firstOrigin.ValueStart + first.StartOffset;
            var end = firstOrigin.ValueStart + last.EndOffset;
            var after = end;
            while (after < value.Length && (value[after] == ' ' || value[after] == '\t'))
            {
                after++;
            }

            if (after > end && after < value.Length)
            {
                end = after;
            }
            else
            {
                while (start > 0 && (value[start - 1] == ' ' || value[start - 1] == '\t'))
                {
                    start--;
                }
            }

            var from = LiteralPositions.Map(literal, start);
            var to = LiteralPositions.Map(literal, end);
            return from >= 0 && to > from
                ? Delete(literal.SyntaxTree!, TextSpan.FromBounds(from, to))
                : LaunchEdit.None;
        }

        /// <summary>List elements: delete them with one separating comma; Add statements: delete their lines.</summary>
        private static LaunchEdit InList(SyntaxNode first, SyntaxNode last)
        {
            var tree = first.SyntaxTree;
            if (first.Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Arguments.Count: 1, Parent: InvocationExpressionSyntax { Parent: ExpressionStatementSyntax firstStatement } } }
                && last.Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Arguments.Count: 1, Parent: InvocationExpressionSyntax { Parent: ExpressionStatementSyntax lastStatement } } })
            {
                if (firstStatement.Parent != lastStatement.Parent || firstStatement.SpanStart > lastStatement.SpanStart
                    || StatementsHaveErrors(firstStatement, lastStatement))
                {
                    return LaunchEdit.None;
                }

                var text = tree.GetText();
                var lineStart = text.Lines.GetLineFromPosition(firstStatement.SpanStart).Start;
                return Delete(tree, SyntaxErrors.Span(lineStart, lastStatement.FullSpan.End));
            }

            // A list with a parse error (`{ "run", "--isolation",` at the end of a half-typed file) has no reliable separators.
            if (first.Parent is null || first.Parent != last.Parent || first.SpanStart > last.SpanStart || SyntaxErrors.In(CommandLineReader.ListOf(first)))
            {
                return LaunchEdit.None;
            }

            // Siblings in a separated list (array or collection initializer, collection expression, argument list),
            // found through the commas next to them: constant time, however long the list.
            var next = Neighbour(first.Parent, TokenNavigation.Next(last.GetLastToken()), forward: true);
            if (next is not null)
            {
                return Delete(tree, SyntaxErrors.Span(first.SpanStart, next.SpanStart));
            }

            var previous = Neighbour(first.Parent, TokenNavigation.Previous(first.GetFirstToken()), forward: false);
            return previous is not null
                ? Delete(tree, SyntaxErrors.Span(previous.Span.End, last.Span.End))
                : LaunchEdit.None;
        }

        /// <summary>The element of <paramref name="list"/> on the other side of <paramref name="separator"/>, when it is one of the list's commas.</summary>
        private static SyntaxNode? Neighbour(SyntaxNode list, SyntaxToken separator, bool forward)
        {
            if (!separator.IsKind(SyntaxKind.CommaToken) || separator.Parent != list)
            {
                return null;
            }

            return ChildOf(list, forward ? TokenNavigation.Next(separator) : TokenNavigation.Previous(separator));
        }

        /// <summary>The child of <paramref name="parent"/> that holds <paramref name="token"/>, or null.</summary>
        private static SyntaxNode? ChildOf(SyntaxNode parent, SyntaxToken token)
        {
            for (var node = token.Parent; node is not null; node = node.Parent)
            {
                if (node.Parent == parent)
                {
                    return node;
                }
            }

            return null;
        }

        /// <summary>True when a statement from <paramref name="first"/> to <paramref name="last"/> (siblings, in order) holds a parse error.</summary>
        private static bool StatementsHaveErrors(SyntaxNode first, SyntaxNode last)
        {
            for (SyntaxNode? statement = first; statement is not null && statement.SpanStart <= last.SpanStart; statement = ChildOf(first.Parent!, TokenNavigation.Next(statement.GetLastToken())))
            {
                if (SyntaxErrors.In(statement))
                {
                    return true;
                }

                if (statement == last)
                {
                    break;
                }
            }

            return false;
        }

        private static LaunchEdit Delete(SyntaxTree tree, TextSpan? span) =>
            span is { } known ? new LaunchEdit(LaunchEditKind.DeleteText, Location.Create(tree, known)) : LaunchEdit.None;
    }
}
