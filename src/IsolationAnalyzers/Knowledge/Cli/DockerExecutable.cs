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
