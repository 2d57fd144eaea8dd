using System.Collections.Generic;
using System.Text;

namespace IsolationAnalyzers.Knowledge.Cli
{
    /// <summary>
    /// Splits command lines built in C# into argv tokens. One pass over the characters (linear time, no recursion),
    /// never throws.
    /// </summary>
    internal static class ShellTokenizer
    {
        /// <summary>
        /// String mode: POSIX-shell-like splitting. Space, tab, CR and LF separate tokens; single quotes group
        /// literally; double quotes group, with a backslash escaping <c>" \ $ `</c> and newline; outside quotes a
        /// backslash escapes whitespace, quotes, <c>\ $ `</c> and newline (line continuation) and stays literal before
        /// any other character, so Windows paths such as <c>C:\app</c> survive. Quotes are removed. A hole touching
        /// other characters of a token (or inside quotes) makes that token <see cref="CommandToken.HasHole"/>; holes
        /// standing alone between whitespace become an <see cref="CommandToken.IsSplice"/> token; a splice piece is
        /// always its own splice token. An unterminated quote runs to the end of the input.
        /// </summary>
        public static List<CommandToken> SplitCommandLine(IReadOnlyList<CommandPiece> pieces)
        {
            var result = new List<CommandToken>();
            if (pieces == null)
            {
                return result;
            }

            var b = new Builder(result);
            var mode = Mode.Normal;

            // A backslash waiting for the character it applies to (it may sit at the end of a piece).
            var escapePending = false;
            var escapePiece = 0;
            var escapeSource = 0;
            var escapeOffset = 0;

            // After a backslash + CR line continuation, an LF right after is swallowed too.
            var swallowLf = false;

            for (var p = 0; p < pieces.Count; p++)
            {
                var piece = pieces[p];
                if (piece.IsHole || piece.IsSplice)
                {
                    swallowLf = false;
                    if (escapePending)
                    {
                        escapePending = false;
                        b.Begin(escapePiece, escapeSource, escapeOffset);
                        b.Append('\\');
                        b.Extend(escapePiece, escapeSource, escapeOffset + 1);
                    }

                    if (piece.IsSplice)
                    {
                        b.Finish();
                        mode = Mode.Normal;
                        b.AddSplice(piece.Source);
                    }
                    else
                    {
                        b.Begin(p, piece.Source, 0);
                        b.AddHole(p, piece.Source);
                    }

                    continue;
                }

                var text = piece.Text ?? string.Empty;
                var source = piece.Source;
                for (var k = 0; k < text.Length; k++)
                {
                    var c = text[k];
                    if (swallowLf)
                    {
                        swallowLf = false;
                        if (c == '\n')
                        {
                            continue;
                        }
                    }

                    if (escapePending)
                    {
                        escapePending = false;
                        if (c == '\n' || c == '\r')
                        {
                            // Line continuation: both characters vanish.
                            swallowLf = c == '\r';
                            b.MarkNotPlain();
                            continue;
                        }

                        b.Begin(escapePiece, escapeSource, escapeOffset);
                        if (mode == Mode.Double ? IsDoubleQuoteEscapable(c) : IsEscapable(c))
                        {
                            b.MarkNotPlain();
                            b.Append(c);
                        }
                        else
                        {
                            b.Append('\\');
                            b.Append(c);
                        }

                        b.Extend(p, source, k + 1);
                        continue;
                    }

                    switch (mode)
                    {
                        case Mode.Single:
                            if (c == '\'')
                            {
                                mode = Mode.Normal;
                            }
                            else
                            {
                                b.Append(c);
                            }

                            b.Extend(p, source, k + 1);
                            break;

                        case Mode.Double:
                            if (c == '"')
                            {
                                mode = Mode.Normal;
                                b.Extend(p, source, k + 1);
                            }
                            else if (c == '\\')
                            {
                                escapePending = true;
                                escapePiece = p;
                                escapeSource = source;
                                escapeOffset = k;
                            }
                            else
                            {
                                b.Append(c);
                                b.Extend(p, source, k + 1);
                            }

                            break;

                        default:
                            if (IsWhitespace(c))
                            {
                                b.Finish();
                            }
                            else if (c == '\'' || c == '"')
                            {
                                b.Begin(p, source, k);
                                b.MarkQuoted();
                                mode = c == '\'' ? Mode.Single : Mode.Double;
                                b.Extend(p, source, k + 1);
                            }
                            else if (c == '\\')
                            {
                                escapePending = true;
                                escapePiece = p;
                                escapeSource = source;
                                escapeOffset = k;
                            }
                            else
                            {
                                b.Begin(p, source, k);
                                b.Append(c);
                                b.Extend(p, source, k + 1);
                            }

                            break;
                    }
                }
            }

            if (escapePending)
            {
                b.Begin(escapePiece, escapeSource, escapeOffset);
                b.Append('\\');
                b.Extend(escapePiece, escapeSource, escapeOffset + 1);
            }

            b.Finish();
            return result;
        }

        /// <summary>
        /// List mode (argv arrays, <c>ArgumentList.Add</c>, <c>List&lt;string&gt;</c>): each element is exactly one
        /// token, without splitting or unquoting. An element that is a single splice piece is a splice token; an
        /// element with a hole (or a splice among other pieces) has a hole.
        /// </summary>
        public static List<CommandToken> FromElements(IReadOnlyList<IReadOnlyList<CommandPiece>> elements)
        {
            var result = new List<CommandToken>();
            if (elements == null)
            {
                return result;
            }

            var sb = new StringBuilder();
            for (var e = 0; e < elements.Count; e++)
            {
                var pieces = elements[e];
                if (pieces == null || pieces.Count == 0)
                {
                    result.Add(new CommandToken(string.Empty, false, false, -1, 0, -1, 0, false, string.Empty, string.Empty));
                    continue;
                }

                if (pieces.Count == 1 && pieces[0].IsSplice)
                {
                    var s = pieces[0].Source;
                    result.Add(new CommandToken(string.Empty, false, true, s, 0, s, 0, false, string.Empty, string.Empty));
                    continue;
                }

                sb.Clear();
                var hasHole = false;
                var prefixLength = -1;
                var suffixStart = 0;
                for (var i = 0; i < pieces.Count; i++)
                {
                    var piece = pieces[i];
                    if (piece.IsHole || piece.IsSplice)
                    {
                        hasHole = true;
                        if (prefixLength < 0)
                        {
                            prefixLength = sb.Length;
                        }

                        suffixStart = sb.Length;
                    }
                    else
                    {
                        sb.Append(piece.Text);
                    }
                }

                var first = pieces[0];
                var last = pieces[pieces.Count - 1];
                var text = sb.ToString();
                var endOffset = last.IsHole || last.IsSplice ? 0 : (last.Text ?? string.Empty).Length;
                result.Add(new CommandToken(
                    text,
                    hasHole,
                    false,
                    first.Source,
                    0,
                    last.Source,
                    endOffset,
                    !hasHole && pieces.Count == 1,
                    hasHole ? text.Substring(0, prefixLength) : text,
                    hasHole ? text.Substring(suffixStart) : text));
            }

            return result;
        }

        private static bool IsWhitespace(char c) => c == ' ' || c == '\t' || c == '\r' || c == '\n';

        private static bool IsEscapable(char c) =>
            IsWhitespace(c) || c == '\'' || c == '"' || c == '\\' || c == '$' || c == '`';

        private static bool IsDoubleQuoteEscapable(char c) => c == '"' || c == '\\' || c == '$' || c == '`';

        private enum Mode
        {
            Normal,
            Single,
            Double,
        }

        /// <summary>The token being built.</summary>
        private sealed class Builder
        {
            private readonly List<CommandToken> _output;
            private readonly StringBuilder _text = new StringBuilder();
            private bool _active;
            private bool _hasHole;
            private bool _hasContent;
            private bool _plain;
            private int _startPiece;
            private int _startSource;
            private int _startOffset;
            private int _endPiece;
            private int _endSource;
            private int _endOffset;
            private int _prefixLength;
            private int _suffixStart;

            public Builder(List<CommandToken> output)
            {
                _output = output;
            }

            public void Begin(int piece, int source, int offset)
            {
                if (_active)
                {
                    return;
                }

                _active = true;
                _text.Clear();
                _hasHole = false;
                _hasContent = false;
                _plain = true;
                _startPiece = piece;
                _startSource = source;
                _startOffset = offset;
                _endPiece = piece;
                _endSource = source;
                _endOffset = offset;
                _prefixLength = -1;
                _suffixStart = 0;
            }

            public void Append(char c)
            {
                _text.Append(c);
                _hasContent = true;
            }

            public void Extend(int piece, int source, int endOffset)
            {
                _endPiece = piece;
                _endSource = source;
                _endOffset = endOffset;
            }

            public void MarkNotPlain()
            {
                _plain = false;
            }

            public void MarkQuoted()
            {
                _hasContent = true;
                _plain = false;
            }

            public void AddHole(int piece, int source)
            {
                _hasHole = true;
                _plain = false;
                if (_prefixLength < 0)
                {
                    _prefixLength = _text.Length;
                }

                _suffixStart = _text.Length;
                Extend(piece, source, 0);
            }

            public void AddSplice(int source)
            {
                _output.Add(new CommandToken(string.Empty, false, true, source, 0, source, 0, false, string.Empty, string.Empty));
            }

            public void Finish()
            {
                if (!_active)
                {
                    return;
                }

                _active = false;
                var text = _text.ToString();
                var isSplice = _hasHole && !_hasContent;
                var hasHole = _hasHole && !isSplice;
                _output.Add(new CommandToken(
                    text,
                    hasHole,
                    isSplice,
                    _startSource,
                    _startOffset,
                    _endSource,
                    _endOffset,
                    _plain && !_hasHole && _startPiece == _endPiece,
                    _hasHole ? text.Substring(0, _prefixLength) : text,
                    _hasHole ? text.Substring(_suffixStart) : text));
            }
        }
    }
}
