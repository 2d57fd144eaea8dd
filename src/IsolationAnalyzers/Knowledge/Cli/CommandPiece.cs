namespace IsolationAnalyzers.Knowledge.Cli
{
    /// <summary>
    /// A piece of a command line as the C# code builds it: constant text, or a value unknown at compile time.
    /// <see cref="Source"/> is the caller's id for where the piece came from (a literal, an interpolation, …).
    /// </summary>
    internal readonly struct CommandPiece
    {
        private readonly byte _kind; // 0 constant, 1 hole, 2 splice

        private CommandPiece(string? text, byte kind, int source)
        {
            Text = text;
            _kind = kind;
            Source = source;
        }

        /// <summary>Constant value characters (C# escapes already decoded). A null text is read as empty.</summary>
        public static CommandPiece Constant(string text, int source) => new CommandPiece(text ?? string.Empty, 0, source);

        /// <summary>An unknown value that is part of one token (an interpolation hole, a parameter).</summary>
        public static CommandPiece Hole(int source) => new CommandPiece(null, 1, source);

        /// <summary>An unknown number of whole tokens (a spread, <c>AddRange(list)</c>).</summary>
        public static CommandPiece Splice(int source) => new CommandPiece(null, 2, source);

        /// <summary>The constant text; null for holes and splices.</summary>
        public string? Text { get; }

        public bool IsHole => _kind == 1;

        public bool IsSplice => _kind == 2;

        public int Source { get; }

        public override string ToString() => IsHole ? "{hole}" : IsSplice ? "{..splice}" : Text ?? string.Empty;
    }
}
