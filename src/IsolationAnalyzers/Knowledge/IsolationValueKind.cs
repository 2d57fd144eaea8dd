namespace IsolationAnalyzers.Knowledge
{
    /// <summary>What an isolation string means to the daemon (windows-containers.md §1).</summary>
    internal enum IsolationValueKind
    {
        /// <summary><c>null</c>, <c>""</c> or <c>default</c>: the daemon default applies.</summary>
        Absent,
        Process,
        HyperV,
        /// <summary>Rejected by the daemon (<c>invalid isolation (X)</c>).</summary>
        Invalid,
    }
}
