using System;
using System.Collections.Generic;

namespace IsolationAnalyzers.Knowledge
{
    /// <summary>
    /// The Windows OS release/build table (windows-containers.md §2; microsoft/hcsshim <c>osversion/windowsbuilds.go</c>,
    /// Microsoft "Windows container base image lifecycle"). Every release fact of the analyzer lives here.
    /// </summary>
    internal static class WindowsReleases
    {
        /// <summary>Lowest and highest build accepted anywhere: 10240 is the first Windows 10 build.</summary>
        private const int MinBuild = 10240;
        private const int MaxBuild = 99999;

        // Image tag tokens naming a release (compared case-insensitively).
        private static readonly ReleaseName[] s_releaseTokens =
        {
            new("ltsc2016", 14393),
            new("sac2016", 14393),
            new("1607", 14393),
            new("1709", 16299),
            new("1803", 17134),
            new("1809", 17763),
            new("ltsc2019", 17763),
            new("1903", 18362),
            new("1909", 18363),
            new("2004", 19041),
            new("20H2", 19042),
            new("ltsc2022", 20348),
            new("ltsc2025", 26100),
        };

        // Host names accepted in isolation_analyzers.host_os besides the tags and build numbers.
        private static readonly ReleaseName[] s_hostNames =
        {
            new("windows-server-2016", 14393),
            new("windows-server-2019", 17763),
            new("windows-server-2022", 20348),
            new("windows-server-2025", 26100),
            new("windows-server-1709", 16299),
            new("windows-server-1803", 17134),
            new("windows-server-1903", 18362),
            new("windows-server-1909", 18363),
            new("windows-server-2004", 19041),
            new("windows-server-20h2", 19042),
            new("windows-server-23h2", 25398),
            new("windows-10-1809", 17763),
            new("windows-10-1903", 18362),
            new("windows-10-1909", 18363),
            new("windows-10-2004", 19041),
            new("windows-10-20h2", 19042),
            new("windows-10-21h1", 19043),
            new("windows-10-21h2", 19044),
            new("windows-10-22h2", 19045),
            new("windows-11-21h2", 22000),
            new("windows-11-22h2", 22621),
            new("windows-11-23h2", 22631),
            new("windows-11-24h2", 26100),
        };

        // Preferred tag per image build: LTSC name where there is one, else the SAC name.
        private static readonly ReleaseName[] s_preferredTokens =
        {
            new("ltsc2016", 14393),
            new("1709", 16299),
            new("1803", 17134),
            new("ltsc2019", 17763),
            new("1903", 18362),
            new("1909", 18363),
            new("2004", 19041),
            new("20H2", 19042),
            new("ltsc2022", 20348),
            new("ltsc2025", 26100),
        };

        // The semi-annual ("1809"-style) name of a build, where it has one.
        private static readonly ReleaseName[] s_sacTokens =
        {
            new("1709", 16299),
            new("1803", 17134),
            new("1809", 17763),
            new("1903", 18362),
            new("1909", 18363),
            new("2004", 19041),
            new("20H2", 19042),
        };

        private static readonly int[] s_imageBuilds = { 14393, 16299, 17134, 17763, 18362, 18363, 19041, 19042, 20348, 26100 };

        /// <summary>Builds for which Windows base images were published, ascending.</summary>
        public static IReadOnlyList<int> ImageBuilds { get; } = Array.AsReadOnly(s_imageBuilds);

        /// <summary>
        /// Parses one <c>host_os</c> item: a release tag, a host name or a build number (<c>20348</c>,
        /// <c>10.0.20348</c>, <c>10.0.20348.2340</c>). Case-insensitive, trimmed. Builds outside 10240..99999 are
        /// rejected.
        /// </summary>
        public static bool TryParseHost(string? text, out HostOs host)
        {
            host = default;
            if (text is null)
            {
                return false;
            }

            string trimmed = text.Trim();
            if (trimmed.Length == 0 || trimmed.Length > 64)
            {
                return false;
            }

            if (TryFind(s_releaseTokens, trimmed, 0, trimmed.Length, out int build)
                || TryFind(s_hostNames, trimmed, 0, trimmed.Length, out build)
                || TryParseBuildNumber(trimmed, 0, trimmed.Length, out build)
                || TryParseVersion(trimmed, 0, trimmed.Length, out build))
            {
                host = new HostOs(trimmed, build);
                return true;
            }

            return false;
        }

        /// <summary>
        /// An image tag token naming a release: a token of the table (<c>ltsc2022</c>, <c>1809</c>, <c>20H2</c> in any
        /// case) or an explicit version <c>10.0.&lt;build&gt;[.&lt;rev&gt;]</c>. No trimming.
        /// </summary>
        public static bool TryGetBuildOfReleaseToken(string token, out int build)
        {
            build = 0;
            return token is not null && TryGetBuildOfReleaseToken(token, 0, token.Length, out build);
        }

        /// <summary>As <see cref="TryGetBuildOfReleaseToken(string, out int)"/> on a slice, without allocating.</summary>
        internal static bool TryGetBuildOfReleaseToken(string text, int start, int length, out int build)
        {
            build = 0;
            if (text is null || start < 0 || length <= 0 || start + length > text.Length)
            {
                return false;
            }

            return TryFind(s_releaseTokens, text, start, length, out build) || TryParseVersion(text, start, length, out build);
        }

        /// <summary>
        /// True for the tokens that by themselves say "Windows" (<c>ltsc…</c>, <c>sac…</c>); the numeric ones
        /// (<c>1809</c>, <c>2004</c>, <c>10.0.x</c>) also occur as ordinary version numbers.
        /// </summary>
        internal static bool IsDistinctlyWindowsReleaseToken(string text, int start, int length)
        {
            return TryFind(s_releaseTokens, text, start, length, out _)
                && length > 3
                && (string.Compare(text, start, "ltsc", 0, 4, StringComparison.OrdinalIgnoreCase) == 0
                    || string.Compare(text, start, "sac", 0, 3, StringComparison.OrdinalIgnoreCase) == 0);
        }

        /// <summary>True when the slice is an explicit <c>10.0.&lt;build&gt;[.&lt;rev&gt;]</c> version.</summary>
        internal static bool IsExplicitVersion(string text, int start, int length) => TryParseVersion(text, start, length, out _);

        /// <summary>
        /// Preferred release token: 14393 → <c>ltsc2016</c>, 17763 → <c>ltsc2019</c>, 20348 → <c>ltsc2022</c>,
        /// 26100 → <c>ltsc2025</c>, SAC builds → their SAC name (<c>1709</c> … <c>20H2</c>); null for others.
        /// </summary>
        public static string? ReleaseTokenForBuild(int build) => Find(s_preferredTokens, build);

        /// <summary>The SAC-style name (<c>1809</c>, <c>20H2</c>) of a build, or null when it has none.</summary>
        internal static string? SacTokenForBuild(int build) => Find(s_sacTokens, build);

        /// <summary>True when the slice is a SAC-style token (<c>1709</c> … <c>20H2</c>, <c>1607</c>).</summary>
        internal static bool IsSacStyleToken(string text, int start, int length)
        {
            if (TryFind(s_sacTokens, text, start, length, out _))
            {
                return true;
            }

            return length == 4 && string.Compare(text, start, "1607", 0, 4, StringComparison.Ordinal) == 0;
        }

        private static string? Find(ReleaseName[] table, int build)
        {
            foreach (ReleaseName entry in table)
            {
                if (entry.Build == build)
                {
                    return entry.Name;
                }
            }

            return null;
        }

        private static bool TryFind(ReleaseName[] table, string text, int start, int length, out int build)
        {
            foreach (ReleaseName entry in table)
            {
                if (entry.Name.Length == length
                    && string.Compare(text, start, entry.Name, 0, length, StringComparison.OrdinalIgnoreCase) == 0)
                {
                    build = entry.Build;
                    return true;
                }
            }

            build = 0;
            return false;
        }

        // A plain build number in range (at most 9 digits, so it never overflows).
        private static bool TryParseBuildNumber(string text, int start, int length, out int build)
        {
            build = 0;
            if (length <= 0 || length > 9)
            {
                return false;
            }

            int value = 0;
            for (int i = start; i < start + length; i++)
            {
                char c = text[i];
                if (c < '0' || c > '9')
                {
                    return false;
                }

                value = (value * 10) + (c - '0');
            }

            if (value < MinBuild || value > MaxBuild)
            {
                return false;
            }

            build = value;
            return true;
        }

        // 10.0.<build>[.<rev>]: the build in range, the revision all digits.
        private static bool TryParseVersion(string text, int start, int length, out int build)
        {
            build = 0;
            const string Prefix = "10.0.";
            if (length <= Prefix.Length || string.Compare(text, start, Prefix, 0, Prefix.Length, StringComparison.Ordinal) != 0)
            {
                return false;
            }

            int buildStart = start + Prefix.Length;
            int end = start + length;
            int dot = text.IndexOf('.', buildStart, end - buildStart);
            int buildEnd = dot < 0 ? end : dot;
            if (!TryParseBuildNumber(text, buildStart, buildEnd - buildStart, out int parsed))
            {
                return false;
            }

            if (dot >= 0)
            {
                int revLength = end - dot - 1;
                if (revLength <= 0 || revLength > 10)
                {
                    return false;
                }

                for (int i = dot + 1; i < end; i++)
                {
                    if (text[i] < '0' || text[i] > '9')
                    {
                        return false;
                    }
                }
            }

            build = parsed;
            return true;
        }

        private readonly struct ReleaseName
        {
            public ReleaseName(string name, int build)
            {
                Name = name;
                Build = build;
            }

            public string Name { get; }

            public int Build { get; }
        }
    }
}
