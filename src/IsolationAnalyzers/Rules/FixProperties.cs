namespace IsolationAnalyzers.Rules
{
    /// <summary>
    /// Keys of <c>Diagnostic.Properties</c>: what a code fix needs, decided by the analyzer, so a fix never re-runs
    /// analysis. Shared with the fixes assembly.
    /// </summary>
    internal static class FixProperties
    {
        /// <summary>The edit a fix makes (a <see cref="Launches.LaunchEditKind"/> name); additional location 0 is its anchor.</summary>
        public const string Edit = "Edit";

        /// <summary>For text insertions: the text to insert, <c>{0}</c> standing for the value.</summary>
        public const string EditTemplate = "EditTemplate";

        /// <summary>"true" when "Use process isolation" may be offered (every configured host can run the image).</summary>
        public const string ProcessFixAllowed = "ProcessFixAllowed";

        /// <summary>The value that replaces the reported isolation value.</summary>
        public const string Replacement = "Replacement";

        /// <summary>Number of image-pinning choices; each has <see cref="PinnedImage"/>N and <see cref="PinnedRelease"/>N.</summary>
        public const string PinCount = "PinCount";

        public const string PinnedImage = "PinnedImage";

        public const string PinnedRelease = "PinnedRelease";

        /// <summary>
        /// What the pin fix writes for choice N when it is not the whole <see cref="PinnedImage"/>: the new tag alone,
        /// for images whose tag is edited apart (Aspire's tag argument, or the tag inside an image without its registry).
        /// </summary>
        public const string PinnedValue = "PinnedValue";

        /// <summary>ISO0009: the replacement (C# code or a CLI size) that raises the limit to the minimum, and its label.</summary>
        public const string RaiseMemoryTo = "RaiseMemoryTo";

        public const string RaiseMemoryLabel = "RaiseMemoryLabel";

        /// <summary>
        /// A finding at a call whose isolation fix edits the helper that starts the container: the helper's documentation
        /// ID, its name for the title, and how many calls the analyzer saw (the fix checks the workspace finds no more).
        /// </summary>
        public const string Helper = "Helper";

        public const string HelperName = "HelperName";

        public const string HelperCalls = "HelperCalls";

        /// <summary>ISO0009, values under 1 MB: the replacement that reads the number as megabytes.</summary>
        public const string MemoryAsMegabytes = "MemoryAsMegabytes";

        /// <summary>
        /// A Kubernetes pod fix (a <see cref="PodFixes"/> name) in place of the rule's usual one: the isolation fixes are
        /// then not offered, since a pod's isolation comes from its RuntimeClass and its hosts from its node selector.
        /// </summary>
        public const string PodFix = "PodFix";

        /// <summary>The value the pod fix writes with its edit (a RuntimeClass name, a label value, or <c>key=value</c> lines).</summary>
        public const string PodFixValue = "PodFixValue";
    }
}
