using System.Globalization;
using System.Numerics;

namespace IsolationAnalyzers.Knowledge
{
    /// <summary>How a Kubernetes quantity writes its scale: what a rewritten quantity keeps (<c>64Mi</c> → <c>130Mi</c>).</summary>
    internal enum QuantityNotation
    {
        /// <summary>A plain number of bytes (<c>536870912</c>).</summary>
        Plain,

        /// <summary><c>Ki</c>, <c>Mi</c>, <c>Gi</c>, <c>Ti</c>, <c>Pi</c>, <c>Ei</c>.</summary>
        BinarySi,

        /// <summary><c>n</c>, <c>u</c>, <c>m</c>, <c>k</c>, <c>M</c>, <c>G</c>, <c>T</c>, <c>P</c>, <c>E</c>.</summary>
        DecimalSi,

        /// <summary><c>e</c>/<c>E</c> and a signed exponent (<c>5e8</c>).</summary>
        DecimalExponent,
    }

    /// <summary>
    /// Kubernetes resource quantities (apimachinery <c>resource.Quantity</c>, what <c>new ResourceQuantity("…")</c>
    /// parses): <c>&lt;sign&gt;&lt;digits&gt;[.&lt;digits&gt;]&lt;suffix&gt;</c>, the suffix a binary SI one (<c>Ki</c> … <c>Ei</c>), a
    /// decimal SI one (<c>n u m "" k M G T P E</c>) or a decimal exponent (<c>e3</c>, <c>E-2</c>). A memory limit is
    /// the quantity rounded up to whole bytes (the kubelet's <c>Value()</c>). Anything else, and values beyond a
    /// <see cref="long"/>, are unknown.
    /// </summary>
    internal static class KubernetesQuantity
    {
        private const long Mebibyte = 1024L * 1024;
        private const long Megabyte = 1000L * 1000;

        // Longer texts are not hand-written quantities; refusing them keeps parsing linear and cheap.
        private const int MaxLength = 64;

        // No quantity a long can hold needs a larger exponent; a larger one is an overflow (or rounds to 0 or 1).
        private const int MaxExponent = 40;

        /// <summary>The quantity in bytes, rounded up (toward positive infinity); null when it is not a quantity or too large.</summary>
        public static long? ParseBytes(string? text) => TryParse(text, out var bytes, out _) ? bytes : null;

        /// <summary>Parses a quantity; <paramref name="notation"/> is how its scale is written.</summary>
        public static bool TryParse(string? text, out long bytes, out QuantityNotation notation)
        {
            bytes = 0;
            notation = QuantityNotation.Plain;
            if (text is null || text.Length == 0 || text.Length > MaxLength)
            {
                return false;
            }

            var i = 0;
            var negative = false;
            if (text[0] == '+' || text[0] == '-')
            {
                negative = text[0] == '-';
                i++;
            }

            // <digits> | <digits>.<digits> | <digits>. | .<digits>
            var mantissa = BigInteger.Zero;
            var digits = 0;
            var fractionDigits = 0;
            var seenPoint = false;
            for (; i < text.Length; i++)
            {
                var c = text[i];
                if (c >= '0' && c <= '9')
                {
                    mantissa = (mantissa * 10) + (c - '0');
                    digits++;
                    if (seenPoint)
                    {
                        fractionDigits++;
                    }
                }
                else if (c == '.' && !seenPoint)
                {
                    seenPoint = true;
                }
                else
                {
                    break;
                }
            }

            if (digits == 0)
            {
                return false;
            }

            if (!TryParseSuffix(text, i, out var exponent10, out var exponent2, out notation))
            {
                return false;
            }

            exponent10 -= fractionDigits;
            if (mantissa.IsZero)
            {
                bytes = 0;
                return true;
            }

            // Exponents out of this range give values no long holds, or that round to a single byte.
            if (exponent10 > MaxExponent)
            {
                return false;
            }

            var numerator = mantissa * BigInteger.Pow(2, exponent2);
            var denominator = BigInteger.One;
            if (exponent10 >= 0)
            {
                numerator *= BigInteger.Pow(10, exponent10);
            }
            else if (exponent10 >= -(MaxExponent + digits))
            {
                denominator = BigInteger.Pow(10, -exponent10);
            }
            else
            {
                // Far below one byte: rounds up to one byte, or down to zero when negative.
                bytes = negative ? 0 : 1;
                return true;
            }

            var whole = BigInteger.DivRem(numerator, denominator, out var remainder);
            if (!negative && !remainder.IsZero)
            {
                // Up toward positive infinity; a negative value's magnitude is truncated, which is the same thing.
                whole += 1;
            }

            if (whole > long.MaxValue)
            {
                return false;
            }

            bytes = negative ? -(long)whole : (long)whole;
            return true;
        }

        /// <summary>
        /// A quantity of at least <paramref name="bytes"/> in the notation of <paramref name="written"/>: binary SI and plain
        /// numbers give mebibytes (<c>130Mi</c>, which is exact for the documented minimums), decimal SI gives megabytes
        /// rounded up (<c>137M</c>), an exponent gives <c>137e6</c>.
        /// </summary>
        public static string FormatAtLeast(long bytes, string? written)
        {
            TryParse(written, out _, out var notation);
            if (bytes < 0)
            {
                bytes = 0;
            }

            return notation switch
            {
                QuantityNotation.DecimalSi => CeilingDivide(bytes, Megabyte).ToString(CultureInfo.InvariantCulture) + "M",
                QuantityNotation.DecimalExponent => CeilingDivide(bytes, Megabyte).ToString(CultureInfo.InvariantCulture) + "e6",
                _ => CeilingDivide(bytes, Mebibyte).ToString(CultureInfo.InvariantCulture) + "Mi",
            };
        }

        /// <summary>
        /// The same number read as mebibytes, for the two ways a megabyte count is mistyped: a plain number (<c>512</c>,
        /// bytes) and the milli suffix (<c>512m</c>, thousandths of a byte). Null for any other quantity.
        /// </summary>
        public static string? AsMebibytes(string? written)
        {
            if (!TryParse(written, out _, out var notation))
            {
                return null;
            }

            var text = written!;
            if (notation == QuantityNotation.Plain)
            {
                return text + "Mi";
            }

            if (notation == QuantityNotation.DecimalSi && text[text.Length - 1] == 'm')
            {
                return text.Substring(0, text.Length - 1) + "Mi";
            }

            return null;
        }

        private static long CeilingDivide(long value, long divisor) => (value / divisor) + (value % divisor == 0 ? 0 : 1);

        private static bool TryParseSuffix(string text, int start, out int exponent10, out int exponent2, out QuantityNotation notation)
        {
            exponent10 = 0;
            exponent2 = 0;
            notation = QuantityNotation.Plain;
            var length = text.Length - start;
            if (length == 0)
            {
                return true;
            }

            var first = text[start];
            if (length == 2 && text[start + 1] == 'i')
            {
                notation = QuantityNotation.BinarySi;
                exponent2 = first switch
                {
                    'K' => 10,
                    'M' => 20,
                    'G' => 30,
                    'T' => 40,
                    'P' => 50,
                    'E' => 60,
                    _ => -1,
                };
                return exponent2 > 0;
            }

            if (length == 1)
            {
                notation = QuantityNotation.DecimalSi;
                exponent10 = first switch
                {
                    'n' => -9,
                    'u' => -6,
                    'm' => -3,
                    'k' => 3,
                    'M' => 6,
                    'G' => 9,
                    'T' => 12,
                    'P' => 15,
                    'E' => 18,
                    _ => int.MinValue,
                };
                return exponent10 != int.MinValue;
            }

            // e/E followed by a signed integer (a lone "E" is exa, above).
            if (first != 'e' && first != 'E')
            {
                return false;
            }

            notation = QuantityNotation.DecimalExponent;
            var i = start + 1;
            var negative = false;
            if (text[i] == '+' || text[i] == '-')
            {
                negative = text[i] == '-';
                i++;
            }

            if (i == text.Length)
            {
                return false;
            }

            var exponent = 0;
            for (; i < text.Length; i++)
            {
                var c = text[i];
                if (c < '0' || c > '9')
                {
                    return false;
                }

                // Saturate: anything this large is out of range either way.
                exponent = exponent > 10_000 ? exponent : (exponent * 10) + (c - '0');
            }

            exponent10 = negative ? -exponent : exponent;
            return true;
        }
    }
}
