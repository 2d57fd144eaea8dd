using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace IsolationAnalyzers.Benchmarks
{
    /// <summary>
    /// Compile-time references for the synthetic projects and the peer analyzer package, read from the packages this
    /// project restored ahead (PackageDownload). Nothing is downloaded while the benchmark runs.
    /// </summary>
    internal static class References
    {
        public static readonly string PackageRoot = Metadata("NuGetPackageRoot");

        public static readonly string RepoRoot = Metadata("RepoRoot");

        /// <summary>The .NET 8 reference assemblies: what a net8.0 project compiles against.</summary>
        public static readonly ImmutableArray<MetadataReference> Framework = Directory
            .GetFiles(Package("microsoft.netcore.app.ref", "8.0.0", "ref", "net8.0"), "*.dll")
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();

        /// <summary>
        /// The container libraries of the synthetic project. Docker.DotNet.Enhanced rather than Docker.DotNet: both ship
        /// an assembly named Docker.DotNet, and Testcontainers 4.x is built against the Enhanced one.
        /// </summary>
        public static readonly ImmutableArray<MetadataReference> ContainerLibraries = ImmutableArray.Create<MetadataReference>(
            MetadataReference.CreateFromFile(Package("docker.dotnet.enhanced", "4.3.3", "lib", "net8.0", "Docker.DotNet.dll")),
            MetadataReference.CreateFromFile(Package("testcontainers", "4.16.0", "lib", "net8.0", "Testcontainers.dll")),
            MetadataReference.CreateFromFile(Package("cliwrap", "3.10.5", "lib", "net6.0", "CliWrap.dll")));

        /// <summary>The Roslyn 4.8 build of Meziantou.Analyzer, matching the Roslyn this benchmark hosts.</summary>
        public static readonly string MeziantouAnalyzer = Package("meziantou.analyzer", "3.0.321", "analyzers", "dotnet", "roslyn4.8", "cs", "Meziantou.Analyzer.dll");

        private static string Package(string id, string version, params string[] rest) =>
            Path.Combine(new[] { PackageRoot, id, version }.Concat(rest).ToArray());

        private static string Metadata(string key) =>
            typeof(References).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value
            ?? throw new InvalidOperationException("Missing assembly metadata " + key);
    }
}
