using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace IsolationAnalyzers.EndToEnd
{
    /// <summary>
    /// The tests that consume the package share one <c>dotnet pack</c> (the slowest step) and one global packages
    /// folder, so each consumer restores in seconds.
    /// </summary>
    [CollectionDefinition(Name)]
    public sealed class PackedPackageCollection : ICollectionFixture<PackedPackage>
    {
        public const string Name = "Packed package";
    }

    /// <summary>The package packed once into a local feed, for every test of <see cref="PackedPackageCollection"/>.</summary>
    public sealed class PackedPackage : IAsyncLifetime
    {
        private readonly TempDirectory _temp = new TempDirectory("package");
        private int _consumers;

        public PackedPackage()
        {
            // A version of its own, so no package cached by an earlier run can stand in for this build's.
            Version = $"{TestEnvironment.PackageVersion}-e2e.{DateTime.UtcNow:yyyyMMddHHmmss}";
        }

        /// <summary>The version this run packs: the repository's version with a unique prerelease suffix.</summary>
        public string Version { get; }

        /// <summary>The folder that holds the .nupkg (the consumers' local feed).</summary>
        public string Feed => _temp.Combine("feed");

        /// <summary>The consumers' NUGET_PACKAGES: fresh, so the package is extracted from this run's feed.</summary>
        public string PackagesFolder => _temp.Combine("packages");

        /// <summary>Where restore extracts the package; its analyzers/dotnet/cs holds the DLLs the consumers load.</summary>
        public string ExtractedPackage => Path.Combine(PackagesFolder, "isolationanalyzers", Version.ToLowerInvariant());

        public string PackagePath => Path.Combine(Feed, $"IsolationAnalyzers.{Version}.nupkg");

        internal CommandResult Pack { get; private set; } = null!;

        private readonly Dictionary<string, Task<object>> _shared = new Dictionary<string, Task<object>>();

        /// <summary>
        /// A result several tests assert on (one consumer build, say), computed by the first test that asks for it.
        /// </summary>
        internal async Task<T> SharedAsync<T>(string key, Func<Task<T>> compute)
            where T : class
        {
            Task<object> task;
            lock (_shared)
            {
                if (!_shared.TryGetValue(key, out task!))
                {
                    task = Compute();
                    _shared.Add(key, task);
                }
            }

            return (T)await task;

            async Task<object> Compute() => await compute();
        }

        /// <summary>The environment of every consumer command: the temp global packages folder.</summary>
        public IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string> { ["NUGET_PACKAGES"] = PackagesFolder };

        public async Task InitializeAsync()
        {
            Pack = await DotNetCli.RunAsync(
                TestEnvironment.RepoRoot,
                new[] { "pack", TestEnvironment.PackageProject, "-c", "Release", "-o", Feed, "--artifacts-path", _temp.Combine("artifacts"), "-p:PackageVersion=" + Version }
                    .Concat(DotNetCli.BuildSwitches));
        }

        public Task DisposeAsync()
        {
            _temp.Dispose();
            return Task.CompletedTask;
        }

        /// <summary>Fails the calling test (not the whole collection) when the pack failed.</summary>
        public void AssertPacked() => Assert.True(Pack.Succeeded && File.Exists(PackagePath), Pack.ToString());

        /// <summary>
        /// A fresh consumer project folder, as <c>dotnet new console</c> plus <c>dotnet add package IsolationAnalyzers</c>
        /// would leave it: the project file (with <paramref name="projectBody"/> inside its root element), a nuget.config
        /// that adds the local feed, and files that stop MSBuild's upward search.
        /// </summary>
        public ConsumerProject CreateConsumer(string name, string projectBody)
        {
            AssertPacked();
            string directory = _temp.Combine("consumers", $"{Interlocked.Increment(ref _consumers):00}-{name}");
            Directory.CreateDirectory(directory);

            // Stop MSBuild's and NuGet's upward search at the consumer's folder.
            File.WriteAllText(Path.Combine(directory, "Directory.Build.props"), "<Project />\n");
            File.WriteAllText(Path.Combine(directory, "Directory.Build.targets"), "<Project />\n");
            File.WriteAllText(Path.Combine(directory, "Directory.Packages.props"), "<Project />\n");

            // The local feed is added to the user's sources, not substituted for them. The user's global packages
            // folder serves as a fallback, so Docker.DotNet and the compiler toolset need no download.
            File.WriteAllText(Path.Combine(directory, "nuget.config"), $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <packageSources>
                    <add key="isolation-analyzers-e2e" value="{Feed}" />
                  </packageSources>
                  <fallbackPackageFolders>
                    <add key="user-global-packages" value="{TestEnvironment.NuGetPackageRoot}" />
                  </fallbackPackageFolders>
                </configuration>
                """);

            File.WriteAllText(Path.Combine(directory, ConsumerProject.ProjectFile), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                {projectBody}
                </Project>
                """);
            return new ConsumerProject(this, directory);
        }

        /// <summary>
        /// What <c>dotnet add package</c> writes for a development dependency, plus Docker.DotNet, as a project body
        /// for <see cref="CreateConsumer"/>, with extra properties and items.
        /// </summary>
        public string StandardProjectBody(string extraProperties = "", string extraItems = "") => $"""
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                {extraProperties}
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="IsolationAnalyzers" Version="{Version}">
                  <PrivateAssets>all</PrivateAssets>
                  <IncludeAssets>runtime; build; native; contentfiles; analyzers; buildtransitive</IncludeAssets>
                </PackageReference>
                <PackageReference Include="Docker.DotNet" Version="3.125.15" />
                {extraItems}
              </ItemGroup>
            """;
    }

    /// <summary>One consumer project folder made by <see cref="PackedPackage.CreateConsumer"/>.</summary>
    public sealed class ConsumerProject
    {
        public const string ProjectFile = "Consumer.csproj";

        private readonly PackedPackage _package;

        internal ConsumerProject(PackedPackage package, string directory)
        {
            _package = package;
            Directory = directory;
        }

        public string Directory { get; }

        public string ProjectPath => Path.Combine(Directory, ProjectFile);

        public string Combine(params string[] parts) => Path.Combine(Directory, Path.Combine(parts));

        public string Write(string relativePath, string text)
        {
            string path = Combine(relativePath);
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
            return path;
        }

        /// <summary>Copies the C# files and the .editorconfig of a sample (not its project file, bin/ or obj/).</summary>
        public void CopySample(string sampleDirectory)
        {
            foreach (string file in System.IO.Directory.GetFiles(sampleDirectory, "*", SearchOption.AllDirectories))
            {
                string relative = Path.GetRelativePath(sampleDirectory, file);
                string first = relative.Split(Path.DirectorySeparatorChar)[0];
                if (first is "bin" or "obj" || !(file.EndsWith(".cs", StringComparison.Ordinal) || Path.GetFileName(file) == ".editorconfig"))
                {
                    continue;
                }

                Write(relative, File.ReadAllText(file));
            }
        }

        /// <summary>The C# files of the project folder (not obj/ or bin/).</summary>
        internal IReadOnlyList<string> SourceFiles() =>
            System.IO.Directory.GetFiles(Directory, "*.cs", SearchOption.AllDirectories)
                .Where(f => !Path.GetRelativePath(Directory, f).StartsWith("obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                    && !Path.GetRelativePath(Directory, f).StartsWith("bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                .OrderBy(f => f, StringComparer.Ordinal)
                .ToList();

        /// <summary>Runs <c>dotnet</c> in the project folder, with the package's global packages folder.</summary>
        internal Task<CommandResult> RunAsync(params string[] arguments) =>
            DotNetCli.RunAsync(Directory, arguments, _package.Environment);

        internal Task<CommandResult> RestoreAsync() =>
            RunAsync(new[] { "restore", ProjectFile }.Concat(DotNetCli.BuildSwitches).ToArray());

        /// <summary>
        /// <c>dotnet build</c> with the compiler's SARIF 2.1 log written to <paramref name="errorLog"/> (MSBuild does
        /// not print Info diagnostics; the log has them).
        /// </summary>
        internal Task<CommandResult> BuildAsync(string errorLog, params string[] arguments) =>
            RunAsync(new[] { "build", ProjectFile, "-p:ErrorLog=" + errorLog + "%2Cversion%3D2.1" }.Concat(arguments).Concat(DotNetCli.BuildSwitches).ToArray());
    }
}
