using Microsoft.CodeAnalysis;

namespace IsolationAnalyzers.Candidates
{
    /// <summary>
    /// Finds the tokens at ascending positions of one tree: each search starts from the nearest ancestor of the last
    /// token found that holds the next position, not from the root. Words of one file stand close together (several in a
    /// member, a statement), so most searches climb a few parents and descend a few levels; the result is what
    /// <c>root.FindToken(position)</c> gives (the path from the root to a token passes through every node that holds
    /// its position).
    /// </summary>
    internal struct TokenCursor
    {
        private readonly SyntaxNode root;
        private SyntaxNode? last;

        public TokenCursor(SyntaxNode root)
        {
            this.root = root;
            last = null;
        }

        /// <summary>The token whose full span holds <paramref name="position"/> (outside trivia), as <c>root.FindToken</c>.</summary>
        public SyntaxToken Find(int position)
        {
            var node = last;
            while (node is not null && !node.FullSpan.Contains(position))
            {
                node = node.Parent;
            }

            var token = (node ?? root).FindToken(position);
            last = token.Parent;
            return token;
        }
    }
}
