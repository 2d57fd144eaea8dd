using System.Linq;
using IsolationAnalyzers.Candidates;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace IsolationAnalyzers.Tests.Robustness
{
    /// <summary>The per-file text tests the cheap path relies on: launch words, whole identifiers, and the memo of files that call no flow word.</summary>
    public class TreeScanTests
    {
        private const string Text = """
            class Jobs
            {
                void Start(string image) => DockerShell.Run(image, "--rm"); // RunLater in a comment
                int @Count => RunAll.Length;
            }
            """;

        [Fact]
        public void IdentifierSearch_MatchesWholeIdentifiersOnly_BothWays()
        {
            string[] few = { "Run", "Start", "Count" };
            string[] sharedPrefixes = few.Concat(new[] { "RunLate", "Ru", "RunAl", "Starting", "Cou" }).ToArray();
            string[] many = few.Concat(Enumerable.Range(0, IdentifierSearch.MaxGroups).Select(i => "N" + i + "x")).ToArray();
            Assert.False(IdentifierSearch.For(sharedPrefixes).ReadsEveryIdentifier);
            Assert.True(IdentifierSearch.For(many).ReadsEveryIdentifier);
            Assert.True(IdentifierSearch.For(System.Array.Empty<string>()).IsEmpty);
            Assert.True(IdentifierSearch.For(new[] { "" }).IsEmpty);
            Assert.False(IdentifierSearch.For(few).IsEmpty);
            Assert.False(IdentifierSearch.For(many).IsEmpty);

            foreach (var names in new[] { few, sharedPrefixes, many })
            {
                var found = IdentifierSearch.For(names).FindIn(Text).Select(p => Text.Substring(p, 5)).ToArray();

                // `Run` of `.Run(` and `Start`; not `RunLater`, `RunAll`, nor `Count` behind its `@`.
                Assert.Equal(new[] { "Start", "Run(i" }, found);
            }
        }

        [Fact]
        public void BothSearches_FindTheSamePositions_OnTheCorpus()
        {
            // The grouped search and the identifier-by-identifier reading (forced by names that occur nowhere) agree.
            string[] names = { "Run", "RunAsync", "StartAsync", "Build", "WithImage", "Image", "i", "_", "Process", "Start", "HostConfig" };
            var absent = Enumerable.Range(0, IdentifierSearch.MaxGroups).Select(i => (char)('a' + i) + "ZqAbsent");
            var grouped = IdentifierSearch.For(names);
            var read = IdentifierSearch.For(names.Concat(absent).ToArray());
            Assert.False(grouped.ReadsEveryIdentifier);
            Assert.True(read.ReadsEveryIdentifier);

            var files = System.IO.Directory.GetFiles(System.IO.Path.Combine(Verifiers.TestReferences.RepoRoot, "tests", "corpus"), "*.cs", System.IO.SearchOption.AllDirectories);
            Assert.NotEmpty(files);
            foreach (var file in files)
            {
                var text = System.IO.File.ReadAllText(file);
                Assert.Equal(read.FindIn(text), grouped.FindIn(text));
            }
        }

        [Fact]
        public void CallsNoFlowWord_IsFalseOnlyWhereAMethodWithParametersCallsAFlowWord()
        {
            var helper = CSharpSyntaxTree.ParseText("""
                static class DockerShell
                {
                    public static System.Diagnostics.Process Run(string image) => System.Diagnostics.Process.Start("docker", "run " + image);
                }
                """);
            var forwards = CSharpSyntaxTree.ParseText("class A { void Start(string image) => DockerShell.Run(image); }");
            var calls = CSharpSyntaxTree.ParseText("class B { void Start() => DockerShell.Run(\"x\"); }");
            var plain = CSharpSyntaxTree.ParseText("class C { int Count(int n) => n + 1; }");
            var compilation = CSharpCompilation.Create("TreeScanTests.CallsNoFlowWord", new[] { helper, forwards, calls, plain }, Verifiers.TestReferences.Framework);
            var words = FlowWords.For(compilation, default);
            Assert.True(words.Contains("Run"));

            Assert.False(TreeScan.For(forwards).CallsNoFlowWord(words, default));
            Assert.True(TreeScan.For(calls).CallsNoFlowWord(words, default));
            Assert.True(TreeScan.For(plain).CallsNoFlowWord(words, default));

            // Remembered per set of words: asked again, the same answer.
            Assert.False(TreeScan.For(forwards).CallsNoFlowWord(words, default));
        }

        [Fact]
        public void TokenCursor_FindsWhatFindTokenFromTheRootFinds_InAnyOrder()
        {
            // Every position of every corpus file, ascending (as the scans ask), then in a scrambled order, and the end
            // of the text (the end-of-file token).
            var files = System.IO.Directory.GetFiles(System.IO.Path.Combine(Verifiers.TestReferences.RepoRoot, "tests", "corpus"), "*.cs", System.IO.SearchOption.AllDirectories);
            Assert.NotEmpty(files);
            var checkedPositions = 0;
            foreach (var file in files)
            {
                var root = CSharpSyntaxTree.ParseText(System.IO.File.ReadAllText(file)).GetRoot();
                var length = root.FullSpan.End;
                var ascending = new TokenCursor(root);
                for (var position = 0; position <= length; position++)
                {
                    Assert.Equal(root.FindToken(position), ascending.Find(position));
                    checkedPositions++;
                }

                var scrambled = new TokenCursor(root);
                for (var i = 0; i <= length; i++)
                {
                    var position = (int)((i * 7919L) % (length + 1));
                    Assert.Equal(root.FindToken(position), scrambled.Find(position));
                }
            }

            Assert.True(checkedPositions > 10_000);
        }

        [Theory]
        [InlineData("image", true)]
        [InlineData("@image", true)]
        [InlineData("this.image", true)]
        [InlineData("\\u0069mage", true)]
        [InlineData("images", false)]
        [InlineData("myimage", false)]
        [InlineData("string.Empty", false)]
        public void AConstructorsType_IsAFlowWord_WhereTheLaunchReadsWhatTheConstructorStores(string read, bool isWord)
        {
            // `new Runner("…")` reaches the launch only through a field the constructor assigns and the launch reads.
            var runner = CSharpSyntaxTree.ParseText($$"""
                class Runner
                {
                    private readonly string image;
                    private readonly string images = "";
                    private readonly string myimage = "";
                    private readonly object logger;

                    public Runner(string image, object logger)
                    {
                        this.image = image;
                        this.logger = logger;
                    }

                    public void Start() => System.Diagnostics.Process.Start("docker", "run " + {{read}});
                }
                """);
            Assert.Equal(isWord, TreeScan.For(runner).DeclaredFlowNames(libraries: false, default).Contains("Runner"));
        }

        [Theory]
        [InlineData("image = i;", true)]
        [InlineData("this.image = i;", true)]
        [InlineData("this.image=i;", true)]
        [InlineData("@image = i;", true)]
        [InlineData("\\u0069mage = i;", true)]
        [InlineData("other = new Holder { image = i };", true)]
        [InlineData("image += i;", false)]
        [InlineData("image ??= i;", false)]
        [InlineData("(image, other) = (i, null);", false)]
        [InlineData("if (image == i) { other = null; }", false)]
        [InlineData("System.Func<string, bool> same = x => x == image;", false)]
        [InlineData("var image2 = i;", false)]
        public void TheNamesAConstructorStores_AreTheAssignedOnes(string body, bool isWord)
        {
            // The launch reads `image`; the type is a flow word when a constructor with parameters assigns it.
            var runner = CSharpSyntaxTree.ParseText($$"""
                class Holder { public string image; }

                class Runner
                {
                    private string image = "";
                    private object other;

                    public Runner(string i)
                    {
                        {{body}}
                    }

                    public void Start() => System.Diagnostics.Process.Start("docker", "run " + image);
                }
                """);
            Assert.Equal(isWord, TreeScan.For(runner).DeclaredFlowNames(libraries: false, default).Contains("Runner"));
        }

        // A docker helper whose arguments flow into its launch, and a method with a parameter that passes one on.
        private const string ShellHelper = """
            static class Shell
            {
                public static System.Diagnostics.Process Run(string image, string args) => System.Diagnostics.Process.Start("docker", $"run {args} {image}");
            }
            """;

        private const string MiddleCaller = "class M { public static void Middle(string image) => Shell.Run(image, \"--rm\"); }";

        [Fact]
        public void FlowWordPositions_MergedFromTheLevels_AreWhatASearchForEveryNameFinds()
        {
            // Three levels (Run ← Middle ← Top), callers in several files: each file's flow-word positions, merged from
            // what the levels' searches found there and a search for the last level's names, equal a search of the file
            // for every flow word; also in a file the levels never searched (the next compilation's edited file).
            var helper = CSharpSyntaxTree.ParseText(ShellHelper);
            var middle = CSharpSyntaxTree.ParseText(MiddleCaller);
            var top = CSharpSyntaxTree.ParseText("class T { public static void Top(string i) { M.Middle(i); Shell.Run(i, \"\"); } }");
            var user = CSharpSyntaxTree.ParseText("class U { void Go() { T.Top(\"x\"); M.Middle(\"y\"); Run(); } void Run() { } }");
            var compilation = CSharpCompilation.Create("TreeScanTests.Levels", new[] { helper, middle, top, user }, Verifiers.TestReferences.Framework);
            var words = FlowWords.For(compilation, default);
            Assert.Equal(new[] { "Middle", "Run", "Top" }, words.Names.ToArray());
            Assert.Equal(2, words.Levels.Length);

            var everyName = IdentifierSearch.For(words.Names);
            var edited = CSharpSyntaxTree.ParseText("class V { void Go() => T.Top(\"z\"); }");
            foreach (var tree in new[] { helper, middle, top, user, edited })
            {
                var text = tree.GetText().ToString();
                Assert.Equal(everyName.FindIn(text), TreeScan.For(tree).FlowWordPositions(words, default));
            }

            Assert.Equal(4, TreeScan.For(user).FlowWordPositions(words, default).Length);
        }

        [Fact]
        public void FlowWords_ComputedAgainWithTheSameNames_AreTheLastSet_ElseANewOne()
        {
            // The IDE's next compilation after an edit inside a file that calls a flow word from a method with
            // parameters: the set is computed again (the edited file is not neutral) and, its names unchanged, is the
            // last set itself, so what each unchanged file keeps for its searches still applies.
            var helper = CSharpSyntaxTree.ParseText(ShellHelper);
            var middle = CSharpSyntaxTree.ParseText(MiddleCaller);
            var user = CSharpSyntaxTree.ParseText("class U { void Go() { M.Middle(\"x\"); Shell.Run(\"y\", \"\"); } }");
            var compilation = CSharpCompilation.Create("TreeScanTests.Reuse." + System.Guid.NewGuid().ToString("N"), new[] { helper, middle, user }, Verifiers.TestReferences.Framework);
            var words = FlowWords.For(compilation, default);
            Assert.Equal(new[] { "Middle", "Run" }, words.Names.ToArray());

            var edited = CSharpSyntaxTree.ParseText("class M { public static void Middle(string image) => Shell.Run(image, \"-d\"); }");
            Assert.False(TreeScan.For(edited).CallsNoFlowWord(words, default));
            var next = compilation.ReplaceSyntaxTree(middle, edited);
            var again = FlowWords.For(next, default);
            Assert.Same(words, again);

            // A renamed caller changes the names: a new set, whose positions in an unchanged file are what a search finds.
            var renamed = CSharpSyntaxTree.ParseText("class M { public static void Middle2(string image) => Shell.Run(image, \"-d\"); }");
            var user2 = CSharpSyntaxTree.ParseText("class U { void Go() { M.Middle2(\"x\"); Shell.Run(\"y\", \"\"); } }");
            var third = FlowWords.For(next.ReplaceSyntaxTree(edited, renamed).ReplaceSyntaxTree(user, user2), default);
            Assert.NotSame(words, third);
            Assert.Equal(new[] { "Middle2", "Run" }, third.Names.ToArray());
            foreach (var tree in new[] { helper, renamed, user2 })
            {
                Assert.Equal(IdentifierSearch.For(third.Names).FindIn(tree.GetText().ToString()), TreeScan.For(tree).FlowWordPositions(third, default));
            }
        }

        [Fact]
        public void IdentifierSearch_SearchesFor_ComparesNamesAsASet()
        {
            var search = IdentifierSearch.For(new[] { "Run", "Start", "Run", "" });
            Assert.Equal(new[] { "Run", "Start" }, search.Names);
            Assert.True(search.SearchesFor(new[] { "Start", "Run" }));
            Assert.True(search.SearchesFor(new[] { "Start", "Run", "Run", "" }));
            Assert.False(search.SearchesFor(new[] { "Run" }));
            Assert.False(search.SearchesFor(new[] { "Run", "Start", "Stop" }));
            Assert.False(search.SearchesFor(new[] { "run", "Start" }));
            Assert.True(IdentifierSearch.None.SearchesFor(System.Array.Empty<string>()));
        }

        [Theory]
        [InlineData(true)]
        [InlineData(false)]
        public void TheDockerWord_IsFoundInAnyCase_WithOrWithoutLibraries(bool libraries)
        {
            foreach (var word in new[] { "docker", "Docker", "DOCKER", "dOcKeR" })
            {
                var tree = CSharpSyntaxTree.ParseText("class A { void B() => System.Diagnostics.Process.Start(\"" + word + "\"); }");
                Assert.NotEmpty(TreeScan.For(tree).LaunchWordPositions(libraries, default));
            }

            Assert.Empty(TreeScan.For(CSharpSyntaxTree.ParseText("class A { int B() => 42; } // Mocker, Locker")).LaunchWordPositions(libraries, default));
        }

        [Fact]
        public void LibraryWords_CountOnlyWhereALibraryIsReferenced_AndBothAnswersAreKept()
        {
            var tree = CSharpSyntaxTree.ParseText("class A { object B() => new HostConfig { Isolation = \"hyperv\" }; }");
            var scan = TreeScan.For(tree);

            Assert.Equal(2, scan.LaunchWordPositions(libraries: true, default).Length);
            Assert.Empty(scan.LaunchWordPositions(libraries: false, default));
            Assert.Equal(2, scan.LaunchWordPositions(libraries: true, default).Length);
        }

        [Fact]
        public void LaunchWordPositions_AreSortedAcrossTheDockerAndLibraryWords()
        {
            const string text = "class A { object B() => new ContainerBuilder().WithImage(\"x\").WithDockerEndpoint(\"npipe://./pipe/docker_engine\"); }";
            var positions = TreeScan.For(CSharpSyntaxTree.ParseText(text)).LaunchWordPositions(libraries: true, default);

            Assert.Equal(positions.OrderBy(p => p).ToArray(), positions);
            Assert.Equal(new[] { "Contai", "Image(", "Docker", "docker" }, positions.Select(p => text.Substring(p, 6)).ToArray());
        }

        [Fact]
        public void AnyContainerLibrary_FollowsTheReferences_AndTheAssemblyName()
        {
            var tree = CSharpSyntaxTree.ParseText("class A { }");
            var plain = CSharpCompilation.Create("TreeScanTests.Libraries", new[] { tree }, Verifiers.TestReferences.Framework);
            var docker = plain.AddReferences(Verifiers.TestReferences.For(Verifiers.DockerLibrary.DockerDotNet));
            var kubernetes = plain.AddReferences(Verifiers.TestReferences.Kubernetes);

            Assert.False(Launches.ReferencedLibraries.AnyContainerLibrary(plain));
            Assert.True(Launches.ReferencedLibraries.AnyContainerLibrary(docker));
            Assert.True(Launches.ReferencedLibraries.AnyContainerLibrary(kubernetes));

            // The same project asked again after a reference changed back: the answer follows the reference list.
            Assert.False(Launches.ReferencedLibraries.AnyContainerLibrary(plain.ReplaceSyntaxTree(tree, CSharpSyntaxTree.ParseText("class B { }"))));
            Assert.True(Launches.ReferencedLibraries.AnyContainerLibrary(CSharpCompilation.Create("Testcontainers", new[] { tree }, Verifiers.TestReferences.Framework)));
        }

        [Fact]
        public void LaunchWords_AreFoundInCode_AndNotInAFileWithoutThem()
        {
            Assert.NotEmpty(TreeScan.For(CSharpSyntaxTree.ParseText("class A { object B() => new HostConfig(); }")).LaunchWordPositions(libraries: true, default));
            Assert.NotEmpty(TreeScan.For(CSharpSyntaxTree.ParseText("class A { void B() => System.Diagnostics.Process.Start(\"DOCKER\"); }")).LaunchWordPositions(libraries: true, default));
            Assert.Empty(TreeScan.For(CSharpSyntaxTree.ParseText("class A { int B() => 42; }")).LaunchWordPositions(libraries: true, default));
        }
    }
}
