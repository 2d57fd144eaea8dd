namespace IsolationAnalyzers
{
    /// <summary>The diagnostic IDs. They are public API (see the rule catalog): never renumber or reuse one.</summary>
    public static class RuleIds
    {
        public const string MissingIsolation = "ISO0001";
        public const string ProcessIsolationBuildMismatch = "ISO0002";
        public const string ImageNewerThanHost = "ISO0003";
        public const string UntrustedWithoutHyperV = "ISO0004";
        public const string InvalidIsolationValue = "ISO0005";
        public const string IsolationValueNotLowerCase = "ISO0006";
        public const string IsolationOnLinuxContainer = "ISO0007";
        public const string UnpinnedWindowsBaseImage = "ISO0008";
        public const string MemoryBelowMinimum = "ISO0009";
        public const string UnsupportedWindowsSetting = "ISO0010";
        public const string UnconstrainedWindowsPod = "ISO0011";
        public const string InvalidConfiguration = "ISO0099";

        public const string Category = "ContainerIsolation";

        /// <summary>Where each rule's page lives; the help link of every descriptor.</summary>
        public static string HelpLink(string id) =>
            "https://github.com/isolation-analyzers/IsolationAnalyzers/blob/main/docs/rules/" + id + ".md";
    }
}
