using System.Text;
using IsolationAnalyzers.Tests.Verifiers;

namespace IsolationAnalyzers.Tests.Testcontainers.Testcontainers3
{
    // rules.md §1.1: Testcontainers 3.x (3.10.0, on Docker.DotNet 3.125, whose HostConfig carries no nullable
    // annotations) has the same ContainerBuilder API as 4.x and must give the same verdicts and fixes. Every test of
    // the 4.16.0 classes runs again against 3.10.0 (and Testcontainers.MsSql 3.10.0). 3.x has no image constructors,
    // so `new ContainerBuilder(image)` is written the 3.x way, `new ContainerBuilder().WithImage(image)`, before and
    // after a fix alike.

    /// <summary>The launch tests against Testcontainers 3.10.0.</summary>
    public class Testcontainers3LaunchTests : TestcontainersLaunchTests
    {
        protected override DockerLibrary Library => DockerLibrary.Testcontainers3;

        protected override string Adapt(string source) => Testcontainers3Source.WithoutImageConstructors(source);
    }

    /// <summary>The trust and resource tests against Testcontainers 3.10.0.</summary>
    public class Testcontainers3TrustAndResourceTests : TestcontainersTrustAndResourceTests
    {
        protected override DockerLibrary Library => DockerLibrary.Testcontainers3;

        protected override string Adapt(string source) => Testcontainers3Source.WithoutImageConstructors(source);
    }

    /// <summary>The code-fix tests against Testcontainers 3.10.0.</summary>
    public class Testcontainers3CodeFixTests : TestcontainersCodeFixTests
    {
        protected override DockerLibrary Library => DockerLibrary.Testcontainers3;

        protected override string Adapt(string source) => Testcontainers3Source.WithoutImageConstructors(source);
    }

    internal static class Testcontainers3Source
    {
        private static readonly string[] Builders = { "new ContainerBuilder(", "new MsSqlBuilder(" };

        /// <summary><c>new ContainerBuilder(x)</c> → <c>new ContainerBuilder().WithImage(x)</c> (also for <c>MsSqlBuilder</c>).</summary>
        public static string WithoutImageConstructors(string source)
        {
            var result = new StringBuilder(source.Length + 64);
            var i = 0;
            while (i < source.Length)
            {
                var match = -1;
                string? builder = null;
                foreach (var candidate in Builders)
                {
                    var at = source.IndexOf(candidate, i, System.StringComparison.Ordinal);
                    if (at >= 0 && (match < 0 || at < match))
                    {
                        match = at;
                        builder = candidate;
                    }
                }

                if (match < 0 || builder is null)
                {
                    result.Append(source, i, source.Length - i);
                    break;
                }

                var open = match + builder.Length;
                var close = ClosingParenthesis(source, open);
                result.Append(source, i, open - i);
                if (close < 0 || close == open)
                {
                    // `new ContainerBuilder()`, or not a call we can read: as written.
                    i = open;
                    continue;
                }

                result.Append(").WithImage(").Append(source, open, close - open);
                i = close;
            }

            return result.ToString();
        }

        /// <summary>The index of the ')' that closes the '(' before <paramref name="start"/>, skipping string literals.</summary>
        private static int ClosingParenthesis(string source, int start)
        {
            var depth = 1;
            for (var i = start; i < source.Length; i++)
            {
                switch (source[i])
                {
                    case '"':
                        i = source.IndexOf('"', i + 1);
                        if (i < 0)
                        {
                            return -1;
                        }

                        break;
                    case '(':
                        depth++;
                        break;
                    case ')':
                        if (--depth == 0)
                        {
                            return i;
                        }

                        break;
                }
            }

            return -1;
        }
    }
}
