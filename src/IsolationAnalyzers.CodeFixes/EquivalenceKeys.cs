namespace IsolationAnalyzers.CodeFixes
{
    /// <summary>Stable code action equivalence keys (Fix All groups actions by these).</summary>
    public static class EquivalenceKeys
    {
        public const string UseHyperVIsolation = "IsolationAnalyzers.UseHyperVIsolation";
        public const string UseProcessIsolation = "IsolationAnalyzers.UseProcessIsolation";
        public const string UseValidIsolationValue = "IsolationAnalyzers.UseValidIsolationValue";
        public const string RemoveIsolationSetting = "IsolationAnalyzers.RemoveIsolationSetting";
        public const string RemoveUnsupportedSetting = "IsolationAnalyzers.RemoveUnsupportedSetting";
        public const string RaiseMemoryLimit = "IsolationAnalyzers.RaiseMemoryLimit";
        public const string InterpretMemoryAsMegabytes = "IsolationAnalyzers.InterpretMemoryAsMegabytes";
        public const string SelectImageBuildNodes = "IsolationAnalyzers.SelectImageBuildNodes";
        public const string UseHyperVRuntimeClass = "IsolationAnalyzers.UseHyperVRuntimeClass";
        public const string SelectWindowsNodes = "IsolationAnalyzers.SelectWindowsNodes";

        /// <summary>One key per target release, so Fix All pins every image to the same release.</summary>
        public static string PinImage(string release) => "IsolationAnalyzers.PinImage." + release;
    }
}
