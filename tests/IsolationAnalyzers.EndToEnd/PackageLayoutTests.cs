using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Threading.Tasks;
using System.Xml.Linq;
using Xunit;

namespace IsolationAnalyzers.EndToEnd
{
    /// <summary>What <c>dotnet pack</c> of the package project produces: an analyzer-only development dependency.</summary>
    public class PackageLayoutTests
    {
        /// <summary>The Roslyn floor (Directory.Packages.props): a higher reference fails to load (CS8032) on older compilers.</summary>
        private static readonly Version RoslynFloor = new Version(4, 8, 0, 0);

        [Fact]
        public async Task PackProducesAnAnalyzerOnlyPackage()
        {
            using var temp = new TempDirectory("layout");
            string output = temp.Combine("out");

            CommandResult pack = await DotNetCli.RunAsync(
                TestEnvironment.RepoRoot,
                new[] { "pack", TestEnvironment.PackageProject, "-c", "Release", "-o", output, "--artifacts-path", temp.Combine("artifacts") }
                    .Concat(DotNetCli.BuildSwitches));
            Assert.True(pack.Succeeded, pack.ToString());

            string[] packages = Directory.GetFiles(output);
            Assert.True(packages.Length == 1, $"expected exactly one file in the pack output, found: {string.Join(", ", packages.Select(Path.GetFileName))}{Environment.NewLine}{pack}");
            Assert.Equal($"IsolationAnalyzers.{TestEnvironment.PackageVersion}.nupkg", Path.GetFileName(packages[0]));

            using ZipArchive package = ZipFile.OpenRead(packages[0]);
            string[] entries = package.Entries.Select(e => e.FullName).ToArray();
            string listing = string.Join(Environment.NewLine, entries);

            Assert.Equal(
                new[] { "analyzers/dotnet/cs/IsolationAnalyzers.CodeFixes.dll", "analyzers/dotnet/cs/IsolationAnalyzers.dll" },
                entries.Where(e => e.StartsWith("analyzers/", StringComparison.Ordinal)).OrderBy(e => e, StringComparer.Ordinal).ToArray());
            Assert.False(entries.Any(e => e.StartsWith("lib/", StringComparison.Ordinal)), "nothing may be under lib/:" + Environment.NewLine + listing);
            Assert.Contains("buildTransitive/IsolationAnalyzers.props", entries);
            Assert.Contains("build/IsolationAnalyzers.props", entries);
            Assert.Contains("README.md", entries);

            string transitiveProps = ReadText(package, "buildTransitive/IsolationAnalyzers.props");
            foreach (string property in new[] { "ContainerHostOS", "ContainerDefaultIsolation", "ContainerWorkloadTrust", "ContainerTrustedRegistries" })
            {
                Assert.Contains($"<CompilerVisibleProperty Include=\"{property}\" />", transitiveProps);
            }

            Assert.Contains("buildTransitive", ReadText(package, "build/IsolationAnalyzers.props"));

            XElement metadata = ReadNuspec(package);
            XNamespace ns = metadata.Name.Namespace;
            Assert.Equal("IsolationAnalyzers", metadata.Element(ns + "id")?.Value);
            Assert.Equal(TestEnvironment.PackageVersion, metadata.Element(ns + "version")?.Value);
            Assert.Equal("true", metadata.Element(ns + "developmentDependency")?.Value);
            XElement? license = metadata.Element(ns + "license");
            Assert.Equal(("expression", "MIT"), (license?.Attribute("type")?.Value, license?.Value));
            Assert.Equal("README.md", metadata.Element(ns + "readme")?.Value);
            Assert.False(string.IsNullOrWhiteSpace(metadata.Element(ns + "description")?.Value), "the package needs a description");
            Assert.False(string.IsNullOrWhiteSpace(metadata.Element(ns + "tags")?.Value), "the package needs tags");
            Assert.Empty(metadata.Descendants(ns + "dependency"));

            foreach (string assembly in new[] { "IsolationAnalyzers.dll", "IsolationAnalyzers.CodeFixes.dll" })
            {
                AssertRoslynReferencesAtMostFloor(package, "analyzers/dotnet/cs/" + assembly);
            }
        }

        private static string ReadText(ZipArchive package, string entry)
        {
            using var reader = new StreamReader(package.GetEntry(entry)!.Open());
            return reader.ReadToEnd();
        }

        private static XElement ReadNuspec(ZipArchive package)
        {
            ZipArchiveEntry nuspec = Assert.Single(package.Entries, e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal) && !e.FullName.Contains('/'));
            using Stream stream = nuspec.Open();
            XElement root = XDocument.Load(stream).Root!;
            return root.Element(root.Name.Namespace + "metadata")!;
        }

        private static void AssertRoslynReferencesAtMostFloor(ZipArchive package, string entry)
        {
            using var buffer = new MemoryStream();
            using (Stream stream = package.GetEntry(entry)!.Open())
            {
                stream.CopyTo(buffer);
            }

            buffer.Position = 0;
            using var reader = new PEReader(buffer);
            MetadataReader metadata = reader.GetMetadataReader();
            foreach (AssemblyReferenceHandle handle in metadata.AssemblyReferences)
            {
                AssemblyReference reference = metadata.GetAssemblyReference(handle);
                string name = metadata.GetString(reference.Name);
                if (name.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal))
                {
                    Assert.True(reference.Version <= RoslynFloor, $"{entry} references {name} {reference.Version}, above the Roslyn floor {RoslynFloor}");
                }
            }
        }
    }
}
