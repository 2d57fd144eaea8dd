using System.Collections.Generic;
using System.Text;
using IsolationAnalyzers.Knowledge.Cli;

namespace IsolationAnalyzers.Tests.Knowledge.Cli
{
    /// <summary>Test notation: <c>{}</c> is a hole piece, <c>{..}</c> a splice piece, anything else constant text.</summary>
    internal static class CliTestHelpers
    {
        /// <summary>Pieces of a notated string; piece i has source id i.</summary>
        public static List<CommandPiece> Pieces(string notated)
        {
            var pieces = new List<CommandPiece>();
            var sb = new StringBuilder();
            var i = 0;
            while (i < notated.Length)
            {
                if (string.CompareOrdinal(notated, i, "{..}", 0, 4) == 0 || string.CompareOrdinal(notated, i, "{}", 0, 2) == 0)
                {
                    if (sb.Length > 0)
                    {
                        pieces.Add(CommandPiece.Constant(sb.ToString(), pieces.Count));
                        sb.Clear();
                    }

                    var splice = notated[i + 1] == '.';
                    pieces.Add(splice ? CommandPiece.Splice(pieces.Count) : CommandPiece.Hole(pieces.Count));
                    i += splice ? 4 : 2;
                    continue;
                }

                sb.Append(notated[i]);
                i++;
            }

            if (sb.Length > 0)
            {
                pieces.Add(CommandPiece.Constant(sb.ToString(), pieces.Count));
            }

            return pieces;
        }

        public static List<CommandToken> Split(string notated) => ShellTokenizer.SplitCommandLine(Pieces(notated));

        /// <summary>List mode: each element in notation.</summary>
        public static List<CommandToken> Elements(params string[] notatedElements)
        {
            var elements = new List<IReadOnlyList<CommandPiece>>();
            var source = 0;
            foreach (var element in notatedElements)
            {
                var pieces = new List<CommandPiece>();
                foreach (var piece in Pieces(element))
                {
                    pieces.Add(piece.IsHole ? CommandPiece.Hole(source) : piece.IsSplice ? CommandPiece.Splice(source) : CommandPiece.Constant(piece.Text!, source));
                    source++;
                }

                elements.Add(pieces);
            }

            return ShellTokenizer.FromElements(elements);
        }

        /// <summary>Tokens as <c>[text]</c>, a hole as <c>&lt;?&gt;</c>, a splice as <c>&lt;..&gt;</c>.</summary>
        public static string Render(IReadOnlyList<CommandToken> tokens)
        {
            var sb = new StringBuilder();
            foreach (var t in tokens)
            {
                sb.Append('[');
                if (t.IsSplice)
                {
                    sb.Append("<..>");
                }
                else if (t.HasHole)
                {
                    sb.Append(t.ConstantPrefix).Append("<?>");
                    var middle = t.Text.Length - t.ConstantPrefix.Length - t.ConstantSuffix.Length;
                    if (middle > 0)
                    {
                        sb.Append(t.Text, t.ConstantPrefix.Length, middle).Append("<?>");
                    }

                    sb.Append(t.ConstantSuffix);
                }
                else
                {
                    sb.Append(t.Text);
                }

                sb.Append(']');
            }

            return sb.ToString();
        }

        public static DockerCommand? Parse(string notated, bool startsWithExecutable = true) =>
            DockerCommand.Parse(Split(notated), startsWithExecutable);
    }
}
