using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace IsolationAnalyzers.Launches
{
    /// <summary>
    /// Whether the parser found an error in a piece of syntax: a missing token, skipped text, an unterminated
    /// literal. Half-typed code is normal, and its launches are still recognized and judged; but an edit that would
    /// touch erroneous syntax is not offered. Its spans are the parser's guesses (a missing token has an empty span
    /// wherever recovery put it), and the fixed code could get errors it did not have.
    /// </summary>
    internal static class SyntaxErrors
    {
        /// <summary>True when the node (tokens and trivia) holds a parse error, or there is no node.</summary>
        public static bool In(SyntaxNode? node) => node is null || (node.ContainsDiagnostics && HasError(node.GetDiagnostics()));

        /// <summary>True when the token is missing or holds a parse error (its trivia included).</summary>
        public static bool In(SyntaxToken token) =>
            token.RawKind == 0 || token.IsMissing || (token.ContainsDiagnostics && HasError(token.GetDiagnostics()));

        /// <summary>
        /// True when the innermost node that holds <paramref name="location"/> holds a parse error, or lies in a hole of an
        /// interpolated string that holds one: a `$"` typed in front of code takes the literals after it into the string's
        /// holes, and rewriting one of them parses the rest differently.
        /// </summary>
        public static bool At(Location location)
        {
            if (location.SourceTree is not { } tree || location.SourceSpan.End > tree.Length)
            {
                return true;
            }

            // A file the parser found nothing wrong in (almost every file of a build) needs no look at the node: no node
            // of it, nor any interpolated string around one, holds a diagnostic.
            var root = tree.GetRoot();
            if (!root.ContainsDiagnostics)
            {
                return false;
            }

            var node = root.FindNode(location.SourceSpan, getInnermostNodeForTie: true);
            return In(node) || InBrokenInterpolation(node);
        }

        private static bool InBrokenInterpolation(SyntaxNode node)
        {
            for (var current = node.Parent; current is not null; current = current.Parent)
            {
                if (current.IsKind(SyntaxKind.InterpolatedStringExpression) && In(current))
                {
                    return true;
                }

                if (current is StatementSyntax or MemberDeclarationSyntax)
                {
                    return false;
                }
            }

            return false;
        }

        /// <summary><paramref name="edit"/>, or no edit when <paramref name="touched"/> holds a parse error.</summary>
        public static LaunchEdit Unless(SyntaxNode? touched, LaunchEdit edit) => In(touched) ? LaunchEdit.None : edit;

        /// <summary>The span from <paramref name="start"/> to <paramref name="end"/>, or null when they are out of order.</summary>
        public static TextSpan? Span(int start, int end) => start >= 0 && end >= start ? TextSpan.FromBounds(start, end) : (TextSpan?)null;

        private static bool HasError(IEnumerable<Diagnostic> diagnostics)
        {
            foreach (var diagnostic in diagnostics)
            {
                if (diagnostic.Severity == DiagnosticSeverity.Error)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
