namespace IsolationAnalyzers.Knowledge
{
    /// <summary>One host from <c>isolation_analyzers.host_os</c>: the name as the user wrote it and its OS build.</summary>
    internal readonly struct HostOs
    {
        private readonly string? _name;

        public HostOs(string name, int build)
        {
            _name = name;
            Build = build;
        }

        /// <summary>As the user wrote it, trimmed (<c>ltsc2022</c>, <c>windows-11-24h2</c>, <c>20348</c>).</summary>
        public string Name => _name ?? string.Empty;

        public int Build { get; }

        public override string ToString() => $"{Name} (build {Build})";
    }
}
