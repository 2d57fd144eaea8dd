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

        public static double Min(IEnumerable<double> values) => values.DefaultIfEmpty(double.NaN).Min();

        public static double Max(IEnumerable<double> values) => values.DefaultIfEmpty(double.NaN).Max();

        public static string Ms(double value) => double.IsNaN(value) ? "n/a" : value.ToString(value < 10 ? "F2" : value < 100 ? "F1" : "F0", System.Globalization.CultureInfo.InvariantCulture);

        public static string Ratio(double value) => double.IsNaN(value) || double.IsInfinity(value) ? "n/a" : value.ToString("F2", System.Globalization.CultureInfo.InvariantCulture);

        public static string Percent(double value) => double.IsNaN(value) ? "n/a" : (value * 100).ToString("F2", System.Globalization.CultureInfo.InvariantCulture) + "%";

        public static string Range(IEnumerable<double> values, Func<double, string> format)
        {
            var list = values.ToList();
            return format(Min(list)) + "–" + format(Max(list));
        }
    }
}
