using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace IsolationAnalyzers.Launches
{
    /// <summary>
    /// Which container libraries a compilation references, read from its referenced assembly names: a cheap test
    /// that spares the type look-ups (which index every reference) in the many projects that use none of them.
    /// </summary>
    internal static class ReferencedLibraries
    {
        /// <summary>The assemblies whose types make a launch without naming docker (every surface but the command line).</summary>
        internal static readonly string[] ContainerLibraries = { "Docker.DotNet", "Testcontainers", "Aspire.Hosting", "KubernetesClient", "KubernetesClient.Aot" };

        // A project keeps its last answer, checked against the identity of its reference list: the IDE's next
        // compilation (a keystroke) shares that list and pays one comparison.
        private const int MaxProjects = 64;

        private static readonly Dictionary<string, (ImmutableArray<MetadataReference> References, bool Any)> LastByProject =
            new Dictionary<string, (ImmutableArray<MetadataReference>, bool)>(StringComparer.Ordinal);

        public static bool References(Compilation compilation, string assemblyName)
        {
            foreach (var identity in compilation.ReferencedAssemblyNames)
            {
                if (string.Equals(identity.Name, assemblyName, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            // The library's own sources, or a test project compiling them in.
            return string.Equals(compilation.AssemblyName, assemblyName, StringComparison.OrdinalIgnoreCase);
        }

        /// <summary>
        /// True when the compilation references (or is) one of the <see cref="ContainerLibraries"/>. Without one, only
        /// command lines can launch a container, and only the docker words can start one.
        /// </summary>
        public static bool AnyContainerLibrary(Compilation compilation)
        {
            var key = compilation.AssemblyName ?? string.Empty;
            var references = compilation.ExternalReferences;
            lock (LastByProject)
            {
                if (LastByProject.TryGetValue(key, out var last) && last.References == references)
                {
                    return last.Any;
                }
            }

            var any = IsOneOf(key);
            if (!any)
            {
                foreach (var identity in compilation.ReferencedAssemblyNames)
                {
                    if (IsOneOf(identity.Name))
                    {
                        any = true;
                        break;
                    }
                }
            }

            lock (LastByProject)
            {
                if (LastByProject.Count >= MaxProjects && !LastByProject.ContainsKey(key))
                {
                    LastByProject.Clear();
                }

                LastByProject[key] = (references, any);
            }

            return any;
        }

        private static bool IsOneOf(string name)
        {
            foreach (var library in ContainerLibraries)
            {
                if (string.Equals(name, library, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
