using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using System.Text;
using IsolationAnalyzers.Candidates;
using Xunit;

namespace IsolationAnalyzers.Tests.Robustness
{
    /// <summary>
    /// The one-read searches (<see cref="StartFilter"/>) find exactly what one search per word finds: the launch words
    /// of <see cref="TreeScan"/> and the groups of <see cref="IdentifierSearch"/>, on the corpus and on texts made to
    /// be hard (cases, characters whose low byte is a word's letter, words across vector boundaries and at the end).
    /// </summary>
    public class StartFilterTests
    {
        // Pieces the generated texts are made of: the words, their near misses, and characters that only the filter's
        // low-byte comparison confuses with a word's letters (U+0144 'ń' ends in 0x44 'D', U+0149 in 0x49 'I').
        private static readonly string[] Pieces =
        {
            "docker", "DOCKER", "dOcKeR", "Docker.DotNet", "doc", "dockerd", "xdocker", "\u0144ocker", "d\u014Fcker",
            "Container", "Containe", "Containers", "CreateContainerParameters", "Image", "Imag", "ImageImage", "Isolation",
            "Isolated", "HostConfig", "HostConfi", "\u0149mage", "\u0143ontainer", "I", "H", "C", "d", "o",
            "Run", "RunAsync", "Ru", "@Run", "_Run", "Run1", "Start", "StartAsync", "Starting", "WithImage", "With",
            " ", "  ", ".", "(", ")", "\n", "\"", "//", "\t", "\u00E9", "\uD83D\uDE00", "0", "_",
        };

        private static readonly string[] Names = { "Run", "RunAsync", "StartAsync", "WithImage", "Image", "HostConfig", "Start", "Isolated" };

        [Fact]
        public void TheFilters_AreUsed_WhereTheHardwareHasVectors()
        {
            Assert.True(Vector.IsHardwareAccelerated, "this machine runs the filtered searches only with vector hardware");
            Assert.NotNull(StartFilter.For(new[] { "docker", "Image" }, new[] { true, false }));
            Assert.True(IdentifierSearch.For(Names).FiltersStarts);

            // One group is one IndexOf, which is faster; a name of one character cannot be keyed by two.
            Assert.False(IdentifierSearch.For(new[] { "RunAsync", "RunLater" }).FiltersStarts);
            Assert.False(IdentifierSearch.For(new[] { "Run", "i" }).FiltersStarts);
        }

        [Theory]
        [InlineData("i", false)]
        [InlineData("isolation", true)]
        [InlineData("kube", true)]
        [InlineData("ski", true)]
        [InlineData("\u00E9t\u00E9", true)]
        [InlineData("d-", true)]
        public void NoFilter_WhereTwoCharactersCannotKeyTheWord(string word, bool ignoreCase)
        {
            Assert.Null(StartFilter.For(new[] { "docker", word }, new[] { true, ignoreCase }));
        }

        [Fact]
        public void NoFilter_PastTheLimitOfKeys_AndDuplicateKeysCountOnce()
        {
            var many = Enumerable.Range(0, StartFilter.MaxKeys + 1).Select(i => (char)('A' + i) + "x").ToArray();
            Assert.Null(StartFilter.For(many, new bool[many.Length]));
            var shared = Enumerable.Range(0, StartFilter.MaxKeys + 1).Select(i => "Ru" + i).ToArray();
            Assert.NotNull(StartFilter.For(shared, new bool[shared.Length]));
        }

        [Fact]
        public void Candidates_AreASupersetOfEveryStart_InOrder()
        {
            var filter = StartFilter.For(new[] { "docker", "Image" }, new[] { true, false })!;
            var text = "Image dOcKeR " + new string('x', 40) + "DOCKER \u0144o Imag";
            var candidates = filter.Candidates(text).ToList();
            Assert.Equal(candidates.OrderBy(c => c), candidates);
            foreach (var start in new[] { 0, 6, text.IndexOf("DOCKER", StringComparison.Ordinal), text.IndexOf("\u0144o", StringComparison.Ordinal), text.LastIndexOf("Imag", StringComparison.Ordinal) })
            {
                Assert.Contains(start, candidates);
            }
        }

        [Fact]
        public void LaunchWords_OneRead_FindWhatOneSearchPerWordFinds()
        {
            foreach (var text in Texts())
            {
                var docker = TreeScan.FindAll(text, TreeScan.DockerWord, StringComparison.OrdinalIgnoreCase);
                var all = TreeScan.Merge(docker, TreeScan.FindAll(text, TreeScan.LibraryWords));
                var filter = StartFilter.For(new[] { TreeScan.DockerWord }.Concat(TreeScan.LibraryWords).ToArray(), new[] { true }.Concat(TreeScan.LibraryWords.Select(_ => false)).ToArray())!;

                var filtered = TreeScan.FindLaunchWords(text, filter, out var filteredDocker);

                Assert.Equal(docker, filteredDocker);
                Assert.Equal(all, filtered);
            }
        }

        [Fact]
        public void IdentifierGroups_OneRead_FindWhatReadingEveryIdentifierFinds()
        {
            var filtered = IdentifierSearch.For(Names);
            var read = IdentifierSearch.For(Names.Concat(Enumerable.Range(0, IdentifierSearch.MaxGroups).Select(i => (char)('a' + i) + "ZqAbsent")).ToArray());
            Assert.True(filtered.FiltersStarts);
            Assert.True(read.ReadsEveryIdentifier);
            var found = 0;
            foreach (var text in Texts())
            {
                var expected = read.FindIn(text);
                Assert.Equal(expected, filtered.FindIn(text));
                found += expected.Length;
            }

            Assert.True(found > 1000, "the texts hold the names " + found + " times");
        }

        /// <summary>The corpus, then texts of every length around the vector width, then long random ones.</summary>
        private static IEnumerable<string> Texts()
        {
            var files = System.IO.Directory.GetFiles(System.IO.Path.Combine(Verifiers.TestReferences.RepoRoot, "tests", "corpus"), "*.cs", System.IO.SearchOption.AllDirectories);
            Assert.NotEmpty(files);
            foreach (var file in files)
            {
                yield return System.IO.File.ReadAllText(file);
            }

            // A word that ends the text, or starts at each position around one and two vector widths.
            foreach (var word in new[] { "docker", "DOCKER", "Image", "HostConfig", "Run", "StartAsync" })
            {
                for (var pad = 0; pad <= 2 * Vector<ushort>.Count + 2; pad++)
                {
                    yield return new string(' ', pad) + word;
                    yield return new string('x', pad) + " " + word + " ";
                    yield return word.Substring(0, word.Length - 1).PadLeft(pad + word.Length - 1);
                }
            }

            var random = new Random(12);
            for (var n = 0; n < 400; n++)
            {
                var builder = new StringBuilder();
                var pieces = n < 300 ? random.Next(0, 24) : random.Next(200, 2000);
                for (var p = 0; p < pieces; p++)
                {
                    builder.Append(Pieces[random.Next(Pieces.Length)]);
                }

                yield return builder.ToString();
            }
        }
    }
}
