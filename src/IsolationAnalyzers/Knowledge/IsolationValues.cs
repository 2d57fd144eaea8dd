using System;

namespace IsolationAnalyzers.Knowledge
{
    /// <summary>
    /// The isolation strings a daemon accepts (windows-containers.md §1: <c>""</c>, <c>default</c>, <c>process</c>,
    /// <c>hyperv</c>; compared after lower-casing, never after trimming).
    /// </summary>
    internal static class IsolationValues
    {
        public const string Process = "process";
        public const string HyperV = "hyperv";
        public const string Default = "default";

        // Suggestions are only computed for short strings: nobody misspells "hyperv" in 40 characters.
        private const int MaxSuggestLength = 40;

        private static readonly string[] s_validSpellings = { HyperV, Process, Default };

        public static IsolationValueKind Classify(string? value)
        {
            if (value is null || value.Length == 0 || string.Equals(value, Default, StringComparison.OrdinalIgnoreCase))
            {
                return IsolationValueKind.Absent;
            }

            if (string.Equals(value, Process, StringComparison.OrdinalIgnoreCase))
            {
                return IsolationValueKind.Process;
            }

            if (string.Equals(value, HyperV, StringComparison.OrdinalIgnoreCase))
            {
                return IsolationValueKind.HyperV;
            }

            return IsolationValueKind.Invalid;
        }

        /// <summary>
        /// The valid lower-case spelling closest to <paramref name="value"/> (<c>hyper-v</c>, <c>Hyper_V</c>,
        /// <c>HyperV </c>, <c>hv</c> → <c>hyperv</c>; <c>proc</c>, <c>Process</c> → <c>process</c>;
        /// <c>DEFAULT</c> → <c>default</c>), or null when nothing is close.
        /// </summary>
        public static string? Suggest(string value)
        {
            if (value is null)
            {
                return null;
            }

            if (value.Length == 0)
            {
                return value;
            }

            if (value.Length > MaxSuggestLength)
            {
                return null;
            }

            // Keep letters only, lower-cased: drops the separators and blanks people put in "hyper-v" or "HyperV ".
            char[] buffer = new char[value.Length];
            int length = 0;
            foreach (char c in value)
            {
                if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
                {
                    buffer[length++] = char.ToLowerInvariant(c);
                }
            }

            if (length == 0)
            {
                return null;
            }

            string letters = new string(buffer, 0, length);
            if (letters == HyperV || letters == "hv" || letters.StartsWith("hyper", StringComparison.Ordinal))
            {
                return HyperV;
            }

            if (letters == Process || letters.StartsWith("proc", StringComparison.Ordinal))
            {
                return Process;
            }

            if (letters == Default || letters.StartsWith("defa", StringComparison.Ordinal))
            {
                return Default;
            }

            // Typos: at most two edits away from exactly one valid value.
            string? best = null;
            int bestDistance = 3;
            foreach (string candidate in s_validSpellings)
            {
                int distance = Distance(letters, candidate);
                if (distance < bestDistance)
                {
                    best = candidate;
                    bestDistance = distance;
                }
            }

            return best;
        }

        // Levenshtein distance; both strings are at most MaxSuggestLength long.
        private static int Distance(string a, string b)
        {
            int[] previous = new int[b.Length + 1];
            int[] current = new int[b.Length + 1];
            for (int j = 0; j <= b.Length; j++)
            {
                previous[j] = j;
            }

            for (int i = 1; i <= a.Length; i++)
            {
                current[0] = i;
                for (int j = 1; j <= b.Length; j++)
                {
                    int substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                    int deletion = previous[j] + 1;
                    int insertion = current[j - 1] + 1;
                    int min = substitution < deletion ? substitution : deletion;
                    current[j] = min < insertion ? min : insertion;
                }

                int[] swap = previous;
                previous = current;
                current = swap;
            }

            return previous[b.Length];
        }
    }
}
