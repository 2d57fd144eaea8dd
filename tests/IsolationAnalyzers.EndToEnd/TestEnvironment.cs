using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Xml.Linq;

namespace IsolationAnalyzers.EndToEnd
{
    /// <summary>Where things are: the repository, the user's global packages folder, the dotnet executable.</summary>
    internal static class TestEnvironment
    {
        public static string RepoRoot { get; } = Path.GetFullPath(Metadata("RepoRoot"));

        /// <summary>The global packages folder this test project was restored into (it holds Docker.DotNet).</summary>
        public static string NuGetPackageRoot { get; } = Path.GetFullPath(Metadata("NuGetPackageRoot"));

        public static string PackageProject => Path.Combine(RepoRoot, "nuget", "IsolationAnalyzers.Package.csproj");

        public static string SampleDirectory => Path.Combine(RepoRoot, "samples", "Orchestrator");

        /// <summary>The Testcontainers sample: integration-test fixtures.</summary>
        public static string IntegrationTestsSampleDirectory => Path.Combine(RepoRoot, "samples", "IntegrationTests");

        /// <summary>The Kubernetes sample: an operator's manifests built with KubernetesClient.</summary>
        public static string KubernetesSampleDirectory => Path.Combine(RepoRoot, "samples", "KubernetesOperator");

        /// <summary>The Aspire sample: an app model of container resources.</summary>
        public static string AppModelSampleDirectory => Path.Combine(RepoRoot, "samples", "AppModel");

        /// <summary>The package version, as Directory.Build.props sets it.</summary>
        public static string PackageVersion { get; } =
            XDocument.Load(Path.Combine(RepoRoot, "Directory.Build.props"))
                .Descendants("Version").Select(v => v.Value.Trim()).First();

        /// <summary>DOTNET_HOST_PATH (set by the SDK for everything it starts), else dotnet on PATH.</summary>
        public static string DotNet { get; } = FindDotNet();

        private static string Metadata(string key) =>
            typeof(TestEnvironment).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
                .SingleOrDefault(a => a.Key == key)?.Value
            ?? throw new InvalidOperationException($"assembly metadata '{key}' is missing; see the test project file");

        private static string FindDotNet()
        {
            string? hostPath = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
            if (!string.IsNullOrEmpty(hostPath) && File.Exists(hostPath))
            {
                return hostPath;
            }

            string executable = OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet";
            foreach (string directory in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            {
                string candidate = Path.Combine(directory, executable);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }

            return executable;
        }
    }
}
