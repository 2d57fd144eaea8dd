using System;
using System.Text;

namespace IsolationAnalyzers.Knowledge
{
    /// <summary>
    /// Rewrites an image's tag so that it names another OS release, keeping the image's own naming scheme
    /// (<c>8.0-nanoserver-ltsc2025</c> → <c>8.0-nanoserver-ltsc2022</c>). Used by the "pin the image" fix.
    /// </summary>
    internal static class ImageRetagger
    {
        private const string Mcr = "mcr.microsoft.com";

        // Which builds a repository publishes, where it does not publish all of WindowsReleases.ImageBuilds.
        // mcr.microsoft.com/windows (the full Windows image) ran from 1809 to 20H2; for 2022 and later it is
        // mcr.microsoft.com/windows/server, which only has ltsc2022 and ltsc2025.
        private static readonly int[] s_windowsImageBuilds = { 17763, 18362, 18363, 19041, 19042 };
        private static readonly int[] s_windowsServerImageBuilds = { 20348, 26100 };

        // The legacy Docker Hub repositories stopped at 1809.
        private static readonly string[] s_legacyDockerHubRepositories = { "microsoft/nanoserver", "microsoft/windowsservercore" };
        private const int LegacyDockerHubLastBuild = 17763;

        // .NET (not Framework) publishes Windows images for ltsc2019/1809, ltsc2022 and ltsc2025; .NET 10 dropped 2019.
        private static readonly int[] s_dotnetImageBuilds = { 17763, 20348, 26100 };
        private const int DotnetMajorWithout2019 = 10;

        /// <summary>The Nano Server 2016 image was only published as a semi-annual channel release.</summary>
        private const string NanoServer2016Token = "sac2016";

        public static string? PinToBuild(ImageReference image, ImageClassification classification, int targetBuild)
        {
            if (image is null || classification.Os != ImageOs.Windows || !IsImageBuild(targetBuild))
            {
                return null;
            }

            string? tag = image.Tag;
            if (!IsPublished(image, tag, targetBuild))
            {
                return null;
            }

            ImageClassifier.FindReleaseToken(tag, out int start, out int length, out _, out _);
            bool nano = classification.Base == WindowsBase.NanoServer;
            bool sacStyle = length > 0 && WindowsReleases.IsSacStyleToken(tag!, start, length);
            string? token = TokenFor(targetBuild, nano, sacStyle);
            if (token is null)
            {
                return null;
            }

            if (length == 0)
            {
                // No release in the tag (none, "latest", "4.8"): only the base OS images have a plain release tag.
                return classification.IsWindowsBaseOsImage ? image.WithTag(token) : null;
            }

            var builder = new StringBuilder(tag!.Length + token.Length);
            builder.Append(tag, 0, start).Append(token);
            AppendRestWithoutKb(builder, tag, start + length);
            return image.WithTag(builder.ToString());
        }

        private static string? TokenFor(int build, bool nano, bool sacStyle)
        {
            if (nano)
            {
                // Nano Server never had ltsc2016/ltsc2019 tags: sac2016, 1809, then ltsc2022.
                return build == 14393 ? NanoServer2016Token : WindowsReleases.SacTokenForBuild(build) ?? WindowsReleases.ReleaseTokenForBuild(build);
            }

            if (sacStyle)
            {
                return WindowsReleases.SacTokenForBuild(build) ?? WindowsReleases.ReleaseTokenForBuild(build);
            }

            return WindowsReleases.ReleaseTokenForBuild(build);
        }

        // Copies the '-'-separated segments after the release token, dropping KB update suffixes ("-KB5034770").
        private static void AppendRestWithoutKb(StringBuilder builder, string tag, int from)
        {
            int segmentStart = from + 1;
            while (segmentStart <= tag.Length && from < tag.Length)
            {
                int dash = tag.IndexOf('-', segmentStart);
                int end = dash < 0 ? tag.Length : dash;
                if (!IsKbSegment(tag, segmentStart, end - segmentStart))
                {
                    builder.Append('-').Append(tag, segmentStart, end - segmentStart);
                }

                if (dash < 0)
                {
                    break;
                }

                segmentStart = dash + 1;
            }
        }

        private static bool IsKbSegment(string tag, int start, int length)
        {
            if (length < 3 || (tag[start] != 'K' && tag[start] != 'k') || (tag[start + 1] != 'B' && tag[start + 1] != 'b'))
            {
                return false;
            }

            for (int i = start + 2; i < start + length; i++)
            {
                if (tag[i] < '0' || tag[i] > '9')
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsPublished(ImageReference image, string? tag, int build)
        {
            string repository = image.Repository;
            if (image.NormalizedRegistry == Mcr)
            {
                if (string.Equals(repository, "windows", StringComparison.OrdinalIgnoreCase))
                {
                    return Array.IndexOf(s_windowsImageBuilds, build) >= 0;
                }

                if (string.Equals(repository, "windows/server", StringComparison.OrdinalIgnoreCase))
                {
                    return Array.IndexOf(s_windowsServerImageBuilds, build) >= 0;
                }

                if (repository.StartsWith("dotnet/", StringComparison.OrdinalIgnoreCase)
                    && !repository.StartsWith("dotnet/framework/", StringComparison.OrdinalIgnoreCase))
                {
                    if (Array.IndexOf(s_dotnetImageBuilds, build) < 0)
                    {
                        return false;
                    }

                    return build != 17763 || LeadingMajorVersion(tag) < DotnetMajorWithout2019;
                }

                return true;
            }

            if (image.NormalizedRegistry == ImageReference.DockerHub
                && ImageClassifier.IsOneOf(repository, s_legacyDockerHubRepositories))
            {
                return build <= LegacyDockerHubLastBuild;
            }

            return true;
        }

        // "10.0-nanoserver-ltsc2025" -> 10; "8.0.1-…" -> 8; no leading number -> 0.
        private static int LeadingMajorVersion(string? tag)
        {
            if (tag is null)
            {
                return 0;
            }

            int value = 0;
            for (int i = 0; i < tag.Length && i < 6; i++)
            {
                char c = tag[i];
                if (c < '0' || c > '9')
                {
                    break;
                }

                value = (value * 10) + (c - '0');
            }

            return value;
        }

        private static bool IsImageBuild(int build)
        {
            foreach (int imageBuild in WindowsReleases.ImageBuilds)
            {
                if (imageBuild == build)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
