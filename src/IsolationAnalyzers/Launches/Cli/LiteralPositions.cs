using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace IsolationAnalyzers.Launches.Cli
{
    /// <summary>
    /// Maps an offset in a string literal's value to a position in the source, through C# escapes, verbatim
    /// quotes, interpolation braces and raw-string indentation, so a fix can edit the characters of one
    /// command-line token inside a literal. A literal is scanned once into a table of positions (one entry per value
    /// offset), kept for the last literal mapped on the thread: a command line with thousands of options in one
    /// literal maps each of them in constant time, not by rescanning the literal from its start.
    /// </summary>
    internal static class LiteralPositions
    {
        private enum Mode
        {
            None,
            Regular,
            Verbatim,
            InterpolatedRegular,
            InterpolatedVerbatim,
            Identity,
            SingleLineRaw,
            MultiLineRaw,
        }

        // The last table built on this thread, by token text and mode (strings only: no syntax tree is kept alive).
        [ThreadStatic]
        private static string? cachedText;

        [ThreadStatic]
        private static Mode cachedMode;

        [ThreadStatic]
        private static int[]? cachedTable;

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

            var mode = ModeOf(token);
            if (mode == Mode.None)
            {
                return -1;
            }

            var text = token.Text;
            var table = cachedTable;
            if (table is null || cachedMode != mode || !ReferenceEquals(cachedText, text) && !string.Equals(cachedText, text, StringComparison.Ordinal))
            {
                table = Build(text, mode);
                cachedText = text;
                cachedMode = mode;
                cachedTable = table;
            }

            return offset < table.Length && table[offset] >= 0 ? token.SpanStart + table[offset] : -1;
        }

        private static Mode ModeOf(SyntaxToken token)
        {
            switch (token.Kind())
            {
                case SyntaxKind.StringLiteralToken:
                    return token.Text.StartsWith("@", StringComparison.Ordinal) ? Mode.Verbatim : Mode.Regular;

                case SyntaxKind.SingleLineRawStringLiteralToken:
                    return Mode.SingleLineRaw;

                case SyntaxKind.MultiLineRawStringLiteralToken:
                    return Mode.MultiLineRaw;

                case SyntaxKind.InterpolatedStringTextToken:
                    if (token.Parent?.Parent is not InterpolatedStringExpressionSyntax interpolated || SyntaxErrors.In(interpolated))
                    {
                        return Mode.None;
                    }

                    return interpolated.StringStartToken.Kind() switch
                    {
                        SyntaxKind.InterpolatedStringStartToken => Mode.InterpolatedRegular,
                        SyntaxKind.InterpolatedVerbatimStringStartToken => Mode.InterpolatedVerbatim,
                        SyntaxKind.InterpolatedSingleLineRawStringStartToken => Mode.Identity,

                        // Multi-line raw interpolated strings strip indentation per line: not mapped (no edit offered).
                        _ => Mode.None,
                    };

                default:
                    return Mode.None;
            }
        }

        /// <summary>For each value offset 0 … value length, its position in <paramref name="text"/>, or -1 when none maps to it.</summary>
        private static int[] Build(string text, Mode mode)
        {
            switch (mode)
            {
                case Mode.Regular:
                    return Scan(text, 1, text.Length - 1, verbatim: false, braces: false);
                case Mode.Verbatim:
                    return Scan(text, 2, text.Length - 1, verbatim: true, braces: false);
                case Mode.InterpolatedRegular:
                    return Scan(text, 0, text.Length, verbatim: false, braces: true);
                case Mode.InterpolatedVerbatim:
                    return Scan(text, 0, text.Length, verbatim: true, braces: true);
                case Mode.Identity:
                    return Range(0, text.Length);
                case Mode.SingleLineRaw:
                {
                    var quotes = CountQuotes(text);
                    return Range(quotes, text.Length - quotes);
                }

                default:
                    return MultiLineRaw(text);
            }
        }

        private static int[] Range(int start, int end)
        {
            var table = new int[Math.Max(0, end - start) + 1];
            for (var i = 0; i < table.Length; i++)
            {
                table[i] = start + i;
            }

            return table;
        }

        /// <summary>Walks source characters from <paramref name="start"/> to <paramref name="end"/>, decoding the value.</summary>
        private static int[] Scan(string text, int start, int end, bool verbatim, bool braces)
        {
            var table = new List<int>(Math.Max(0, end - start) + 1);
            var i = start;
            while (true)
            {
                table.Add(i);
                if (i >= end)
                {
                    break;
                }

                var c = text[i];
                if (braces && (c == '{' || c == '}') && i + 1 < end && text[i + 1] == c)
                {
                    i += 2;
                }
                else if (verbatim && c == '"' && i + 1 < end && text[i + 1] == '"')
                {
                    i += 2;
                }
                else if (!verbatim && c == '\\' && i + 1 < end)
                {
                    var (length, chars) = Escape(text, i + 1, end);
                    i += 1 + length;

                    // The second half of a surrogate pair written as one escape: no position maps to it.
                    for (var extra = 1; extra < chars; extra++)
                    {
                        table.Add(-1);
                    }

                    if (i > end)
                    {
                        break;
                    }
                }
                else
                {
                    i++;
                }
            }

            return table.ToArray();
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
        /// delimiter's indentation, joined by the source's own line breaks. A line's end maps to the end of its
        /// content; the characters inside a two-character line break map to nothing.
        /// </summary>
        private static int[] MultiLineRaw(string text)
        {
            var table = new List<int>();
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
                return Array.Empty<int>();
            }

            while (lineStart < closingLineStart)
            {
                var lineEnd = text.IndexOf('\n', lineStart);
                var contentEnd = lineEnd > 0 && text[lineEnd - 1] == '\r' ? lineEnd - 1 : lineEnd;
                var contentStart = Math.Min(lineStart + indentation, contentEnd);
                for (var position = contentStart; position <= contentEnd; position++)
                {
                    table.Add(position);
                }

                if (lineEnd + 1 >= closingLineStart)
                {
                    break;
                }

                // The line break belongs to the value: its first character is at contentEnd (above), the rest map to nothing.
                for (var extra = contentEnd + 1; extra <= lineEnd; extra++)
                {
                    table.Add(-1);
                }

                lineStart = lineEnd + 1;
            }

            return table.ToArray();
        }
    }
}
