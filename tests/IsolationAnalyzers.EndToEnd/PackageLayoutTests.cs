using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;
using Xunit;

namespace IsolationAnalyzers.EndToEnd
{
    /// <summary>What <c>dotnet pack</c> of the package project produces: an analyzer-only development dependency.</summary>
    [Collection(PackedPackageCollection.Name)]
    public class PackageLayoutTests
    {
        /// <summary>The Roslyn floor (Directory.Packages.props): a higher reference fails to load (CS8032) on older compilers.</summary>
        private static readonly Version RoslynFloor = new Version(4, 8, 0, 0);

        /// <summary>Every rule, as the IsolationAnalyzersMode presets list them.</summary>
        internal static readonly string[] PresetRuleIds =
        {
            "ISO0001", "ISO0002", "ISO0003", "ISO0004", "ISO0005", "ISO0006", "ISO0007", "ISO0008", "ISO0009", "ISO0010", "ISO0011", "ISO0099",
        };

        private readonly PackedPackage _package;

        public PackageLayoutTests(PackedPackage package) => _package = package;

        [Fact]
        public void PackProducesAnAnalyzerOnlyPackage()
        {
            // The collection's one pack (the repository's version with a prerelease suffix of this run).
            _package.AssertPacked();
            Assert.StartsWith(TestEnvironment.PackageVersion + "-", _package.Version, StringComparison.Ordinal);
            string[] packages = Directory.GetFiles(_package.Feed);
            Assert.True(packages.Length == 1, $"expected exactly one file in the pack output, found: {string.Join(", ", packages.Select(Path.GetFileName))}{Environment.NewLine}{_package.Pack}");
            Assert.Equal($"IsolationAnalyzers.{_package.Version}.nupkg", Path.GetFileName(packages[0]));

            using ZipArchive package = ZipFile.OpenRead(packages[0]);
            string[] entries = package.Entries.Select(e => e.FullName).ToArray();
            string listing = string.Join(Environment.NewLine, entries);

            Assert.Equal(
                new[] { "analyzers/dotnet/cs/IsolationAnalyzers.CodeFixes.dll", "analyzers/dotnet/cs/IsolationAnalyzers.dll" },
                entries.Where(e => e.StartsWith("analyzers/", StringComparison.Ordinal)).OrderBy(e => e, StringComparer.Ordinal).ToArray());
            Assert.False(entries.Any(e => e.StartsWith("lib/", StringComparison.Ordinal)), "nothing may be under lib/:" + Environment.NewLine + listing);
            Assert.Contains("README.md", entries);
            Assert.Equal(
                new[]
                {
                    "build/IsolationAnalyzers.props", "build/IsolationAnalyzers.targets",
                    "buildTransitive/IsolationAnalyzers.props", "buildTransitive/IsolationAnalyzers.targets",
                    "buildTransitive/config/advisory.globalconfig", "buildTransitive/config/none.globalconfig", "buildTransitive/config/strict.globalconfig",
                },
                entries.Where(e => e.StartsWith("build", StringComparison.Ordinal)).OrderBy(e => e, StringComparer.Ordinal).ToArray());

            string transitiveProps = ReadText(package, "buildTransitive/IsolationAnalyzers.props");
            foreach (string property in new[] { "ContainerHostOS", "ContainerDefaultIsolation", "ContainerWorkloadTrust", "ContainerTrustedRegistries" })
            {
                Assert.Contains($"<CompilerVisibleProperty Include=\"{property}\" />", transitiveProps);
            }

            Assert.Contains("buildTransitive", ReadText(package, "build/IsolationAnalyzers.props"));
            Assert.Contains("buildTransitive", ReadText(package, "build/IsolationAnalyzers.targets"));
            Assert.Contains("IsolationAnalyzersMode", ReadText(package, "buildTransitive/IsolationAnalyzers.targets"));

            // Each preset is a global analyzer config that sets every rule, below any global config of the user's.
            foreach ((string mode, string severity) in new[] { ("strict", "error"), ("advisory", "suggestion"), ("none", "none") })
            {
                string[] lines = ReadText(package, $"buildTransitive/config/{mode}.globalconfig").Split('\n').Select(l => l.Trim()).ToArray();
                Assert.Contains("is_global = true", lines);
                Assert.Contains("global_level = -1", lines);
                foreach (string id in PresetRuleIds)
                {
                    Assert.Contains($"dotnet_diagnostic.{id}.severity = {severity}", lines);
                }

                Assert.Equal(PresetRuleIds.Length, lines.Count(l => l.StartsWith("dotnet_diagnostic.", StringComparison.Ordinal)));
            }

            XElement metadata = ReadNuspec(package);
            XNamespace ns = metadata.Name.Namespace;
            Assert.Equal("IsolationAnalyzers", metadata.Element(ns + "id")?.Value);
            Assert.Equal(_package.Version, metadata.Element(ns + "version")?.Value);
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
