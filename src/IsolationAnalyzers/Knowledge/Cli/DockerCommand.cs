using System;
using System.Collections.Generic;

namespace IsolationAnalyzers.Knowledge.Cli
{
    /// <summary>
    /// A docker command line that launches (or builds for) containers: the subcommand, its options (per
    /// <see cref="DockerCliOptions"/>), and for <c>run</c>/<c>create</c>/<c>service create</c> the image token.
    /// Parsing follows pflag: <c>--flag=value</c> and <c>--flag value</c>, shorthand clusters (<c>-dit</c>,
    /// <c>-m512m</c>, <c>-m=512m</c>, <c>-m 512m</c>), a value-taking flag takes the next token whatever it is, and
    /// <c>--</c> ends the options. Linear in the number of tokens; never throws.
    /// </summary>
    internal sealed class DockerCommand
    {
        private DockerCommand(
            IReadOnlyList<CommandToken> tokens,
            DockerSubcommand subcommand,
            int subcommandTokenIndex,
            IReadOnlyList<CommandOption> options,
            int imageTokenIndex,
            bool unknownBeforeImage)
        {
            Tokens = tokens;
            Subcommand = subcommand;
            SubcommandTokenIndex = subcommandTokenIndex;
            Options = options;
            ImageTokenIndex = imageTokenIndex;
            UnknownBeforeImage = unknownBeforeImage;
        }

        public DockerSubcommand Subcommand { get; }

        /// <summary>Index of the last word of the subcommand (<c>run</c> in <c>container run</c>).</summary>
        public int SubcommandTokenIndex { get; }

        /// <summary>
        /// The options in order. For <c>run</c>, <c>create</c> and <c>service create</c> (not interspersed in
        /// docker/cli) only those before the image / <c>--</c>; for <c>build</c> and <c>service update</c>, whose
        /// flags may follow positional arguments, all those before <c>--</c>.
        /// </summary>
        public IReadOnlyList<CommandOption> Options { get; }

        /// <summary>
        /// <c>run</c>/<c>create</c>/<c>service create</c>: the first positional token (the image); -1 when there is
        /// none or an unknown token came first. Always -1 for <c>build</c> and <c>service update</c>.
        /// </summary>
        public int ImageTokenIndex { get; }

        /// <summary>
        /// A splice, or a token with a hole that could be an option (its constant start is <c>-</c> without a
        /// complete flag, or it is wholly unknown), stood where an option or the image could be.
        /// </summary>
        public bool UnknownBeforeImage { get; }

        public IReadOnlyList<CommandToken> Tokens { get; }

        /// <summary>The options with that canonical name.</summary>
        public IEnumerable<CommandOption> Find(string name)
        {
            foreach (var option in Options)
            {
                if (string.Equals(option.Name, name, StringComparison.Ordinal))
                {
                    yield return option;
                }
            }
        }

        /// <summary>
        /// Parses an argv. With <paramref name="startsWithExecutable"/>, token 0 must be <c>docker</c> or a path whose
        /// last segment is <c>docker</c> / <c>docker.exe</c> (case-insensitive); otherwise the tokens start right
        /// after the executable. Returns null for anything but the launching subcommands, for <c>--help</c> /
        /// <c>--version</c>, and when an unknown token stands before or at the subcommand.
        /// </summary>
        public static DockerCommand? Parse(IReadOnlyList<CommandToken> tokens, bool startsWithExecutable)
        {
            if (tokens == null)
            {
                return null;
            }

            var n = tokens.Count;
            var i = 0;
            if (startsWithExecutable)
            {
                if (n == 0 || tokens[0] == null || !IsDockerExecutable(tokens[0]))
                {
                    return null;
                }

                i = 1;
            }

            if (!SkipFlags(tokens, ref i, DockerCliOptions.Global))
            {
                return null;
            }

            var word = WordAt(tokens, i);
            DockerSubcommand subcommand;
            switch (word)
            {
                case "run":
                    subcommand = DockerSubcommand.Run;
                    break;
                case "create":
                    subcommand = DockerSubcommand.Create;
                    break;
                case "build":
                    subcommand = DockerSubcommand.Build;
                    break;
                case "container":
                    i++;
                    word = WordAt(tokens, i);
                    if (word == "run")
                    {
                        subcommand = DockerSubcommand.Run;
                    }
                    else if (word == "create")
                    {
                        subcommand = DockerSubcommand.Create;
                    }
                    else
                    {
                        return null;
                    }

                    break;
                case "image":
                case "builder":
                    i++;
                    if (WordAt(tokens, i) != "build")
                    {
                        return null;
                    }

                    subcommand = DockerSubcommand.Build;
                    break;
                case "buildx":
                    i++;
                    if (!SkipFlags(tokens, ref i, DockerCliOptions.BuildxRoot))
                    {
                        return null;
                    }

                    word = WordAt(tokens, i);
                    if (word != "build" && word != "b")
                    {
                        return null;
                    }

                    subcommand = DockerSubcommand.Build;
                    break;
                case "service":
                    i++;
                    word = WordAt(tokens, i);
                    if (word == "create")
                    {
                        subcommand = DockerSubcommand.ServiceCreate;
                    }
                    else if (word == "update")
                    {
                        subcommand = DockerSubcommand.ServiceUpdate;
                    }
                    else
                    {
                        return null;
                    }

                    break;
                default:
                    return null;
            }

            return ParseOptions(tokens, subcommand, i);
        }

        /// <summary>
        /// Parses tokens that a tool places among the options of <paramref name="subcommand"/>, before the image
        /// (Aspire's container runtime arguments go to <c>docker create</c> that way). Options end at the first
        /// positional token, as they would in the full command line. Null when a token stops the command (<c>--help</c>).
        /// </summary>
        public static DockerCommand? ParseOptionsOnly(IReadOnlyList<CommandToken> tokens, DockerSubcommand subcommand) =>
            tokens == null ? null : ParseOptions(tokens, subcommand, -1);

        private static DockerCommand? ParseOptions(IReadOnlyList<CommandToken> tokens, DockerSubcommand subcommand, int subcommandIndex)
        {
            var table = DockerCliOptions.For(subcommand);
            var interspersed = DockerCliOptions.IsInterspersed(subcommand);
            var wantsImage = subcommand == DockerSubcommand.Run
                || subcommand == DockerSubcommand.Create
                || subcommand == DockerSubcommand.ServiceCreate;
            var options = new List<CommandOption>();
            var unknown = false;
            var image = -1;
            var n = tokens.Count;
            var j = subcommandIndex + 1;
            while (j < n)
            {
                var token = tokens[j];
                if (token == null || token.IsSplice)
                {
                    unknown = true;
                    j++;
                    continue;
                }

                if (token.HasHole)
                {
                    var prefix = token.ConstantPrefix;
                    if (token.Text.Length == 0)
                    {
                        // Wholly unknown: one option, or the image.
                        unknown = true;
                        j++;
                        continue;
                    }

                    if (prefix.Length >= 2 && prefix[0] == '-' && prefix[1] == '-')
                    {
                        var eq = prefix.IndexOf('=', 2);
                        if (eq < 0)
                        {
                            // The flag's name itself is unknown.
                            unknown = true;
                        }
                        else
                        {
                            var name = prefix.Substring(2, eq - 2);
                            var canonical = table.TryGetLong(name, out var spec) ? spec.Name : name;
                            options.Add(new CommandOption(canonical, j, j, eq + 1, null, true));
                        }

                        j++;
                        continue;
                    }

                    if (prefix.Length >= 1 && prefix[0] == '-')
                    {
                        if (!ShortClusterWithHole(prefix, j, table, options, out var stops))
                        {
                            unknown = true;
                        }

                        if (stops)
                        {
                            return null;
                        }

                        j++;
                        continue;
                    }

                    // A positional with a hole, such as "{registry}/app:1" or "app:{tag}".
                }
                else
                {
                    var s = token.Text;
                    if (s == "--")
                    {
                        j++;
                        if (wantsImage && image < 0 && j < n)
                        {
                            var next = tokens[j];
                            if (next == null || next.IsSplice || (next.HasHole && next.Text.Length == 0))
                            {
                                unknown = true;
                            }
                            else if (!unknown)
                            {
                                image = j;
                            }
                        }

                        break;
                    }

                    if (s.Length >= 2 && s[0] == '-' && s[1] == '-')
                    {
                        var eq = s.IndexOf('=', 2);
                        var name = eq < 0 ? s.Substring(2) : s.Substring(2, eq - 2);
                        var found = table.TryGetLong(name, out var spec);
                        if (found && spec.StopsCommand)
                        {
                            return null;
                        }

                        var canonical = found ? spec.Name : name;
                        if (eq >= 0)
                        {
                            options.Add(new CommandOption(canonical, j, j, eq + 1, s.Substring(eq + 1), false));
                            j++;
                        }
                        else if (found && spec.TakesValue)
                        {
                            j = TakeNext(tokens, j, canonical, options);
                        }
                        else
                        {
                            options.Add(new CommandOption(canonical, j, -1, 0, null, false));
                            j++;
                        }

                        continue;
                    }

                    if (s.Length >= 2 && s[0] == '-')
                    {
                        var next = ShortCluster(tokens, s, j, table, options);
                        if (next < 0)
                        {
                            return null;
                        }

                        j = next;
                        continue;
                    }
                }

                // A positional argument.
                if (!interspersed)
                {
                    if (wantsImage && !unknown)
                    {
                        image = j;
                    }

                    break;
                }

                j++;
            }

            return new DockerCommand(tokens, subcommand, subcommandIndex, options, wantsImage ? image : -1, unknown);
        }

        /// <summary>A shorthand cluster such as <c>-dit</c> or <c>-m512m</c>; returns the next token index, or -1 for help.</summary>
        private static int ShortCluster(IReadOnlyList<CommandToken> tokens, string s, int j, OptionTable table, List<CommandOption> options)
        {
            for (var k = 1; k < s.Length; k++)
            {
                var c = s[k];
                var found = table.TryGetShort(c, out var spec);
                if (found && spec.StopsCommand)
                {
                    return -1;
                }

                var canonical = found ? spec.Name : c.ToString();
                if (k + 1 < s.Length && s[k + 1] == '=')
                {
                    options.Add(new CommandOption(canonical, j, j, k + 2, s.Substring(k + 2), false));
                    return j + 1;
                }

                if (!found || !spec.TakesValue)
                {
                    options.Add(new CommandOption(canonical, j, -1, 0, null, false));
                    continue;
                }

                if (k + 1 < s.Length)
                {
                    options.Add(new CommandOption(canonical, j, j, k + 1, s.Substring(k + 1), false));
                    return j + 1;
                }

                return TakeNext(tokens, j, canonical, options);
            }

            return j + 1;
        }

        /// <summary>
        /// A shorthand cluster whose constant start is <paramref name="prefix"/> and which goes on with a hole.
        /// Returns false when the hole may hold further flags.
        /// </summary>
        private static bool ShortClusterWithHole(string prefix, int j, OptionTable table, List<CommandOption> options, out bool stops)
        {
            stops = false;
            for (var k = 1; k < prefix.Length; k++)
            {
                var c = prefix[k];
                var found = table.TryGetShort(c, out var spec);
                if (found && spec.StopsCommand)
                {
                    stops = true;
                    return true;
                }

                var canonical = found ? spec.Name : c.ToString();
                if (k + 1 < prefix.Length && prefix[k + 1] == '=')
                {
                    options.Add(new CommandOption(canonical, j, j, k + 2, null, true));
                    return true;
                }

                if (!found || !spec.TakesValue)
                {
                    options.Add(new CommandOption(canonical, j, -1, 0, null, false));
                    continue;
                }

                options.Add(new CommandOption(canonical, j, j, k + 1, null, true));
                return true;
            }

            return false;
        }

        /// <summary>The flag at <paramref name="j"/> takes the next token as its value, whatever it is.</summary>
        private static int TakeNext(IReadOnlyList<CommandToken> tokens, int j, string name, List<CommandOption> options)
        {
            if (j + 1 >= tokens.Count || tokens[j + 1] == null)
            {
                options.Add(new CommandOption(name, j, -1, 0, null, false));
                return j + 1;
            }

            var value = tokens[j + 1];
            options.Add(new CommandOption(name, j, j + 1, 0, value.IsUnknown ? null : value.Text, value.IsUnknown));
            return j + 2;
        }

        /// <summary>Skips flags of <paramref name="table"/>; false when the command cannot launch (help, unknown, end).</summary>
        private static bool SkipFlags(IReadOnlyList<CommandToken> tokens, ref int i, OptionTable table)
        {
            var n = tokens.Count;
            while (i < n)
            {
                var token = tokens[i];
                if (token == null || token.IsSplice)
                {
                    return false;
                }

                if (token.HasHole)
                {
                    // Only a flag whose value holds the hole can be skipped ("--host={h}", "-H{h}").
                    if (!IsFlagWithUnknownValue(token.ConstantPrefix, table))
                    {
                        return false;
                    }

                    i++;
                    continue;
                }

                var s = token.Text;
                if (s.Length < 2 || s[0] != '-')
                {
                    return true;
                }

                if (s == "--")
                {
                    return false;
                }

                var takesNext = false;
                if (s[1] == '-')
                {
                    var eq = s.IndexOf('=', 2);
                    var name = eq < 0 ? s.Substring(2) : s.Substring(2, eq - 2);
                    if (table.TryGetLong(name, out var spec))
                    {
                        if (spec.StopsCommand)
                        {
                            return false;
                        }

                        takesNext = spec.TakesValue && eq < 0;
                    }
                }
                else
                {
                    for (var k = 1; k < s.Length; k++)
                    {
                        if (!table.TryGetShort(s[k], out var spec))
                        {
                            continue;
                        }

                        if (spec.StopsCommand)
                        {
                            return false;
                        }

                        if (spec.TakesValue || (k + 1 < s.Length && s[k + 1] == '='))
                        {
                            takesNext = spec.TakesValue && k + 1 == s.Length;
                            break;
                        }
                    }
                }

                i += takesNext ? 2 : 1;
            }

            return false;
        }

        private static bool IsFlagWithUnknownValue(string prefix, OptionTable table)
        {
            if (prefix.Length < 2 || prefix[0] != '-')
            {
                return false;
            }

            if (prefix[1] == '-')
            {
                var eq = prefix.IndexOf('=', 2);
                return eq > 2 && !(table.TryGetLong(prefix.Substring(2, eq - 2), out var spec) && spec.StopsCommand);
            }

            for (var k = 1; k < prefix.Length; k++)
            {
                var found = table.TryGetShort(prefix[k], out var spec);
                if (found && spec.StopsCommand)
                {
                    return false;
                }

                if ((found && spec.TakesValue) || (k + 1 < prefix.Length && prefix[k + 1] == '='))
                {
                    return true;
                }
            }

            return false;
        }

        private static string? WordAt(IReadOnlyList<CommandToken> tokens, int i)
        {
            if (i < 0 || i >= tokens.Count)
            {
                return null;
            }

            var token = tokens[i];
            return token == null || token.IsUnknown ? null : token.Text;
        }

        /// <summary><c>docker</c>, <c>docker.exe</c>, or a path ending in one of them (case-insensitive).</summary>
        internal static bool IsDockerExecutable(CommandToken token)
        {
            if (token == null || token.IsSplice)
            {
                return false;
            }

            var text = token.HasHole ? token.ConstantSuffix : token.Text;
            if (token.HasHole && text.IndexOf('/') < 0 && text.IndexOf('\\') < 0)
            {
                // "{dir}docker" could be "mydocker".
                return false;
            }

            return DockerExecutable.Matches(text);
        }
    }
}
