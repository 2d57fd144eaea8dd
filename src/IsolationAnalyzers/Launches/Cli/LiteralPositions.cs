using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace IsolationAnalyzers.Launches.Cli
{
    /// <summary>
    /// Maps an offset in a string literal's value to a position in the source, through C# escapes, verbatim
    /// quotes, interpolation braces and raw-string indentation, so a fix can edit the characters of one
    /// command-line token inside a literal.
    /// </summary>
    internal static class LiteralPositions
    {
        /// <summary>
        /// The source position of value offset <paramref name="offset"/> (may equal the value's length), or -1. A
        /// literal with a parse error (unterminated, a bad escape, an unclosed interpolation) maps nothing: the scan
        /// assumes the delimiters are where the language puts them.
        /// </summary>
        public static int Map(SyntaxToken token, int offset)
        {
            if (offset < 0 || SyntaxErrors.In(token))
            {
                return -1;
            }

            var text = token.Text;
            switch (token.Kind())
            {
                case SyntaxKind.StringLiteralToken:
                    return text.StartsWith("@", System.StringComparison.Ordinal)
                        ? Scan(text, 2, text.Length - 1, offset, verbatim: true, braces: false, token.SpanStart)
                        : Scan(text, 1, text.Length - 1, offset, verbatim: false, braces: false, token.SpanStart);

                case SyntaxKind.SingleLineRawStringLiteralToken:
                {
                    var quotes = CountQuotes(text);
                    return quotes + offset <= text.Length - quotes ? token.SpanStart + quotes + offset : -1;
                }

                case SyntaxKind.MultiLineRawStringLiteralToken:
                    return MapMultiLineRaw(text, offset, token.SpanStart);

                case SyntaxKind.InterpolatedStringTextToken:
                    return MapInterpolatedText(token, offset);

                default:
                    return -1;
            }
        }

        private static int MapInterpolatedText(SyntaxToken token, int offset)
        {
            if (token.Parent?.Parent is not InterpolatedStringExpressionSyntax interpolated || SyntaxErrors.In(interpolated))
            {
                return -1;
            }

            var text = token.Text;
            switch (interpolated.StringStartToken.Kind())
            {
                case SyntaxKind.InterpolatedStringStartToken:
                    return Scan(text, 0, text.Length, offset, verbatim: false, braces: true, token.SpanStart);
                case SyntaxKind.InterpolatedVerbatimStringStartToken:
                    return Scan(text, 0, text.Length, offset, verbatim: true, braces: true, token.SpanStart);
                case SyntaxKind.InterpolatedSingleLineRawStringStartToken:
                    return offset <= text.Length ? token.SpanStart + offset : -1;
                default:
                    // Multi-line raw interpolated strings strip indentation per line: not mapped (no edit offered).
                    return -1;
            }
        }

        /// <summary>Walks source characters from <paramref name="start"/>, counting decoded value characters.</summary>
        private static int Scan(string text, int start, int end, int offset, bool verbatim, bool braces, int spanStart)
        {
            var i = start;
            var value = 0;
            while (value < offset)
            {
                if (i >= end)
                {
                    return -1;
                }

                var c = text[i];
                if (braces && (c == '{' || c == '}') && i + 1 < end && text[i + 1] == c)
                {
                    i += 2;
                    value++;
                }
                else if (verbatim && c == '"' && i + 1 < end && text[i + 1] == '"')
                {
                    i += 2;
                    value++;
                }
                else if (!verbatim && c == '\\' && i + 1 < end)
                {
                    var (length, chars) = Escape(text, i + 1, end);
                    i += 1 + length;
                    value += chars;
                    if (value > offset)
                    {
                        // The offset falls inside a surrogate pair: no position maps to it.
                        return -1;
                    }
                }
                else
                {
                    i++;
                    value++;
                }
            }

            return i <= end ? spanStart + i : -1;
        }

        /// <summary>The source length after the backslash and the number of UTF-16 characters it decodes to.</summary>
        private static (int Length, int Chars) Escape(string text, int i, int end)
        {
            switch (text[i])
            {
                case 'u':
                    return (5, 1);
                case 'U':
                    return (9, 2);
                case 'x':
                {
                    var length = 1;
                    while (length < 5 && i + length < end && IsHex(text[i + length]))
                    {
                        length++;
                    }

                    return (length, 1);
                }

                default:
                    return (1, 1);
            }
        }

        private static bool IsHex(char c) => (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');

        private static int CountQuotes(string text)
        {
            var count = 0;
            while (count < text.Length && text[count] == '"')
            {
                count++;
            }

            return count;
        }

        /// <summary>
        /// A multi-line raw literal's value is its lines between the delimiter lines, each without the closing
        /// delimiter's indentation, joined by the source's own line breaks.
        /// </summary>
        private static int MapMultiLineRaw(string text, int offset, int spanStart)
        {
            var closingLineStart = text.LastIndexOf('\n') + 1;
            var indentation = 0;
            while (closingLineStart + indentation < text.Length && (text[closingLineStart + indentation] == ' ' || text[closingLineStart + indentation] == '\t'))
            {
                indentation++;
            }

            // Content starts on the line after the opening delimiter.
            var lineStart = text.IndexOf('\n') + 1;
            if (lineStart <= 0)
            {
                return -1;
            }

            var value = 0;
            while (lineStart < closingLineStart)
            {
                var lineEnd = text.IndexOf('\n', lineStart);
                var contentEnd = lineEnd > 0 && text[lineEnd - 1] == '\r' ? lineEnd - 1 : lineEnd;
                var contentStart = System.Math.Min(lineStart + indentation, contentEnd);
                var length = contentEnd - contentStart;
                if (offset <= value + length)
                {
                    return spanStart + contentStart + (offset - value);
                }

                value += length;
                var isLastContentLine = lineEnd + 1 >= closingLineStart;
                if (isLastContentLine)
                {
                    return -1;
                }

                // The line break belongs to the value.
                var breakLength = lineEnd - contentEnd + 1;
                if (offset < value + breakLength)
                {
                    return -1;
                }

                value += breakLength;
                lineStart = lineEnd + 1;
            }

            return -1;
        }
    }
}
