using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace IsolationAnalyzers.Candidates
{
    /// <summary>
    /// Finds where any of a set of names stands in a text as a whole identifier (not inside a longer one), prepared once
    /// for the set and used on every file. Names are grouped by their first characters: the groups' starts (the longest
    /// start each group's names share) are found in one vectorised read of the text (<see cref="StartFilter"/>; one
    /// ordinal search per group without vector hardware), and only those hits are compared with the group's names. A
    /// set with more groups than <see cref="MaxGroups"/> is searched instead by reading every identifier of the text
    /// once and looking it up, so the cost stays linear in the text however many names a compilation has.
    /// </summary>
    internal sealed class IdentifierSearch
    {
        /// <summary>Up to this many groups, one vectorised search each is faster than reading every identifier.</summary>
        internal const int MaxGroups = 24;

        // The first characters that key a group: names of a project's helpers share prefixes (Run…, Start…).
        private const int PrefixLength = 3;

        public static readonly IdentifierSearch None = new IdentifierSearch(Array.Empty<string>());

        // The groups (a searched prefix and the names that start with it), or null when the text is read identifier by identifier.
        private readonly List<KeyValuePair<string, string[]>>? groups;

        // The groups' starts filtered together (one read of a text for all groups), or null: one search per group.
        private readonly StartFilter? filter;

        // Names by length and first character, for the identifier-by-identifier reading.
        private readonly Dictionary<int, List<string>>? byShape;

        private IdentifierSearch(IReadOnlyList<string> names)
        {
            var distinct = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var name in names)
            {
                if (name.Length > 0)
                {
                    distinct.Add(name);
                }
            }

            Names = new List<string>(distinct).ToArray();
            var grouped = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            var order = new List<string>();
            foreach (var name in names)
            {
                if (name.Length == 0)
                {
                    continue;
                }

                var prefix = name.Length <= PrefixLength ? name : name.Substring(0, PrefixLength);
                if (!grouped.TryGetValue(prefix, out var members))
                {
                    grouped[prefix] = members = new List<string>(1);
                    order.Add(prefix);
                }

                if (!members.Contains(name))
                {
                    members.Add(name);
                }
            }

            if (order.Count <= MaxGroups)
            {
                groups = new List<KeyValuePair<string, string[]>>(order.Count);
                var starts = new List<string>(order.Count);
                foreach (var prefix in order)
                {
                    var members = grouped[prefix].ToArray();
                    var start = CommonPrefix(members);
                    groups.Add(new KeyValuePair<string, string[]>(start, members));
                    starts.Add(start);
                }

                // With more than one group, their starts are filtered in one read of the text.
                filter = groups.Count > 1 ? StartFilter.For(starts, new bool[starts.Count]) : null;
                return;
            }

            byShape = new Dictionary<int, List<string>>();
            foreach (var members in grouped.Values)
            {
                foreach (var name in members)
                {
                    var key = Shape(name.Length, name[0]);
                    if (!byShape.TryGetValue(key, out var bucket))
                    {
                        byShape[key] = bucket = new List<string>(1);
                    }

                    bucket.Add(name);
                }
            }
        }

        /// <summary>The names searched for: distinct, non-empty, in ordinal order. Equal names make an equal search.</summary>
        public string[] Names { get; }

        /// <summary>True when this search looks for exactly these names (in any order, repeats ignored).</summary>
        public bool SearchesFor(IReadOnlyCollection<string> names)
        {
            var distinct = new HashSet<string>(names, StringComparer.Ordinal);
            distinct.Remove(string.Empty);
            if (distinct.Count != Names.Length)
            {
                return false;
            }

            foreach (var name in Names)
            {
                if (!distinct.Contains(name))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>True when there is no name to search for (every text has no position of one).</summary>
        public bool IsEmpty => groups is { Count: 0 } || byShape is { Count: 0 };

        /// <summary>True when the names are searched by reading every identifier (more groups than <see cref="MaxGroups"/>).</summary>
        internal bool ReadsEveryIdentifier => byShape is not null;

        /// <summary>True when the groups' starts are filtered in one read of a text (<see cref="StartFilter"/>).</summary>
        internal bool FiltersStarts => filter is not null;

        public static IdentifierSearch For(IReadOnlyList<string> names) => names.Count == 0 ? None : new IdentifierSearch(names);

        /// <summary>Every start of one of the names as a whole identifier, sorted.</summary>
        public int[] FindIn(string text)
        {
            List<int>? found = null;
            if (groups is not null)
            {
                if (filter is not null)
                {
                    SearchCandidates(text, ref found);
                    return found is null ? Array.Empty<int>() : found.ToArray();
                }

                foreach (var group in groups)
                {
                    Search(text, group.Key, group.Value, ref found);
                }

                if (found is null)
                {
                    return Array.Empty<int>();
                }

                if (groups.Count > 1)
                {
                    found.Sort();
                }

                return found.ToArray();
            }

            ReadIdentifiers(text, ref found);
            return found is null ? Array.Empty<int>() : found.ToArray();
        }

        private static void Search(string text, string prefix, string[] names, ref List<int>? found)
        {
            for (var at = text.IndexOf(prefix, StringComparison.Ordinal); at >= 0; at = text.IndexOf(prefix, at + 1, StringComparison.Ordinal))
            {
                if (at > 0 && IsIdentifierPart(text[at - 1]))
                {
                    continue;
                }

                var end = IdentifierEnd(text, at + prefix.Length);
                if (IsOneOf(text, at, end - at, names))
                {
                    (found ??= new List<int>()).Add(at);
                }

                // The rest of this identifier cannot start another one.
                at = end - 1;
            }
        }

        /// <summary>
        /// What <see cref="Search"/> of every group finds, from the filter's candidates (in order, so the positions come
        /// sorted): a group's start at an identifier's start, and the whole identifier one of the group's names.
        /// </summary>
        private void SearchCandidates(string text, ref List<int>? found)
        {
            var candidates = filter!.Candidates(text);
            foreach (var at in candidates)
            {
                if (at > 0 && IsIdentifierPart(text[at - 1]))
                {
                    continue;
                }

                var c = text[at];
                foreach (var group in groups!)
                {
                    var prefix = group.Key;
                    if (prefix[0] != c || at + prefix.Length > text.Length || string.CompareOrdinal(text, at, prefix, 0, prefix.Length) != 0)
                    {
                        continue;
                    }

                    if (IsOneOf(text, at, IdentifierEnd(text, at + prefix.Length) - at, group.Value))
                    {
                        // Names are in one group each: no other group can match this identifier.
                        (found ??= new List<int>()).Add(at);
                        break;
                    }
                }
            }
        }

        /// <summary>True when the identifier of <paramref name="length"/> characters at <paramref name="at"/> is one of the names.</summary>
        private static bool IsOneOf(string text, int at, int length, string[] names)
        {
            foreach (var name in names)
            {
                if (name.Length == length && string.CompareOrdinal(text, at, name, 0, length) == 0)
                {
                    return true;
                }
            }

            return false;
        }

        private void ReadIdentifiers(string text, ref List<int>? found)
        {
            var i = 0;
            while (i < text.Length)
            {
                if (!IsIdentifierPart(text[i]))
                {
                    i++;
                    continue;
                }

                var start = i;
                i = IdentifierEnd(text, i);

                if (byShape!.TryGetValue(Shape(i - start, text[start]), out var candidates))
                {
                    foreach (var candidate in candidates)
                    {
                        if (string.CompareOrdinal(text, start, candidate, 0, candidate.Length) == 0)
                        {
                            (found ??= new List<int>()).Add(start);
                            break;
                        }
                    }
                }
            }
        }

        /// <summary>True when <paramref name="name"/> stands at <paramref name="position"/> and the identifier there ends with it.</summary>
        public static bool IsAt(string text, int position, string name)
        {
            var end = position + name.Length;
            return end <= text.Length
                && string.CompareOrdinal(text, position, name, 0, name.Length) == 0
                && (end == text.Length || !IsIdentifierPart(text[end]));
        }

        /// <summary>
        /// True when an identifier token of <paramref name="node"/> may be one of <paramref name="names"/>: one stands in
        /// the node's text as a whole word (also after an <c>@</c>, and in a comment or a string: a superset, found without
        /// building a node), or, where a backslash in that text may spell a letter as a Unicode escape, an identifier
        /// token has that name. <paramref name="text"/> holds the node's text from <paramref name="textStart"/> on (the
        /// tree's text with 0, or the node's own with its start).
        /// </summary>
        public static bool MayName(SyntaxNode node, string text, int textStart, IReadOnlyCollection<string> names)
        {
            var start = node.Span.Start - textStart;
            var end = node.Span.End - textStart;
            if (start < 0 || end > text.Length)
            {
                return true;
            }

            if (text.IndexOf('\\', start, end - start) >= 0)
            {
                foreach (var token in node.DescendantTokens())
                {
                    if (token.IsKind(SyntaxKind.IdentifierToken) && Contains(names, token.ValueText))
                    {
                        return true;
                    }
                }

                return false;
            }

            foreach (var name in names)
            {
                if (StandsIn(text, start, end, name))
                {
                    return true;
                }
            }

            return false;

            static bool Contains(IReadOnlyCollection<string> names, string value)
            {
                foreach (var name in names)
                {
                    if (name == value)
                    {
                        return true;
                    }
                }

                return false;
            }
        }

        /// <summary>True when <paramref name="name"/> stands between <paramref name="start"/> and <paramref name="end"/> as a whole word (an <c>@</c> before it allowed).</summary>
        private static bool StandsIn(string text, int start, int end, string name)
        {
            if (name.Length == 0)
            {
                return false;
            }

            for (var at = text.IndexOf(name, start, end - start, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + 1, end - at - 1, StringComparison.Ordinal))
            {
                var after = at + name.Length;
                if ((at == 0 || !IsWordPart(text[at - 1])) && (after == text.Length || !IsWordPart(text[after])))
                {
                    return true;
                }
            }

            return false;

            static bool IsWordPart(char c) => char.IsLetterOrDigit(c) || c == '_';
        }

        /// <summary>Where the identifier that runs through <paramref name="position"/> ends (the first character after it).</summary>
        public static int IdentifierEnd(string text, int position)
        {
            while (position < text.Length && IsIdentifierPart(text[position]))
            {
                position++;
            }

            return position;
        }

        /// <summary>
        /// The longest start the names share (at least the group's key): the longer the searched text, the fewer hits
        /// to check (<c>Start</c> for StartAsync and StartPlainAsync finds neither State nor Status).
        /// </summary>
        private static string CommonPrefix(string[] names)
        {
            var length = names[0].Length;
            for (var i = 1; i < names.Length; i++)
            {
                var name = names[i];
                var shared = 0;
                while (shared < length && shared < name.Length && name[shared] == names[0][shared])
                {
                    shared++;
                }

                length = shared;
            }

            return names[0].Substring(0, length);
        }

        private static int Shape(int length, char first) => (length * 65536) + first;

        private static bool IsIdentifierPart(char c) => char.IsLetterOrDigit(c) || c == '_' || c == '@';
    }
}
