using System.Collections.Generic;
using System.Text;
using IsolationAnalyzers.Knowledge.Cli;
using Xunit;
using static IsolationAnalyzers.Tests.Knowledge.Cli.CliTestHelpers;

namespace IsolationAnalyzers.Tests.Knowledge.Cli
{
    public class ShellTokenizerTests
    {
        [Theory]
        [InlineData("", "")]
        [InlineData("   \t\r\n ", "")]
        [InlineData("docker run img", "[docker][run][img]")]
        [InlineData("  a   b  ", "[a][b]")]
        [InlineData("a\tb\nc\r\nd", "[a][b][c][d]")]
        [InlineData("'a b' c", "[a b][c]")]
        [InlineData("\"a b\" c", "[a b][c]")]
        [InlineData("a'b c'd", "[ab cd]")]
        [InlineData("--isolation='hyperv'", "[--isolation=hyperv]")]
        [InlineData("\"--isolation=hyperv\"", "[--isolation=hyperv]")]
        [InlineData("\"\" ''", "[][]")]
        [InlineData("\"a\\\"b\"", "[a\"b]")]
        [InlineData("\"a\\\\b\"", "[a\\b]")]
        [InlineData("\"a\\b\"", "[a\\b]")]
        [InlineData("\"\\$x \\`y\\`\"", "[$x `y`]")]
        [InlineData("'a\\b' 'it'\\''s'", "[a\\b][it's]")]
        [InlineData("'a \" b'", "[a \" b]")]
        [InlineData("\"a ' b\"", "[a ' b]")]
        [InlineData("a\\ b", "[a b]")]
        [InlineData("a\\\\b", "[a\\b]")]
        [InlineData("\\\"a\\\"", "[\"a\"]")]
        [InlineData("C:\\app", "[C:\\app]")]
        [InlineData("-v C:\\data:C:\\data", "[-v][C:\\data:C:\\data]")]
        [InlineData("\"C:\\Program Files\\Docker\\docker.exe\" run", "[C:\\Program Files\\Docker\\docker.exe][run]")]
        [InlineData("a\\\nb", "[ab]")]
        [InlineData("a\\\r\nb", "[ab]")]
        [InlineData("a \\\n b", "[a][b]")]
        [InlineData("\"a\\\nb\"", "[ab]")]
        [InlineData("a\\", "[a\\]")]
        [InlineData("'unterminated a  b", "[unterminated a  b]")]
        [InlineData("x \"unterminated", "[x][unterminated]")]
        [InlineData("x \"a\\", "[x][a\\]")]
        [InlineData("'", "[]")]
        public void SplitsLikeAShell(string input, string expected)
        {
            Assert.Equal(expected, Render(ShellTokenizer.SplitCommandLine(new[] { CommandPiece.Constant(input, 0) })));
        }

        [Theory]
        [InlineData("docker run {} img", "[docker][run][<..>][img]")]
        [InlineData("{}", "[<..>]")]
        [InlineData("{}{}", "[<..>]")]
        [InlineData(" {} {} ", "[<..>][<..>]")]
        [InlineData("a\t{}\nb", "[a][<..>][b]")]
        [InlineData("--name={} img", "[--name=<?>][img]")]
        [InlineData("--name {} img", "[--name][<..>][img]")]
        [InlineData("x{}y", "[x<?>y]")]
        [InlineData("{}/app:1", "[<?>/app:1]")]
        [InlineData("app:{}", "[app:<?>]")]
        [InlineData("a{}b{}c", "[a<?>b<?>c]")]
        [InlineData("\"{}\"", "[<?>]")]
        [InlineData("''{}", "[<?>]")]
        [InlineData("a \"b {} c\" d", "[a][b <?> c][d]")]
        [InlineData("'{}' x", "[<?>][x]")]
        [InlineData("--isolation=\"{}\"", "[--isolation=<?>]")]
        [InlineData("a {..} b", "[a][<..>][b]")]
        [InlineData("a{..}b", "[a][<..>][b]")]
        [InlineData("{..}{..}", "[<..>][<..>]")]
        [InlineData("\"a {..} b\"", "[a ][<..>][b]")]
        [InlineData("a\\{}b", "[a\\<?>b]")]
        public void HolesJoinTokensOrStandAlone(string notated, string expected)
        {
            Assert.Equal(expected, Render(Split(notated)));
        }

        [Fact]
        public void QuoteStateSpansPieces()
        {
            // "docker run --name \"" + name + " x\" img"
            var tokens = Split("docker run --name \"{} x\" img");
            Assert.Equal("[docker][run][--name][<?> x][img]", Render(tokens));
            Assert.True(tokens[3].HasHole);
            Assert.False(tokens[3].IsSplice);
        }

        [Fact]
        public void EscapeSpansPieces()
        {
            var tokens = ShellTokenizer.SplitCommandLine(new[] { CommandPiece.Constant("a\\", 0), CommandPiece.Constant(" b", 1) });
            Assert.Equal("[a b]", Render(tokens));
            Assert.False(tokens[0].IsPlain);
            Assert.Equal(0, tokens[0].StartSource);
            Assert.Equal(1, tokens[0].EndSource);
            Assert.Equal(2, tokens[0].EndOffset);
        }

        [Fact]
        public void PlainTokenOffsetsMatchItsPiece()
        {
            const string Text = "docker run --isolation=process img";
            var tokens = ShellTokenizer.SplitCommandLine(new[] { CommandPiece.Constant(Text, 7) });
            Assert.Equal(4, tokens.Count);
            foreach (var token in tokens)
            {
                Assert.True(token.IsPlain);
                Assert.Equal(7, token.StartSource);
                Assert.Equal(7, token.EndSource);
                Assert.Equal(token.Text, Text.Substring(token.StartOffset, token.EndOffset - token.StartOffset));
            }

            Assert.Equal(11, tokens[2].StartOffset);
            Assert.Equal(30, tokens[2].EndOffset);
        }

        [Fact]
        public void QuotedTokenOffsetsIncludeTheQuotes()
        {
            var tokens = ShellTokenizer.SplitCommandLine(new[] { CommandPiece.Constant("run \"img\" 'a'b", 3) });
            Assert.Equal("[run][img][ab]", Render(tokens));
            Assert.Equal(4, tokens[1].StartOffset);
            Assert.Equal(9, tokens[1].EndOffset);
            Assert.False(tokens[1].IsPlain);
            Assert.Equal(10, tokens[2].StartOffset);
            Assert.Equal(14, tokens[2].EndOffset);
            Assert.False(tokens[2].IsPlain);
        }

        [Fact]
        public void LiteralBackslashKeepsATokenPlain()
        {
            var tokens = ShellTokenizer.SplitCommandLine(new[] { CommandPiece.Constant("-w C:\\app", 0) });
            Assert.True(tokens[1].IsPlain);
            Assert.Equal("C:\\app", tokens[1].Text);
            Assert.Equal(3, tokens[1].StartOffset);
            Assert.Equal(9, tokens[1].EndOffset);
        }

        [Fact]
        public void TokenAcrossConstantPiecesIsNotPlain()
        {
            var tokens = ShellTokenizer.SplitCommandLine(new[]
            {
                CommandPiece.Constant("docker run --iso", 1),
                CommandPiece.Constant("lation=hyperv img", 2),
            });
            Assert.Equal("[docker][run][--isolation=hyperv][img]", Render(tokens));
            var t = tokens[2];
            Assert.False(t.IsPlain);
            Assert.Equal(1, t.StartSource);
            Assert.Equal(11, t.StartOffset);
            Assert.Equal(2, t.EndSource);
            Assert.Equal(13, t.EndOffset);
            Assert.True(tokens[3].IsPlain);
            Assert.Equal(2, tokens[3].StartSource);
            Assert.Equal(14, tokens[3].StartOffset);
        }

        [Fact]
        public void HoleTokenOffsets()
        {
            // pieces: 0 "run --name=", 1 hole, 2 " img"
            var tokens = Split("run --name={} img");
            var t = tokens[1];
            Assert.True(t.HasHole);
            Assert.False(t.IsPlain);
            Assert.Equal("--name=", t.Text);
            Assert.Equal("--name=", t.ConstantPrefix);
            Assert.Equal(string.Empty, t.ConstantSuffix);
            Assert.Equal(0, t.StartSource);
            Assert.Equal(4, t.StartOffset);
            Assert.Equal(1, t.EndSource);
            Assert.Equal(0, t.EndOffset);
            Assert.Equal(2, tokens[2].StartSource);
            Assert.Equal(1, tokens[2].StartOffset);
            Assert.True(tokens[2].IsPlain);

            // pieces: 0 hole, 1 "/app:1"
            var image = Split("{}/app:1")[0];
            Assert.Equal(0, image.StartSource);
            Assert.Equal(0, image.StartOffset);
            Assert.Equal(1, image.EndSource);
            Assert.Equal(6, image.EndOffset);
            Assert.Equal(string.Empty, image.ConstantPrefix);
            Assert.Equal("/app:1", image.ConstantSuffix);

            var splice = Split("a {} b")[1];
            Assert.True(splice.IsSplice);
            Assert.False(splice.HasHole);
            Assert.True(splice.IsUnknown);
            Assert.Equal(1, splice.StartSource);
            Assert.Equal(1, splice.EndSource);
        }

        [Fact]
        public void ListModeKeepsElementsWhole()
        {
            var tokens = Elements("run", "--isolation={}", "{..}", "{}", "a b", "'q'", "x{..}", "");
            Assert.Equal("[run][--isolation=<?>][<..>][<?>][a b]['q'][x<?>][]", Render(tokens));
            Assert.True(tokens[0].IsPlain);
            Assert.Equal(0, tokens[0].StartSource);
            Assert.Equal(3, tokens[0].EndOffset);
            Assert.True(tokens[1].HasHole);
            Assert.Equal(1, tokens[1].StartSource);
            Assert.Equal(2, tokens[1].EndSource);
            Assert.True(tokens[2].IsSplice);
            Assert.False(tokens[2].HasHole);
            Assert.True(tokens[3].HasHole);
            Assert.False(tokens[3].IsSplice);
            Assert.Equal(string.Empty, tokens[3].Text);
            Assert.True(tokens[4].IsPlain);
            Assert.Equal("a b", tokens[4].Text);
            Assert.Equal("'q'", tokens[5].Text);
            Assert.True(tokens[6].HasHole);
            Assert.False(tokens[6].IsSplice);
            Assert.Equal(string.Empty, tokens[7].Text);
            Assert.False(tokens[7].IsUnknown);
        }

        [Fact]
        public void ListModeEmptyElementList()
        {
            Assert.Single(ShellTokenizer.FromElements(new List<IReadOnlyList<CommandPiece>> { new List<CommandPiece>() }));
            Assert.Empty(ShellTokenizer.FromElements(new List<IReadOnlyList<CommandPiece>>()));
        }

        [Theory]
        [InlineData(1 << 20)]
        [InlineData(2 << 20)]
        public void LongInputsTokenizeWithoutRecursion(int length)
        {
            var sb = new StringBuilder("docker run ");
            while (sb.Length < length)
            {
                sb.Append("-e A=B '-l' \"k=v\" -e a\\ b ");
            }

            sb.Append("img");
            var tokens = ShellTokenizer.SplitCommandLine(new[] { CommandPiece.Constant(sb.ToString(), 0) });
            Assert.True(tokens.Count > length / 30);
            var command = DockerCommand.Parse(tokens, startsWithExecutable: true);
            Assert.NotNull(command);
            Assert.Equal("img", tokens[command!.ImageTokenIndex].Text);

            // One huge token, an unterminated quote, and a long run of backslashes.
            Assert.Single(ShellTokenizer.SplitCommandLine(new[] { CommandPiece.Constant(new string('x', length), 0) }));
            Assert.Single(ShellTokenizer.SplitCommandLine(new[] { CommandPiece.Constant("\"" + new string(' ', length), 0) }));
            Assert.Single(ShellTokenizer.SplitCommandLine(new[] { CommandPiece.Constant(new string('\\', length), 0) }));
            Assert.Single(ShellTokenizer.SplitCommandLine(new[] { CommandPiece.Constant("'" + new string('"', length), 0) }));
        }

        [Fact]
        public void ManyPiecesTokenize()
        {
            var pieces = new List<CommandPiece>();
            for (var i = 0; i < 200_000; i++)
            {
                pieces.Add(CommandPiece.Constant(" -e A=B", i * 2));
                pieces.Add(CommandPiece.Hole(i * 2 + 1));
            }

            var tokens = ShellTokenizer.SplitCommandLine(pieces);
            Assert.Equal(400_000, tokens.Count);
            Assert.True(tokens[1].HasHole);
        }

        [Fact]
        public void NullInputsGiveNoTokens()
        {
            Assert.Empty(ShellTokenizer.SplitCommandLine(null!));
            Assert.Empty(ShellTokenizer.FromElements(null!));
            Assert.Empty(ShellTokenizer.SplitCommandLine(new[] { CommandPiece.Constant(null!, 0) }));
        }
    }
}
