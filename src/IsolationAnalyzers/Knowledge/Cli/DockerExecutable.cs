using System;

namespace IsolationAnalyzers.Knowledge.Cli
{
    /// <summary>Whether a constant names the docker client: <c>docker</c>, or a path ending in <c>docker</c>/<c>docker.exe</c>.</summary>
    internal static class DockerExecutable
    {
        public static bool Matches(string? text)
        {
            if (text is null || text.Length < 6 || text.Length > 4096)
            {
                return false;
            }

            // Cheapest test first: the name ends in "docker" or "docker.exe", perhaps followed by a quote.
            var last = text[text.Length - 1];
            if (last == '"' || last == '\'' || last == ' ')
            {
                last = text.TrimEnd('"', '\'', ' ') is { Length: > 0 } trimmed ? trimmed[trimmed.Length - 1] : ' ';
            }

            if (last != 'r' && last != 'R' && last != 'e' && last != 'E')
            {
                return false;
            }

            var name = text.Trim().Trim('"', '\'');
            if (name.EndsWith(".exe", StringComparison.OrdinalIgnoreCase))
            {
                name = name.Substring(0, name.Length - 4);
            }

            if (!name.EndsWith("docker", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            return name.Length == 6 || name[name.Length - 7] == '/' || name[name.Length - 7] == '\\';
        }
    }
}
