using IsolationAnalyzers.Knowledge.Cli;
using Xunit;

namespace IsolationAnalyzers.Tests.Knowledge.Cli
{
    public class DockerSizeTests
    {
        [Theory]
        [InlineData("512", 512L)]
        [InlineData("512b", 512L)]
        [InlineData("2k", 2048L)]
        [InlineData("2K", 2048L)]
        [InlineData("2kb", 2048L)]
        [InlineData("512m", 512L * 1024 * 1024)]
        [InlineData("512MiB", 512L * 1024 * 1024)]
        [InlineData("1g", 1024L * 1024 * 1024)]
        [InlineData("1.5g", 1536L * 1024 * 1024)]
        [InlineData("2t", 2L * 1024 * 1024 * 1024 * 1024)]
        public void Parses(string text, long bytes)
        {
            Assert.True(DockerSize.TryParse(text, out var parsed));
            Assert.Equal(bytes, parsed);
        }

        [Theory]
        [InlineData(null)]
        [InlineData("")]
        [InlineData("m")]
        [InlineData("12x")]
        [InlineData("-5m")]
        [InlineData("5mm")]
        [InlineData("99999999999999999999999999999")]
        public void RejectsWhatTheCliRejects(string? text)
        {
            Assert.False(DockerSize.TryParse(text, out _));
        }

        [Theory]
        [InlineData(50L * 1024 * 1024, "50m")]
        [InlineData((50L * 1024 * 1024) + 1, "51m")]
        [InlineData(1L, "1m")]
        public void FormatsWholeMegabytes(long bytes, string text)
        {
            Assert.Equal(text, DockerSize.Megabytes(bytes));
        }
    }
}
