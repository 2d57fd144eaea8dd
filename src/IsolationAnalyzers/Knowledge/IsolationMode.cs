namespace IsolationAnalyzers.Knowledge
{
    /// <summary>The two isolation modes a Windows daemon runs containers with (windows-containers.md §1).</summary>
    internal enum IsolationMode
    {
        Process,
        HyperV,
    }
}
