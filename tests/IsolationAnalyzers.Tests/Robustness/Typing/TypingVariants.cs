using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace IsolationAnalyzers.Tests.Robustness.Typing
{
    /// <summary>How a typing variant differs from the file it comes from.</summary>
    internal enum TypingEdit
    {
        /// <summary>The file cut right after a token: what is on screen while the rest is not typed yet.</summary>
        Prefix,

        /// <summary>The file without one token: a word deleted, or not typed yet, in the middle.</summary>
        Deletion,

        /// <summary>The file with one more token at a token boundary: a brace, quote or comma typed ahead.</summary>
        Insertion,
    }

    /// <summary>
    /// Every half-typed version of one C# text the typing simulation checks, addressed by index (nothing is built
    /// until asked for): the prefix ending after each token, the text without each token, and the text with each of
    /// <see cref="InsertedTokens"/> inserted at each token boundary (before the first token and after every token).
    /// With N tokens that is N + N + 10 × (N + 1) variants. The order, and the deterministic sample
    /// <see cref="Sample"/> draws from it, depend only on the text.
    /// </summary>
    /// <remarks>Shared with tools/RealWorldRunner (linked source): it depends on Roslyn only.</remarks>
    internal sealed class TypingVariants
    {
        /// <summary>The tokens a user types ahead of the code that completes them (the brief's list).</summary>
        public static readonly IReadOnlyList<string> InsertedTokens = new[] { ",", "(", ")", "{", "}", "\"", ";", "=", ".", "$\"" };

        private readonly TextSpan[] tokens;

        public TypingVariants(string text, CSharpParseOptions options)
        {
            Text = text;
            tokens = CSharpSyntaxTree.ParseText(text, options).GetRoot()
                .DescendantTokens()
                .Where(t => !t.IsMissing && t.Span.Length > 0)
                .Select(t => t.Span)
                .ToArray();
        }

        public string Text { get; }

        /// <summary>The number of tokens the variants are built from (end of file excluded).</summary>
        public int TokenCount => tokens.Length;

        public int PrefixCount => tokens.Length;

        public int DeletionCount => tokens.Length;

        public int InsertionCount => tokens.Length == 0 ? 0 : InsertedTokens.Count * (tokens.Length + 1);

        public int Count => PrefixCount + DeletionCount + InsertionCount;

        public TypingEdit KindOf(int index) =>
            index < PrefixCount ? TypingEdit.Prefix
            : index < PrefixCount + DeletionCount ? TypingEdit.Deletion
            : TypingEdit.Insertion;

        /// <summary>The text of variant <paramref name="index"/> (0 ≤ index &lt; <see cref="Count"/>).</summary>
        public string this[int index]
        {
            get
            {
                var (kind, position, token) = Decode(index);
                return kind switch
                {
                    TypingEdit.Prefix => Text.Substring(0, position),
                    TypingEdit.Deletion => Text.Remove(tokens[token].Start, tokens[token].Length),
                    _ => Text.Insert(position, InsertedTokens[token]),
                };
            }
        }

        /// <summary>A short description for failure messages: what changed, where (line:column, 1-based).</summary>
        public string Describe(int index)
        {
            var (kind, position, token) = Decode(index);
            var at = LineColumn(kind == TypingEdit.Deletion ? tokens[token].Start : position);
            return kind switch
            {
                TypingEdit.Prefix => "prefix ending at " + at,
                TypingEdit.Deletion => "'" + Text.Substring(tokens[token].Start, Math.Min(tokens[token].Length, 40)) + "' deleted at " + at,
                _ => "'" + InsertedTokens[token] + "' inserted at " + at,
            };
        }

        /// <summary>
        /// At most <paramref name="count"/> variant indices, in increasing order, spread over the three kinds in equal
        /// parts (a kind with fewer variants gives its share to the others). Within a kind the indices are picked by a
        /// stable hash of <paramref name="seed"/> and the index, so the sample is the same on every run and machine.
        /// </summary>
        public IReadOnlyList<int> Sample(int count, string seed)
        {
            if (count >= Count)
            {
                return Enumerable.Range(0, Count).ToArray();
            }

            var ranges = new[] { (Start: 0, Length: PrefixCount), (Start: PrefixCount, Length: DeletionCount), (Start: PrefixCount + DeletionCount, Length: InsertionCount) };
            var shares = new int[ranges.Length];
            var left = count;
            var open = ranges.Count(r => r.Length > 0);
            foreach (var i in Enumerable.Range(0, ranges.Length).OrderBy(i => ranges[i].Length))
            {
                if (ranges[i].Length == 0)
                {
                    continue;
                }

                shares[i] = Math.Min(ranges[i].Length, left / open);
                left -= shares[i];
                open--;
            }

            var seedHash = StableHash.Of(seed);
            var picked = new List<int>(count);
            for (var r = 0; r < ranges.Length; r++)
            {
                var (start, length) = ranges[r];
                picked.AddRange(Enumerable.Range(start, length)
                    .OrderBy(index => StableHash.Mix(seedHash, (ulong)index))
                    .ThenBy(index => index)
                    .Take(shares[r]));
            }

            picked.Sort();
            return picked;
        }

        /// <summary>(kind, text position, token index or inserted-token index) of a variant.</summary>
        private (TypingEdit Kind, int Position, int Token) Decode(int index)
        {
            if (index < 0 || index >= Count)
            {
                throw new ArgumentOutOfRangeException(nameof(index));
            }

            if (index < PrefixCount)
            {
                return (TypingEdit.Prefix, tokens[index].End, index);
            }

            index -= PrefixCount;
            if (index < DeletionCount)
            {
                return (TypingEdit.Deletion, tokens[index].Start, index);
            }

            index -= DeletionCount;
            var boundary = index / InsertedTokens.Count;
            var inserted = index % InsertedTokens.Count;
            var position = boundary == 0 ? tokens[0].Start : tokens[boundary - 1].End;
            return (TypingEdit.Insertion, position, inserted);
        }

        private string LineColumn(int position)
        {
            int line = 1, column = 1;
            for (var i = 0; i < position && i < Text.Length; i++)
            {
                if (Text[i] == '\n')
                {
                    line++;
                    column = 1;
                }
                else
                {
                    column++;
                }
            }

            return line + ":" + column;
        }
    }

    /// <summary>FNV-1a and a 64-bit mixer: the same values on every run, platform and runtime (unlike string.GetHashCode).</summary>
    internal static class StableHash
    {
        public static ulong Of(string text)
        {
            var hash = 14695981039346656037UL;
            foreach (var c in text)
            {
                hash = (hash ^ c) * 1099511628211UL;
            }

            return hash;
        }

        public static ulong Mix(ulong seed, ulong value)
        {
            var z = seed + ((value + 1) * 0x9E3779B97F4A7C15UL);
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }
}
