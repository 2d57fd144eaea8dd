using System.Globalization;

namespace IsolationAnalyzers.Knowledge.Cli
{
    /// <summary>
    /// Memory sizes as the docker CLI reads them (<c>-m 512m</c>): a number with an optional unit b, k, m, g, t or p
    /// (binary multiples, optionally followed by "b" or "ib", any case). A number alone is bytes.
    /// </summary>
    internal static class DockerSize
    {
        private const long Kilo = 1024;

        public static bool TryParse(string? text, out long bytes)
        {
            bytes = 0;
            if (text is null || text.Length == 0 || text.Length > 32)
            {
                return false;
            }

            var end = 0;
            while (end < text.Length && (char.IsDigit(text[end]) || text[end] == '.'))
            {
                end++;
            }

            if (end == 0 || !double.TryParse(text.Substring(0, end), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
            {
                return false;
            }

            var unit = text.Substring(end).Trim().ToLowerInvariant();
            if (unit.EndsWith("ib", System.StringComparison.Ordinal) && unit.Length == 3)
            {
                unit = unit.Substring(0, 1);
            }
            else if (unit.Length == 2 && unit[1] == 'b')
            {
                unit = unit.Substring(0, 1);
            }

            long multiplier;
            switch (unit)
            {
                case "":
                case "b":
                    multiplier = 1;
                    break;
                case "k":
                    multiplier = Kilo;
                    break;
                case "m":
                    multiplier = Kilo * Kilo;
                    break;
                case "g":
                    multiplier = Kilo * Kilo * Kilo;
                    break;
                case "t":
                    multiplier = Kilo * Kilo * Kilo * Kilo;
                    break;
                case "p":
                    multiplier = Kilo * Kilo * Kilo * Kilo * Kilo;
                    break;
                default:
                    return false;
            }

            var value = number * multiplier;
            if (value > long.MaxValue / 2)
            {
                return false;
            }

            bytes = (long)value;
            return true;
        }

        /// <summary>Whole megabytes as the CLI writes them (<c>360m</c>), rounding up.</summary>
        public static string Megabytes(long bytes)
        {
            var megabytes = (bytes + (Kilo * Kilo) - 1) / (Kilo * Kilo);
            return megabytes.ToString(CultureInfo.InvariantCulture) + "m";
        }
    }
}
