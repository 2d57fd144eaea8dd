namespace IsolationAnalyzers.Knowledge.Cli
{
    /// <summary>One argv element of a command line, as far as it is known at compile time.</summary>
    internal sealed class CommandToken
    {
        internal CommandToken(
            string text,
            bool hasHole,
            bool isSplice,
            int startSource,
            int startOffset,
            int endSource,
            int endOffset,
            bool isPlain,
            string constantPrefix,
            string constantSuffix)
        {
            Text = text;
            HasHole = hasHole;
            IsSplice = isSplice;
            StartSource = startSource;
            StartOffset = startOffset;
            EndSource = endSource;
            EndOffset = endOffset;
            IsPlain = isPlain;
            ConstantPrefix = constantPrefix;
            ConstantSuffix = constantSuffix;
        }

        /// <summary>Shell-unquoted text of the constant parts (holes contribute nothing).</summary>
        public string Text { get; }

        /// <summary>Some part of the token is unknown.</summary>
        public bool HasHole { get; }

        /// <summary>The token stands for 0..n unknown tokens (a whole-token hole or a splice).</summary>
        public bool IsSplice { get; }

        public bool IsUnknown => HasHole || IsSplice;

        /// <summary>Source id of the piece holding the first raw character (an opening quote included).</summary>
        public int StartSource { get; }

        /// <summary>Offset of the first raw character in that piece's text (0 when the token starts with a hole).</summary>
        public int StartOffset { get; }

        /// <summary>Source id of the piece holding the last raw character.</summary>
        public int EndSource { get; }

        /// <summary>One past the last raw character in that piece's text (0 when the token ends with a hole).</summary>
        public int EndOffset { get; }

        /// <summary>The raw characters equal <see cref="Text"/> exactly and lie in one piece: safe to edit by offset.</summary>
        public bool IsPlain { get; }

        /// <summary>The unquoted text before the first hole (all of <see cref="Text"/> when there is no hole).</summary>
        public string ConstantPrefix { get; }

        /// <summary>The unquoted text after the last hole (all of <see cref="Text"/> when there is no hole).</summary>
        public string ConstantSuffix { get; }

        public override string ToString() => IsSplice ? "{..}" : HasHole ? Text + "{?}" : Text;
    }
}
