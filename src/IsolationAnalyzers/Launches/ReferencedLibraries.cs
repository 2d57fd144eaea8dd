using Microsoft.CodeAnalysis;

namespace IsolationAnalyzers.Launches
{
    /// <summary>
    /// Which container libraries a compilation references, read from its referenced assembly names: a cheap test
    /// that spares the type look-ups (which index every reference) in the many projects that use none of them.
    /// </summary>
    internal static class ReferencedLibraries
    {
        public static bool References(Compilation compilation, string assemblyName)
        {
            foreach (var identity in compilation.ReferencedAssemblyNames)
            {
                if (string.Equals(identity.Name, assemblyName, System.StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            // The library's own sources, or a test project compiling them in.
            return string.Equals(compilation.AssemblyName, assemblyName, System.StringComparison.OrdinalIgnoreCase);
        }
    }
}
