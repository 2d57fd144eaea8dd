using System;

namespace IsolationAnalyzers.Knowledge
{
    /// <summary>
    /// Classifies an image reference as Windows (build known or not), Linux or unknown (rules.md §2, image naming in
    /// windows-containers.md §2). Only the exact release tokens of the table count, as whole '-'-separated tokens of
    /// the tag: <c>8.0</c> or <c>1.27</c> are never releases.
    /// </summary>
    internal static class ImageClassifier
    {
        private const string Mcr = "mcr.microsoft.com";

        // Substrings of a tag that say "Windows" ("windowsservercore" contains two of them).
        private static readonly string[] s_windowsTagWords = { "nanoserver", "servercore", "windows" };

        // Substrings of a tag that say "Linux".
        private static readonly string[] s_linuxTagWords =
        {
            "alpine", "bookworm", "bullseye", "jammy", "noble", "focal", "slim", "azurelinux", "cbl-mariner", "distroless", "chiseled",
        };

        // Docker Hub official images that publish Linux images only (rules.md §2 "Docker Hub official images with no
        // Windows word in the tag"). A bare name outside this list may be an image built locally, Windows included,
        // and official images such as python, golang or mongo also publish Windows variants under shared tags: both
        // stay unknown unless a tag word says more.
        private static readonly string[] s_linuxOnlyOfficialImages =
        {
            "almalinux", "alpine", "amazonlinux", "archlinux", "bash", "buildpack-deps", "busybox", "cassandra", "centos",
            "clojure", "couchdb", "debian", "elasticsearch", "elixir", "erlang", "fedora", "gcc", "haproxy", "httpd",
            "kibana", "logstash", "mariadb", "memcached", "mysql", "neo4j", "nextcloud", "nginx", "node", "oraclelinux",
            "percona", "perl", "php", "postgres", "rabbitmq", "redis", "redmine", "registry", "rockylinux", "ruby", "rust",
            "solr", "tomcat", "ubuntu", "wordpress", "zookeeper",
        };

        // Repositories (on their registry) that only hold Windows images.
        private static readonly string[] s_windowsBaseOsRepositories = { "windows", "windows/nanoserver", "windows/servercore", "windows/server" };
        private static readonly string[] s_dockerHubWindowsRepositories = { "microsoft/nanoserver", "microsoft/windowsservercore" };

        public static ImageClassification Classify(ImageReference image, string? platform)
        {
            if (image is null)
            {
                return default;
            }

            bool pinned = image.Digest is not null;
            string? tag = image.Tag;
            string repository = image.Repository;
            bool onMcr = image.NormalizedRegistry == Mcr;
            bool isBaseOs = onMcr && IsOneOf(repository, s_windowsBaseOsRepositories);

            if (StartsWith(platform, "linux"))
            {
                return new ImageClassification(ImageOs.Linux, null, WindowsBase.Unknown, isBaseOs, null, pinned);
            }

            FindReleaseToken(tag, out int tokenStart, out int tokenLength, out int build, out bool distinctlyWindows);

            bool windows = StartsWith(platform, "windows")
                || isBaseOs
                || IsWindowsRepository(image, onMcr)
                || NamesWindows(repository)
                || distinctlyWindows
                || ContainsAny(tag, s_windowsTagWords);

            if (windows)
            {
                WindowsBase @base = Contains(tag, "nanoserver") || Contains(repository, "nanoserver")
                    ? WindowsBase.NanoServer
                    : WindowsBase.ServerCore;
                string? releaseToken = tokenLength > 0 ? tag!.Substring(tokenStart, tokenLength) : null;
                int? knownBuild = tokenLength > 0 ? build : null;
                return new ImageClassification(ImageOs.Windows, knownBuild, @base, isBaseOs, releaseToken, pinned);
            }

            bool linux = ContainsAny(tag, s_linuxTagWords)
                || (image.IsDockerHubOfficial && IsLinuxOnlyOfficialImage(repository))
                || (onMcr && StartsWith(repository, "dotnet/"))
                || (onMcr && string.Equals(repository, "mssql/server", StringComparison.OrdinalIgnoreCase));

            return new ImageClassification(linux ? ImageOs.Linux : ImageOs.Unknown, null, WindowsBase.Unknown, false, null, pinned);
        }

        private static bool IsLinuxOnlyOfficialImage(string repository)
        {
            var name = repository.StartsWith("library/", StringComparison.OrdinalIgnoreCase) ? repository.Substring(8) : repository;
            foreach (var official in s_linuxOnlyOfficialImages)
            {
                if (string.Equals(name, official, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Finds the last '-'-separated token of <paramref name="tag"/> that names a release. Tokens after it such as
        /// <c>KB5034768</c> are ignored.
        /// </summary>
        internal static void FindReleaseToken(string? tag, out int start, out int length, out int build, out bool distinctlyWindows)
        {
            start = 0;
            length = 0;
            build = 0;
            distinctlyWindows = false;
            if (tag is null)
            {
                return;
            }

            int segmentStart = 0;
            for (int i = 0; i <= tag.Length; i++)
            {
                if (i < tag.Length && tag[i] != '-')
                {
                    continue;
                }

                int segmentLength = i - segmentStart;
                if (WindowsReleases.TryGetBuildOfReleaseToken(tag, segmentStart, segmentLength, out int segmentBuild))
                {
                    start = segmentStart;
                    length = segmentLength;
                    build = segmentBuild;
                    distinctlyWindows = WindowsReleases.IsDistinctlyWindowsReleaseToken(tag, segmentStart, segmentLength);
                }

                segmentStart = i + 1;
            }
        }

        private static bool IsWindowsRepository(ImageReference image, bool onMcr)
        {
            string repository = image.Repository;
            if (onMcr)
            {
                return StartsWith(repository, "windows/") || StartsWith(repository, "dotnet/framework/")
                    || string.Equals(repository, "windows", StringComparison.OrdinalIgnoreCase);
            }

            return image.NormalizedRegistry == ImageReference.DockerHub && IsOneOf(repository, s_dockerHubWindowsRepositories);
        }

        /// <summary>
        /// rules.md §2 "Windows by name": a component of the repository path, or a '-'/'_'-separated part of one, starts
        /// with "windows" (<c>microsoft/mssql-server-windows-express</c>, <c>cloudfoundry/windows2016fs</c>,
        /// <c>windows/servercore/iis</c>). The registry host is not part of the path.
        /// </summary>
        internal static bool NamesWindows(string repository)
        {
            const string Word = "windows";
            var partStart = 0;
            for (var i = 0; i <= repository.Length; i++)
            {
                if (i < repository.Length && repository[i] != '/' && repository[i] != '-' && repository[i] != '_')
                {
                    continue;
                }

                if (i - partStart >= Word.Length && string.Compare(repository, partStart, Word, 0, Word.Length, StringComparison.OrdinalIgnoreCase) == 0)
                {
                    return true;
                }

                partStart = i + 1;
            }

            return false;
        }

        internal static bool IsOneOf(string value, string[] candidates)
        {
            foreach (string candidate in candidates)
            {
                if (string.Equals(value, candidate, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool ContainsAny(string? text, string[] words)
        {
            if (text is null)
            {
                return false;
            }

            foreach (string word in words)
            {
                if (Contains(text, word))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool Contains(string? text, string word) =>
            text is not null && text.IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0;

        private static bool StartsWith(string? text, string prefix) =>
            text is not null && text.TrimStart().StartsWith(prefix, StringComparison.OrdinalIgnoreCase);
    }
}
