namespace IsolationAnalyzers.Knowledge
{
    /// <summary>
    /// The Windows base an image is built on. <see cref="ServerCore"/> also stands for "anything else Windows"
    /// (Server, the full Windows image, unknown Windows bases): the memory table uses the larger row for them.
    /// </summary>
    internal enum WindowsBase
    {
        Unknown,
        NanoServer,
        ServerCore,
    }
}
