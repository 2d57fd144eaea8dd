namespace IsolationAnalyzers.Knowledge
{
    /// <summary>The OS an image runs on, as far as the reference tells (rules.md §2).</summary>
    internal enum ImageOs
    {
        Unknown,
        Windows,
        Linux,
    }
}
