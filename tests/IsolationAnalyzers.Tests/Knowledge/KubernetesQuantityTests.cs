using IsolationAnalyzers.Knowledge;
using Xunit;

namespace IsolationAnalyzers.Tests.Knowledge
{
    /// <summary>Kubernetes quantities (apimachinery resource.Quantity), as a memory limit: bytes rounded up.</summary>
    public class KubernetesQuantityTests
    {
        [Theory]
        // Plain bytes.
        [InlineData("0", 0L, QuantityNotation.Plain)]
        [InlineData("2048", 2048L, QuantityNotation.Plain)]
        [InlineData("536870912", 536_870_912L, QuantityNotation.Plain)]
        // Binary SI.
        [InlineData("1Ki", 1024L, QuantityNotation.BinarySi)]
        [InlineData("64Mi", 67_108_864L, QuantityNotation.BinarySi)]
        [InlineData("1Gi", 1_073_741_824L, QuantityNotation.BinarySi)]
        [InlineData("1.5Gi", 1_610_612_736L, QuantityNotation.BinarySi)]
        [InlineData("0.5Mi", 524_288L, QuantityNotation.BinarySi)]
        [InlineData("2Ti", 2_199_023_255_552L, QuantityNotation.BinarySi)]
        [InlineData("1Pi", 1_125_899_906_842_624L, QuantityNotation.BinarySi)]
        [InlineData("1Ei", 1_152_921_504_606_846_976L, QuantityNotation.BinarySi)]
        // Decimal SI.
        [InlineData("500M", 500_000_000L, QuantityNotation.DecimalSi)]
        [InlineData("2k", 2000L, QuantityNotation.DecimalSi)]
        [InlineData("1G", 1_000_000_000L, QuantityNotation.DecimalSi)]
        [InlineData("3T", 3_000_000_000_000L, QuantityNotation.DecimalSi)]
        [InlineData("1P", 1_000_000_000_000_000L, QuantityNotation.DecimalSi)]
        [InlineData("1E", 1_000_000_000_000_000_000L, QuantityNotation.DecimalSi)]
        // Milli and smaller: fractions of a byte round up to a whole byte.
        [InlineData("100m", 1L, QuantityNotation.DecimalSi)]
        [InlineData("1500m", 2L, QuantityNotation.DecimalSi)]
        [InlineData("2000m", 2L, QuantityNotation.DecimalSi)]
        [InlineData("5u", 1L, QuantityNotation.DecimalSi)]
        [InlineData("7n", 1L, QuantityNotation.DecimalSi)]
        // Exponents, either case, signed.
        [InlineData("1e3", 1000L, QuantityNotation.DecimalExponent)]
        [InlineData("1E3", 1000L, QuantityNotation.DecimalExponent)]
        [InlineData("12e6", 12_000_000L, QuantityNotation.DecimalExponent)]
        [InlineData("5e+8", 500_000_000L, QuantityNotation.DecimalExponent)]
        [InlineData("5.5e-3", 1L, QuantityNotation.DecimalExponent)]
        [InlineData("1e-50", 1L, QuantityNotation.DecimalExponent)]
        [InlineData("0.000001e24", 1_000_000_000_000_000_000L, QuantityNotation.DecimalExponent)]
        // Decimals in every position the grammar allows.
        [InlineData("1.5", 2L, QuantityNotation.Plain)]
        [InlineData(".5Ki", 512L, QuantityNotation.BinarySi)]
        [InlineData("5.Ki", 5120L, QuantityNotation.BinarySi)]
        [InlineData("0.1", 1L, QuantityNotation.Plain)]
        // Signs: a negative value is rounded up toward zero.
        [InlineData("+2k", 2000L, QuantityNotation.DecimalSi)]
        [InlineData("-1Gi", -1_073_741_824L, QuantityNotation.BinarySi)]
        [InlineData("-1.5", -1L, QuantityNotation.Plain)]
        [InlineData("-0.5", 0L, QuantityNotation.Plain)]
        // The largest value a long holds.
        [InlineData("9223372036854775807", long.MaxValue, QuantityNotation.Plain)]
        [InlineData("0e999999999", 0L, QuantityNotation.DecimalExponent)]
        public void Parses_bytes_rounded_up(string text, long bytes, object notation)
        {
            Assert.True(KubernetesQuantity.TryParse(text, out var parsed, out var parsedNotation), text);
            Assert.Equal(bytes, parsed);
            Assert.Equal((QuantityNotation)notation, parsedNotation);
            Assert.Equal(bytes, KubernetesQuantity.ParseBytes(text));
        }

        [Theory]
        [InlineData(null)]
        [InlineData("")]
        [InlineData(" 64Mi")]
        [InlineData("64Mi ")]
        [InlineData("64 Mi")]
        [InlineData("64MB")]
        [InlineData("64mi")]
        [InlineData("64Ki2")]
        [InlineData("64Xi")]
        [InlineData("64K")]
        [InlineData("64i")]
        [InlineData("1EE")]
        [InlineData("1e")]
        [InlineData("1e+")]
        [InlineData("1e3.5")]
        [InlineData("Mi")]
        [InlineData(".")]
        [InlineData("+")]
        [InlineData("-")]
        [InlineData("1.2.3")]
        [InlineData("--1")]
        [InlineData("0x10")]
        [InlineData("1,5Gi")]
        [InlineData("１Gi")]
        // Overflow: beyond a long.
        [InlineData("8Ei")]
        [InlineData("9223372036854775808")]
        [InlineData("10E")]
        [InlineData("1e19")]
        [InlineData("1e999999999")]
        [InlineData("99999999999999999999999999999999999999999999999999999999999999Ei")]
        public void Garbage_and_overflow_are_unknown(string? text)
        {
            Assert.False(KubernetesQuantity.TryParse(text, out _, out _));
            Assert.Null(KubernetesQuantity.ParseBytes(text));
        }

        [Fact]
        public void Very_long_text_is_unknown()
        {
            Assert.Null(KubernetesQuantity.ParseBytes(new string('1', 1_000_000)));
        }

        // The rewritten limit keeps the notation's family: binary (and plain bytes) in Mi, decimal in M, exponents in e6.
        [Theory]
        [InlineData(40L * 1024 * 1024, "64Ki", "40Mi")]
        [InlineData(130L * 1024 * 1024, "64Mi", "130Mi")]
        [InlineData(360L * 1024 * 1024, "0.25Gi", "360Mi")]
        [InlineData(50L * 1024 * 1024, "2048", "50Mi")]
        [InlineData(6L * 1024 * 1024, "100m", "7M")]
        [InlineData(130L * 1024 * 1024, "100M", "137M")]
        [InlineData(40L * 1024 * 1024, "1G", "42M")]
        [InlineData(1_000_000L, "1k", "1M")]
        [InlineData(50L * 1024 * 1024, "4e6", "53e6")]
        [InlineData(50L * 1024 * 1024, "not a quantity", "50Mi")]
        [InlineData(50L * 1024 * 1024, null, "50Mi")]
        [InlineData(1L, "1", "1Mi")]
        public void Formats_at_least_the_bytes_in_the_written_notation(long bytes, string? written, string expected)
        {
            var formatted = KubernetesQuantity.FormatAtLeast(bytes, written);
            Assert.Equal(expected, formatted);
            Assert.True(KubernetesQuantity.ParseBytes(formatted) >= bytes);
        }

        [Theory]
        [InlineData("512", "512Mi")]
        [InlineData("100m", "100Mi")]
        [InlineData("1.5m", "1.5Mi")]
        [InlineData("2Ki", null)]
        [InlineData("512k", null)]
        [InlineData("1e3", null)]
        [InlineData("garbage", null)]
        public void Reads_a_mistyped_megabyte_count_as_mebibytes(string written, string? expected)
        {
            Assert.Equal(expected, KubernetesQuantity.AsMebibytes(written));
        }
    }
}
