namespace IsolationAnalyzers.Knowledge
{
    /// <summary>What an image reference says about the container's OS (rules.md §2). <c>default</c> is "unknown".</summary>
    internal readonly struct ImageClassification
    {
        public ImageClassification(
            ImageOs os,
            int? build,
            WindowsBase @base,
            bool isWindowsBaseOsImage,
            string? releaseToken,
            bool isPinnedByDigest)
        {
            Os = os;
            Build = build;
            Base = @base;
            IsWindowsBaseOsImage = isWindowsBaseOsImage;
            ReleaseToken = releaseToken;
            IsPinnedByDigest = isPinnedByDigest;
        }

        public ImageOs Os { get; }

        /// <summary>The known OS build (Windows images only), else null.</summary>
        public int? Build { get; }

        public WindowsBase Base { get; }

        /// <summary><c>mcr.microsoft.com/windows/{nanoserver,servercore,server}</c> or <c>mcr.microsoft.com/windows</c>.</summary>
        public bool IsWindowsBaseOsImage { get; }

        /// <summary>The part of the tag naming the release, as written (<c>ltsc2022</c>, <c>10.0.17763.437</c>), or null.</summary>
        public string? ReleaseToken { get; }

        public bool IsPinnedByDigest { get; }

        public override string ToString() =>
            $"{Os} build={Build?.ToString() ?? "?"} base={Base} baseOs={IsWindowsBaseOsImage} release={ReleaseToken ?? "-"} digest={IsPinnedByDigest}";
    }
}
