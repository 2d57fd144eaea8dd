using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace IsolationAnalyzers.Launches
{
    /// <summary>
    /// The tokens next to a token, found by position. Roslyn's <c>GetNextToken</c> and <c>GetPreviousToken</c> look
    /// for the token's place among its parent's children from the first child on: in a list of 100,000 elements that
    /// is a walk of the list for each call. <c>FindToken</c> descends by position (long lists keep their children's
    /// offsets), so a neighbour costs the depth of the tree. Same results: zero-width (missing) tokens are skipped,
    /// and there is no token (default) before the first one or after the last one.
    /// </summary>
    internal static class TokenNavigation
    {
        public static SyntaxToken Next(SyntaxToken token)
        {
            if (token.SyntaxTree is not { } tree)
            {
                return token.GetNextToken();
            }

            var root = tree.GetRoot();
            var end = token.FullSpan.End;
            if (end >= root.FullSpan.End)
            {
                return default;
            }

            var next = root.FindToken(end);
            return next.IsKind(SyntaxKind.EndOfFileToken) ? default : next;
        }

        public static SyntaxToken Previous(SyntaxToken token)
        {
            if (token.SyntaxTree is not { } tree)
            {
                return token.GetPreviousToken();
            }

            var start = token.FullSpan.Start;
            return start == 0 ? default : tree.GetRoot().FindToken(start - 1);
        }
    }
}
