using System;
using System.Collections.Generic;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace IsolationAnalyzers.Candidates
{
    /// <summary>
    /// Finds, in one read of a text, every position where one of several words may start: each word is keyed by its
    /// first two characters, and a vector of text positions is compared with every key at once. The positions are
    /// candidates only (a superset: the low byte of each character is compared, and a case-insensitive word's letters
    /// in either case), which the caller checks. One read of the text in place of one search per word: the text of a
    /// file is read from memory once, not once per word (<see cref="TreeScan"/>, <see cref="IdentifierSearch"/>).
    /// </summary>
    internal sealed class StartFilter
    {
        /// <summary>Past this many distinct keys, comparing each vector with all of them costs more than it saves.</summary>
        internal const int MaxKeys = 24;

        private const int MaxKeptCandidates = 1 << 16;

        // Letters whose case-insensitive match is its two ASCII cases and nothing else (i, k and s also match non-ASCII
        // letters: dotless ı, the Kelvin sign, long ſ).
        private const string FoldableLetters = "abcdefghjlmnopqrtuvwxyz";

        // Every key as a vector (the exact keys first), made once.
        private readonly Vector<ushort>[] vectors;
        private readonly int exactCount;
        private readonly ushort[] keys;
        private readonly ushort[] foldedKeys;

        // The list each thread's last answer was given in (read before the next call on that thread).
        [ThreadStatic]
        private static List<int>? lastCandidates;

        private StartFilter(ushort[] keys, ushort[] foldedKeys)
        {
            this.keys = keys;
            this.foldedKeys = foldedKeys;
            exactCount = keys.Length;
            vectors = new Vector<ushort>[keys.Length + foldedKeys.Length];
            for (var k = 0; k < keys.Length; k++)
            {
                vectors[k] = new Vector<ushort>(keys[k]);
            }

            for (var k = 0; k < foldedKeys.Length; k++)
            {
                vectors[keys.Length + k] = new Vector<ushort>(foldedKeys[k]);
            }
        }

        /// <summary>
        /// The filter for the words, or null where it cannot serve: no vector hardware, a word shorter than two
        /// characters, a case-insensitive word that does not start with two foldable ASCII letters, too many keys.
        /// </summary>
        public static StartFilter? For(IReadOnlyList<string> words, IReadOnlyList<bool> ignoreCase)
        {
            if (!Vector.IsHardwareAccelerated || words.Count == 0)
            {
                return null;
            }

            var exact = new List<ushort>();
            var folded = new List<ushort>();
            for (var i = 0; i < words.Count; i++)
            {
                var word = words[i];
                if (word.Length < 2)
                {
                    return null;
                }

                if (!ignoreCase[i])
                {
                    AddDistinct(exact, Key(word[0], word[1]));
                    continue;
                }

                var first = char.ToLowerInvariant(word[0]);
                var second = char.ToLowerInvariant(word[1]);
                if (FoldableLetters.IndexOf(first) < 0 || FoldableLetters.IndexOf(second) < 0)
                {
                    return null;
                }

                AddDistinct(folded, Key(first, second));
            }

            return exact.Count + folded.Count > MaxKeys ? null : new StartFilter(exact.ToArray(), folded.ToArray());
        }

        /// <summary>
        /// Every position of <paramref name="text"/> where a word may start, in order. The list is the calling thread's
        /// own and is reused by its next call: read it first.
        /// </summary>
        public List<int> Candidates(string text)
        {
            var candidates = lastCandidates;
            if (candidates is null || candidates.Capacity > MaxKeptCandidates)
            {
                // A huge file's list is not kept for the rest of the thread's life.
                lastCandidates = candidates = new List<int>();
            }

            candidates.Clear();
            var length = text.Length;
            var width = Vector<ushort>.Count;
            var i = 0;
            if (length > width)
            {
                var all = vectors;
                var lowByte = new Vector<ushort>(0xFF);
                var shift = new Vector<ushort>(0x100);
                var fold = new Vector<ushort>(0x2020);
                ref var start = ref Unsafe.As<char, byte>(ref MemoryMarshal.GetReference(text.AsSpan()));

                // Each step reads the characters at i…i+width-1 and the ones after them (i+1…i+width).
                for (; i + width < length; i += width)
                {
                    var first = Unsafe.ReadUnaligned<Vector<ushort>>(ref Unsafe.Add(ref start, i * 2));
                    var second = Unsafe.ReadUnaligned<Vector<ushort>>(ref Unsafe.Add(ref start, (i + 1) * 2));
                    var key = (first * shift) | (second & lowByte);
                    var match = Vector<ushort>.Zero;
                    for (var k = 0; k < exactCount; k++)
                    {
                        match |= Vector.Equals(key, all[k]);
                    }

                    if (all.Length > exactCount)
                    {
                        var folded = key | fold;
                        for (var k = exactCount; k < all.Length; k++)
                        {
                            match |= Vector.Equals(folded, all[k]);
                        }
                    }

                    if (!match.Equals(Vector<ushort>.Zero))
                    {
                        AddLanes(match, i, candidates);
                    }
                }
            }

            for (; i + 1 < length; i++)
            {
                var key = Key(text[i], text[i + 1]);
                if (Array.IndexOf(keys, key) >= 0 || Array.IndexOf(foldedKeys, (ushort)(key | 0x2020)) >= 0)
                {
                    candidates.Add(i);
                }
            }

            return candidates;
        }

        /// <summary>
        /// Adds <paramref name="at"/> plus the index of every set lane. The lanes are read four at a time (as the 64-bit
        /// words they make up, on a little-endian machine), so a vector with one match costs a few word reads, not
        /// one read per lane.
        /// </summary>
        private static void AddLanes(Vector<ushort> match, int at, List<int> candidates)
        {
            if (!BitConverter.IsLittleEndian)
            {
                for (var lane = 0; lane < Vector<ushort>.Count; lane++)
                {
                    if (match[lane] != 0)
                    {
                        candidates.Add(at + lane);
                    }
                }

                return;
            }

            var words = Vector.AsVectorUInt64(match);
            for (var w = 0; w < Vector<ulong>.Count; w++)
            {
                var bits = words[w];
                for (var lane = at + (w * 4); bits != 0; lane++, bits >>= 16)
                {
                    if ((bits & 0xFFFF) != 0)
                    {
                        candidates.Add(lane);
                    }
                }
            }
        }

        private static ushort Key(char first, char second) => (ushort)(((first & 0xFF) << 8) | (second & 0xFF));

        private static void AddDistinct(List<ushort> keys, ushort key)
        {
            if (!keys.Contains(key))
            {
                keys.Add(key);
            }
        }
    }
}
