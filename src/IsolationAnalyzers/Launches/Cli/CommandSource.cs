using System.Collections.Generic;
using IsolationAnalyzers.Knowledge.Cli;
using Microsoft.CodeAnalysis;

namespace IsolationAnalyzers.Launches.Cli
{
    /// <summary>Where one piece of a command line is written, and how a fix can edit around it.</summary>
    internal sealed class PieceOrigin
    {
        public PieceOrigin(SyntaxNode holder, SyntaxToken literal = default, int valueStart = 0)
        {
            Holder = holder;
            Literal = literal;
            ValueStart = valueStart;
        }

        /// <summary>The expression a diagnostic about this piece is reported on (literal, element, Add argument).</summary>
        public SyntaxNode Holder { get; }

        /// <summary>The literal (or interpolated text) token whose characters hold the piece; default when none.</summary>
        public SyntaxToken Literal { get; }

        /// <summary>Offset of the piece's first character in the literal's value.</summary>
        public int ValueStart { get; }

        /// <summary>For list elements: how to add a new element right after this one.</summary>
        public LaunchEdit InsertAfter { get; set; }

        /// <summary>
        /// For a piece that is a whole expression with a known value which is not a literal (a constant, a member): its
        /// text. A flag's value that is exactly this text is reported on the expression, and a fix replaces it.
        /// </summary>
        public string? ConstantText { get; set; }

        /// <summary>
        /// For a <see cref="ConstantText"/> piece that is not written at <see cref="Holder"/> (an optional parameter's
        /// default, which the call omits): the edit that sets the value instead of replacing the holder.
        /// </summary>
        public LaunchEdit? ValueEdit { get; set; }

        /// <summary>For an unknown piece: the parameter of the enclosing method its value flows from (trust, rules.md §4).</summary>
        public IParameterSymbol? Parameter { get; set; }

        public bool HasLiteral => Literal.RawKind != 0;
    }

    /// <summary>
    /// A command line as the C# code builds it: either one string (split like a shell would) or a list of
    /// arguments (one token each), with the origin of every piece.
    /// </summary>
    internal sealed class CommandSource
    {
        public CommandSource(bool isList)
        {
            IsList = isList;
        }

        public bool IsList { get; }

        /// <summary>String mode: the pieces of the one command string.</summary>
        public List<CommandPiece> Pieces { get; } = new List<CommandPiece>();

        /// <summary>List mode: the pieces of each argument.</summary>
        public List<IReadOnlyList<CommandPiece>> Elements { get; } = new List<IReadOnlyList<CommandPiece>>();

        public List<PieceOrigin> Origins { get; } = new List<PieceOrigin>();

        public int Add(PieceOrigin origin)
        {
            Origins.Add(origin);
            return Origins.Count - 1;
        }

        public List<CommandToken> Tokenize() =>
            IsList ? ShellTokenizer.FromElements(Elements) : ShellTokenizer.SplitCommandLine(Pieces);
    }
}
