namespace IsolationAnalyzers.Knowledge
{
    /// <summary>
    /// Minimum memory limits (windows-containers.md §4). Microsoft published figures only for 2016 and 1709; for later
    /// releases the larger of the two rows per base applies.
    /// </summary>
    internal static class MemoryMinimums
    {
        private const long MB = 1024L * 1024;

        private const long NanoServerProcess = 40 * MB;
        private const long NanoServerHyperV = 130 * MB;
        private const long ServerCoreProcess = 50 * MB;
        private const long ServerCoreHyperV = 360 * MB;

        /// <summary>The Linux daemon rejects limits below 6 MB (<c>Minimum memory limit allowed is 6MB</c>).</summary>
        public const long LinuxMinimumBytes = 6L * 1024 * 1024;

        /// <summary>
        /// The minimum for a Windows image. <paramref name="isolation"/> null means unknown: the smaller of the two
        /// minimums, so only limits that fail under either isolation are reported. <see cref="WindowsBase.Unknown"/>
        /// counts as "anything else Windows" (the Server Core row).
        /// </summary>
        public static long WindowsMinimumBytes(WindowsBase @base, IsolationMode? isolation)
        {
            bool nano = @base == WindowsBase.NanoServer;
            long process = nano ? NanoServerProcess : ServerCoreProcess;
            long hyperV = nano ? NanoServerHyperV : ServerCoreHyperV;
            if (isolation == IsolationMode.HyperV)
            {
                return hyperV;
            }

            if (isolation == IsolationMode.Process)
            {
                return process;
            }

            return process < hyperV ? process : hyperV;
        }
    }
}
