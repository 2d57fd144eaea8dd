using System;
using System.Collections.Generic;
using System.Linq;

namespace IsolationAnalyzers.Benchmarks
{
    internal static class Stats
    {
        public static double Median(IEnumerable<double> values)
        {
            var sorted = values.OrderBy(v => v).ToArray();
            if (sorted.Length == 0)
            {
                return double.NaN;
            }

            var middle = sorted.Length / 2;
            return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        }

        /// <summary>The <paramref name="fraction"/> quantile (0.25, 0.75), linear between neighbours.</summary>
        public static double Quantile(IEnumerable<double> values, double fraction)
        {
            var sorted = values.Where(v => !double.IsNaN(v)).OrderBy(v => v).ToArray();
            if (sorted.Length == 0)
            {
                return double.NaN;
            }

            var position = fraction * (sorted.Length - 1);
            var low = (int)Math.Floor(position);
            var high = Math.Min(low + 1, sorted.Length - 1);
            return sorted[low] + ((position - low) * (sorted[high] - sorted[low]));
        }

        public static double Min(IEnumerable<double> values) => values.DefaultIfEmpty(double.NaN).Min();

        public static double Max(IEnumerable<double> values) => values.DefaultIfEmpty(double.NaN).Max();

        public static string Ms(double value) => double.IsNaN(value) ? "n/a" : value.ToString(value < 10 ? "F2" : value < 100 ? "F1" : "F0", System.Globalization.CultureInfo.InvariantCulture);

        /// <summary>Milliseconds with three decimals below 1 ms (keystrokes), else as <see cref="Ms"/>.</summary>
        public static string FineMs(double value) => double.IsNaN(value) ? "n/a" : value < 1 ? value.ToString("F3", System.Globalization.CultureInfo.InvariantCulture) : Ms(value);

        public static string Ratio(double value) => double.IsNaN(value) || double.IsInfinity(value) ? "n/a" : value.ToString("F2", System.Globalization.CultureInfo.InvariantCulture);

        public static string Percent(double value) =>
            double.IsNaN(value) ? "n/a" : (value * 100).ToString(value < 0.001 ? "F3" : "F2", System.Globalization.CultureInfo.InvariantCulture) + "%";

        public static string Range(IEnumerable<double> values, Func<double, string> format)
        {
            var list = values.ToList();
            return format(Min(list)) + "–" + format(Max(list));
        }
    }
}
