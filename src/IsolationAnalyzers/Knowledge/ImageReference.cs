using System;

namespace IsolationAnalyzers.Knowledge
{
    /// <summary>
    /// An image reference <c>[registry/][path/]name[:tag][@digest]</c> (rules.md §2). Lenient about character sets
    /// (it reports on what users wrote), strict about structure. Parsing never throws.
    /// </summary>
    internal sealed class ImageReference
    {
        public const string DockerHub = "docker.io";

        private ImageReference(string text, string? registry, string repository, string? tag, string? digest)
        {
            Text = text;
            Registry = registry;
            Repository = repository;
            Tag = tag;
            Digest = digest;
            NormalizedRegistry = Normalize(registry);
            IsDockerHubOfficial = NormalizedRegistry == DockerHub
                && (repository.IndexOf('/') < 0 || repository.StartsWith("library/", StringComparison.OrdinalIgnoreCase));
        }

        /// <summary>The original text.</summary>
        public string Text { get; }

        /// <summary>The registry as written, or null when none (Docker Hub).</summary>
        public string? Registry { get; }

        /// <summary>The path and name without the registry (<c>windows/servercore</c>, <c>ubuntu</c>).</summary>
        public string Repository { get; }

        public string? Tag { get; }

        /// <summary><c>sha256:…</c>, or null.</summary>
        public string? Digest { get; }

        /// <summary>The lower-case registry host (port kept); Docker Hub in any spelling is <c>docker.io</c>.</summary>
        public string NormalizedRegistry { get; }

        /// <summary>A Docker Hub official image: no namespace, or the <c>library/</c> namespace.</summary>
        public bool IsDockerHubOfficial { get; }

        public static ImageReference? Parse(string? text)
        {
            if (text is null || text.Length == 0)
            {
                return null;
            }

            foreach (char c in text)
            {
                if (c <= ' ' || char.IsWhiteSpace(c))
                {
                    return null;
                }
            }

            // Digest: everything after the first '@', which must be "algorithm:hex".
            string nameAndTag = text;
            string? digest = null;
            int at = text.IndexOf('@');
            if (at >= 0)
            {
                digest = text.Substring(at + 1);
                int colon = digest.IndexOf(':');
                if (colon <= 0 || colon == digest.Length - 1 || digest.IndexOf('@') >= 0 || digest.IndexOf('/') >= 0)
                {
                    return null;
                }

                nameAndTag = text.Substring(0, at);
            }

            // Registry: a first component containing '.' or ':' or equal to "localhost".
            string? registry = null;
            string rest = nameAndTag;
            int slash = nameAndTag.IndexOf('/');
            if (slash >= 0)
            {
                string first = nameAndTag.Substring(0, slash);
                if (first.IndexOf('.') >= 0 || first.IndexOf(':') >= 0 || first == "localhost")
                {
                    if (first[0] == ':' || first[first.Length - 1] == ':' || first.IndexOf(':') != first.LastIndexOf(':'))
                    {
                        return null;
                    }

                    registry = first;
                    rest = nameAndTag.Substring(slash + 1);
                }
            }

            // Tag: after a ':' in the last path component.
            string repository = rest;
            string? tag = null;
            int lastSlash = rest.LastIndexOf('/');
            int tagColon = rest.IndexOf(':', lastSlash + 1);
            if (tagColon >= 0)
            {
                tag = rest.Substring(tagColon + 1);
                repository = rest.Substring(0, tagColon);
                if (tag.Length == 0 || tag.IndexOf(':') >= 0)
                {
                    return null;
                }
            }

            if (!IsValidRepository(repository))
            {
                return null;
            }

            return new ImageReference(text, registry, repository, tag, digest);
        }

        /// <summary>The same reference with the tag replaced (or added); a digest is dropped.</summary>
        public string WithTag(string newTag)
        {
            string prefix = Registry is null ? Repository : Registry + "/" + Repository;
            return string.IsNullOrEmpty(newTag) ? prefix : prefix + ":" + newTag;
        }

        public override string ToString() => Text;

        private static bool IsValidRepository(string repository)
        {
            if (repository.Length == 0 || repository[0] == '/' || repository[repository.Length - 1] == '/')
            {
                return false;
            }

            for (int i = 0; i < repository.Length; i++)
            {
                char c = repository[i];
                if (c == ':' || (c == '/' && repository[i - 1] == '/'))
                {
                    return false;
                }
            }

            return true;
        }

        private static string Normalize(string? registry)
        {
            if (registry is null
                || string.Equals(registry, DockerHub, StringComparison.OrdinalIgnoreCase)
                || string.Equals(registry, "index.docker.io", StringComparison.OrdinalIgnoreCase)
                || string.Equals(registry, "registry-1.docker.io", StringComparison.OrdinalIgnoreCase))
            {
                return DockerHub;
            }

            return registry.ToLowerInvariant();
        }
    }
}
