namespace IsolationAnalyzers.Knowledge.Cli
{
    /// <summary>One option of a parsed docker command line.</summary>
    internal readonly struct CommandOption
    {
        public CommandOption(string name, int flagTokenIndex, int valueTokenIndex, int valueOffset, string? value, bool valueIsUnknown)
        {
            Name = name;
            FlagTokenIndex = flagTokenIndex;
            ValueTokenIndex = valueTokenIndex;
            ValueOffset = valueOffset;
            Value = value;
            ValueIsUnknown = valueIsUnknown;
        }

        /// <summary>
        /// Canonical long name without dashes (<c>-m</c> gives <c>memory</c>; the hidden aliases <c>--net</c>,
        /// <c>--net-alias</c>, <c>--dns-opt</c> give <c>network</c>, <c>network-alias</c>, <c>dns-option</c>). A flag
        /// not in the table keeps the name as written (a single character for an unknown shorthand).
        /// </summary>
        public string Name { get; }

        /// <summary>Index of the token holding the flag.</summary>
        public int FlagTokenIndex { get; }

        /// <summary>
        /// Token holding the value: the flag's own token for <c>--flag=value</c> / <c>-mVALUE</c> / <c>-m=VALUE</c>
        /// (also for a boolean written <c>--rm=false</c>), the next token for <c>--flag value</c>; -1 for a boolean
        /// flag without <c>=</c> or a missing value.
        /// </summary>
        public int ValueTokenIndex { get; }

        /// <summary>Offset in that token's <see cref="CommandToken.Text"/> where the value begins.</summary>
        public int ValueOffset { get; }

        /// <summary>The value when known; null when unknown or absent.</summary>
        public string? Value { get; }

        /// <summary>The value contains a hole (or is a splice).</summary>
        public bool ValueIsUnknown { get; }

        public bool HasValue => ValueTokenIndex >= 0;

        public override string ToString() => ValueIsUnknown ? Name + "={?}" : Value == null ? Name : Name + "=" + Value;
    }
}
