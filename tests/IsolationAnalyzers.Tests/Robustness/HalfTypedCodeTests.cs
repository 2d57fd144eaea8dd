using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using IsolationAnalyzers.CodeFixes;
using IsolationAnalyzers.Tests.Robustness.Typing;
using Xunit;

namespace IsolationAnalyzers.Tests.Robustness
{
    /// <summary>
    /// Half-typed code the typing simulation found breaking the analyzer or a fix (issue 13), one case per place
    /// where an edit's span is computed. Each document is analyzed without exception, the diagnostic is still
    /// reported, and no fix is offered where the edit would touch syntax with a parse error (or an initializer member
    /// the compiler could not bind): offering none is better than a fix that adds compiler errors.
    /// </summary>
    public sealed class HalfTypedCodeTests
    {
        private const string Usings = "using System;\nusing System.Collections.Generic;\nusing System.Diagnostics;\nusing CliWrap;\nusing Docker.DotNet.Models;\nusing DotNet.Testcontainers.Builders;\n\n";

        /// <summary>The issue's reproduction: the file ends after <c>Isolation = "hyperv",</c>, with no token after the comma.</summary>
        [Fact]
        public async Task InitializerEndingAfterAComma_DoesNotThrow()
        {
            const string source = """
                using Docker.DotNet.Models;

                public class Probe
                {
                    public CreateContainerParameters Make()
                    {
                        var hostConfig = new HostConfig { Isolation = "hyperv",
                """;
            var (counts, _) = await CheckAsync(source);
            Assert.Equal(0, counts.AnalyzerExceptions);
        }

        /// <summary>Both fixes of the issue's second finding, on the member after an unterminated <c>Cmd = new List&lt;string&gt; { "cmd",</c>.</summary>
        [Fact]
        public Task UnterminatedCollectionInLastMember_GetsNoHostConfigFix() => AssertNoFix(
            """
            class Launcher
            {
                object Create() => new CreateContainerParameters
                {
                    Image = "mcr.microsoft.com/windows/servercore:ltsc2022",
                    Cmd = new List<string> { "cmd",
                };
            }
            """,
            "ISO0001");

        /// <summary>
        /// Found by the typing simulation after value flow, a fault of the checker rather than the fix: with the dot of
        /// <c>.Build()</c> deleted, "Use Hyper-V isolation" appends the modifier to the chain on a line of its own, and
        /// the trimmed text difference put the change in the stray <c>Build();</c> after it, so the checker compared
        /// that member's errors before with the chain's after. The fix adds no error.
        /// </summary>
        [Fact]
        public async Task ChainWhoseBuildLostItsDot_FixAddsNoError()
        {
            var (counts, found) = await CheckAsync("""
                using DotNet.Testcontainers.Builders;
                using DotNet.Testcontainers.Containers;

                class Fixtures
                {
                    public IContainer Windows() =>
                        new ContainerBuilder("mcr.microsoft.com/windows/servercore:ltsc2022")
                            .WithCommand("cmd", "/c", "ping -t localhost")
                            Build();
                }
                """);
            Assert.True(counts.FailureCount == 0, string.Join("\n\n", counts.Failures));
            Assert.Contains(found, f => f.Diagnostic.Id == "ISO0001" && f.Fixes.Count > 0);
        }

        /// <summary>
        /// Found by a 60,000-document typing sample: a `"` typed after `"process"` in an argument array leaves an
        /// unterminated string after which the compiler's own operation factory fails an assertion
        /// (<c>FunctionTypeSymbol</c>, "thought to be unreachable") while building the member's operation tree. The
        /// member is unknown; no AD0001.
        /// </summary>
        [Fact]
        public async Task CompilerFailingToBuildTheOperationTree_IsNoAnalyzerException()
        {
            var (counts, _) = await CheckAsync("""
                using System.Diagnostics;

                class Runner
                {
                    void B(string image) => Process.Start("docker", $"run --isolation=hyperv {image}");

                    void C(string image) => Process.Start("docker", new[] { "run", "--isolation", "process"", image });

                    void D(string image) => Process.Start("docker", new[] { "run", "--rm", image });
                }
                """);
            Assert.True(counts.FailureCount == 0, string.Join("\n\n", counts.Failures));
        }

        /// <summary>
        /// Found by the same sample: with `$"` typed into a pod spec's initializer (<c>RestartPolicy$" = …</c>), the
        /// RuntimeClass fix added <c>, RuntimeClassName = …</c> into the broken initializer. A pod spec whose
        /// initializer has a parse error gets no added member: here, no <c>NodeSelector</c> for "Select Windows nodes".
        /// </summary>
        [Fact]
        public Task PodSpecInitializerWithAParseError_GetsNoAddedMember() => AssertNoFix(
            """
            using System.Collections.Generic;
            using k8s.Models;

            class Operator
            {
                V1PodSpec Nightly(string image) => new V1PodSpec
                {
                    RestartPolicy$" = "OnFailure",
                    Containers = new List<V1Container> { new V1Container { Name = "nightly", Image = "mcr.microsoft.com/windows/servercore:ltsc2022" } },
                };
            }
            """,
            "ISO0011");

        /// <summary>
        /// Found by the exhaustive typing run: with `$"` typed in front of a pod's <c>InitContainers = new[] { … }</c>, the
        /// unterminated interpolated string takes the container's image literal into one of its holes. "Pin the image"
        /// (ISO0008) rewrote that literal and added CS0029. A literal inside an interpolation is not rewritten.
        /// </summary>
        [Fact]
        public Task ImageLiteralTakenIntoAnInterpolation_GetsNoPinFix() => AssertNoFix(
            """
            using System.Collections.Generic;
            using k8s.Models;

            class Operator
            {
                V1PodSpec Nightly() => new V1PodSpec
                {
                    InitContainers = $"new[] { new V1Container { Image = "mcr.microsoft.com/windows/nanoserver" } },
                    Containers = new List<V1Container> { new V1Container { Name = "nightly", Image = "mcr.microsoft.com/windows/servercore:ltsc2022" } },
                };
            }
            """,
            "ISO0008");

        public static TheoryData<string, string, string> Cases() => new TheoryData<string, string, string>
        {
            // SyntaxRemoval, initializer member: the HostConfig initializer has no closing brace.
            { "removal of an initializer member", "ISO0007", """
                class Launcher
                {
                    object Create() => new CreateContainerParameters { Image = "redis:7-alpine", HostConfig = new HostConfig { Isolation = "hyperv",
                """ },

            // SyntaxRemoval, statement: the parenthesis is not closed yet.
            { "removal of a statement", "ISO0007", """
                class Launcher
                {
                    object Create()
                    {
                        var hc = new HostConfig();
                        hc.Isolation = ("hyperv";
                        return new CreateContainerParameters { Image = "redis:7-alpine", HostConfig = hc };
                    }
                }
                """ },

            // AddToInitializer: a member the compiler cannot bind (`==` typed for `=`).
            { "member added next to an unbound member", "ISO0001", """
                class Launcher
                {
                    object Create(bool fast) => new CreateContainerParameters
                    {
                        Image = "mcr.microsoft.com/windows/servercore:ltsc2019",
                        HostConfig = new HostConfig { Isolation == fast ? "process" : "hyperv" },
                    };
                }
                """ },

            // AddToInitializer: the HostConfig initializer has skipped text.
            { "member added to an initializer with a parse error", "ISO0001", """
                class Launcher
                {
                    object Create() => new CreateContainerParameters
                    {
                        Image = "mcr.microsoft.com/windows/servercore:ltsc2019",
                        HostConfig = new HostConfig { Memory( = 4096 },
                    };
                }
                """ },

            // ReplaceExpression: an unterminated literal runs to the end of the line, over the closing braces.
            { "replacement of an unterminated literal", "ISO0005", """
                class Launcher
                {
                    object Create() => new CreateContainerParameters { Image = "mcr.microsoft.com/windows/servercore:ltsc2022", HostConfig = new HostConfig { Isolation = "hyper-v } };
                }
                """ },

            // LiteralPositions, plain literal: the command string has no closing quote.
            { "text replaced inside an unterminated command string", "ISO0005", """
                class Launcher
                {
                    void Start() => Process.Start("docker", "run --isolation=hyper-v mcr.microsoft.com/windows/servercore:ltsc2022);
                }
                """ },

            // LiteralPositions, interpolated string: no closing quote.
            { "text inserted inside an unterminated interpolated string", "ISO0001", """
                class Launcher
                {
                    void Start(string name) => Process.Start("docker", $"run --name {name} mcr.microsoft.com/windows/servercore:ltsc2022);
                }
                """ },

            // CliRemoval, list elements: the array initializer has no closing brace.
            { "removal of elements of an unterminated array", "ISO0010", """
                class Launcher
                {
                    void Start() => Process.Start("docker", new[] { "run", "--isolation=hyperv", "--memory-swappiness", "0", "mcr.microsoft.com/windows/servercore:ltsc2022",
                """ },

            // CommandLineReader.InsertElementAfter: the array initializer has no closing brace.
            { "element inserted into an unterminated array", "ISO0001", """
                class Launcher
                {
                    void Start() => Process.Start("docker", new[] { "run", "mcr.microsoft.com/windows/servercore:ltsc2022",
                """ },

            // CommandLineReader.InsertStatementAfter: the Add statement of the subcommand has no semicolon.
            { "statement inserted after a statement with a parse error", "ISO0001", """
                class Launcher
                {
                    void Start()
                    {
                        var psi = new ProcessStartInfo("docker");
                        psi.ArgumentList.Add("run")
                        psi.ArgumentList.Add("mcr.microsoft.com/windows/servercore:ltsc2022");
                        Process.Start(psi);
                    }
                }
                """ },

            // CliWrap builder: the subcommand's literal is unterminated (its call ends on the next line).
            { "builder call inserted after a call with a parse error", "ISO0001", """
                class Launcher
                {
                    object Start() => Cli.Wrap("docker").WithArguments(args => args.Add("run
                        ).Add("mcr.microsoft.com/windows/servercore:ltsc2022"));
                }
                """ },

            // Testcontainers chain insertion: `.WithImage("…"` has no closing parenthesis yet.
            { "modifier inserted into an unterminated chain", "ISO0001", """
                class Launcher
                {
                    object Start() => new ContainerBuilder().WithImage("mcr.microsoft.com/windows/servercore:ltsc2022"
                """ },

            // Testcontainers statement insertion: the modifier's last statement is half typed.
            { "statement inserted into a half-typed modifier", "ISO0001", """
                class Launcher
                {
                    object Start()
                    {
                        var builder = new ContainerBuilder("mcr.microsoft.com/windows/servercore:ltsc2022");
                        builder = builder.WithCreateParameterModifier(p =>
                        {
                            p.HostConfig.Memory = 4L * 1024 * 1024 * 1024;
                            p.HostConfig.Isolation
                        });
                        return builder.Build();
                    }
                }
                """ },
        };

        [Theory]
        [MemberData(nameof(Cases))]
        public Task EditTouchingBrokenSyntax_IsNotOffered(string edit, string id, string source)
        {
            Assert.False(string.IsNullOrEmpty(edit));
            return AssertNoFix(source, id);
        }

        /// <summary>The same shapes, completed: the fixes are offered (the cases above are not silent by accident).</summary>
        [Theory]
        [InlineData("ISO0007", "object Create() => new CreateContainerParameters { Image = \"redis:7-alpine\", HostConfig = new HostConfig { Isolation = \"hyperv\", } };")]
        [InlineData("ISO0001", "object Create() => new CreateContainerParameters { Image = \"mcr.microsoft.com/windows/servercore:ltsc2022\", Cmd = new List<string> { \"cmd\", } };")]
        [InlineData("ISO0005", "void Start() => Process.Start(\"docker\", \"run --isolation=hyper-v mcr.microsoft.com/windows/servercore:ltsc2022\");")]
        [InlineData("ISO0001", "void Start(string name) => Process.Start(\"docker\", $\"run --name {name} mcr.microsoft.com/windows/servercore:ltsc2022\");")]
        [InlineData("ISO0010", "void Start() => Process.Start(\"docker\", new[] { \"run\", \"--isolation=hyperv\", \"--memory-swappiness\", \"0\", \"mcr.microsoft.com/windows/servercore:ltsc2022\", });")]
        [InlineData("ISO0001", "object Start() => new ContainerBuilder().WithImage(\"mcr.microsoft.com/windows/servercore:ltsc2022\");")]
        [InlineData("ISO0008", "object Spec() => new k8s.Models.V1PodSpec { InitContainers = new[] { new k8s.Models.V1Container { Image = \"mcr.microsoft.com/windows/nanoserver\" } } };")]
        public async Task CompletedCode_GetsTheFix(string id, string member)
        {
            var (counts, found) = await CheckAsync("class Launcher\n{\n    " + member + "\n}\n");
            Assert.Equal(0, counts.FailureCount);
            var (_, fixes) = Assert.Single(found, f => f.Diagnostic.Id == id);
            Assert.NotEmpty(fixes);
        }

        /// <summary>
        /// The fixes' own check, behind the recognizers': the fixed text is parsed again, and a fix whose text would
        /// have a syntax error the document did not have is not offered. Here an edit the analyzer would never make
        /// (an insertion template with an unbalanced quote), and an anchor that is not in the document any more.
        /// </summary>
        [Theory]
        [InlineData("InsertText", 0, "\"{0}", true)]
        [InlineData("InsertText", 0, " /* {0} */", false)]
        [InlineData("AddToInitializer", 4, null, true)]
        [InlineData("ReplaceExpression", 1000, null, true)]
        public async Task FixThatCannotBeMade_IsNotOffered(string edit, int anchorOffset, string? template, bool refused)
        {
            const string source = "class Launcher\n{\n    object Create() => new object();\n}\n";
            var (workspace, projectId) = RobustnessHarness.CreateWorkspace();
            using var disposeWorkspace = workspace;
            var document = workspace.CurrentSolution.GetProject(projectId)!.AddDocument("Fix.cs", Microsoft.CodeAnalysis.Text.SourceText.From(source), filePath: "/0/Fix.cs");
            var tree = (await document.GetSyntaxTreeAsync())!;
            var at = source.IndexOf("new object()", System.StringComparison.Ordinal);
            var anchor = Microsoft.CodeAnalysis.Location.Create(tree, anchorOffset > 100
                ? new Microsoft.CodeAnalysis.Text.TextSpan(at, anchorOffset)
                : new Microsoft.CodeAnalysis.Text.TextSpan(at + anchorOffset, edit == "InsertText" ? 0 : "new object()".Length - anchorOffset));
            var properties = System.Collections.Immutable.ImmutableDictionary<string, string?>.Empty.Add("Edit", edit);
            if (template is not null)
            {
                properties = properties.Add("EditTemplate", template);
            }

            var descriptor = new IsolationAnalyzer().SupportedDiagnostics.Single(d => d.Id == "ISO0001");
            var diagnostic = Microsoft.CodeAnalysis.Diagnostic.Create(descriptor, anchor, new[] { anchor }, properties, "image", "detail");
            var actions = new List<string>();
            await new UseIsolationModeCodeFixProvider().RegisterCodeFixesAsync(
                new Microsoft.CodeAnalysis.CodeFixes.CodeFixContext(document, diagnostic, (action, _) => actions.Add(action.Title), default));
            Assert.Equal(refused ? 0 : 1, actions.Count);
        }

        /// <summary>A fix that would write what is already there is not offered (no no-op in the light bulb).</summary>
        [Theory]
        [InlineData("\"hyperv\"", true)]
        [InlineData("\"process\"", false)]
        public async Task FixThatChangesNothing_IsNotOffered(string written, bool refused)
        {
            var source = "class Launcher\n{\n    object Isolation() => " + written + ";\n}\n";
            var (workspace, projectId) = RobustnessHarness.CreateWorkspace();
            using var disposeWorkspace = workspace;
            var document = workspace.CurrentSolution.GetProject(projectId)!.AddDocument("Fix.cs", Microsoft.CodeAnalysis.Text.SourceText.From(source), filePath: "/0/Fix.cs");
            var tree = (await document.GetSyntaxTreeAsync())!;
            var anchor = Microsoft.CodeAnalysis.Location.Create(tree, new Microsoft.CodeAnalysis.Text.TextSpan(source.IndexOf(written, System.StringComparison.Ordinal), written.Length));
            var properties = System.Collections.Immutable.ImmutableDictionary<string, string?>.Empty.Add("Edit", "ReplaceExpression");
            var descriptor = new IsolationAnalyzer().SupportedDiagnostics.Single(d => d.Id == "ISO0001");
            var diagnostic = Microsoft.CodeAnalysis.Diagnostic.Create(descriptor, anchor, new[] { anchor }, properties, "image", "detail");
            var actions = new List<string>();
            await new UseIsolationModeCodeFixProvider().RegisterCodeFixesAsync(
                new Microsoft.CodeAnalysis.CodeFixes.CodeFixContext(document, diagnostic, (action, _) => actions.Add(action.Title), default));
            Assert.Equal(refused ? System.Array.Empty<string>() : new[] { "Use Hyper-V isolation" }, actions.ToArray());
        }

        private static async Task AssertNoFix(string source, string id)
        {
            var (counts, found) = await CheckAsync(source);
            Assert.True(counts.FailureCount == 0, string.Join("\n\n", counts.Failures));
            var reported = found.Where(f => f.Diagnostic.Id == id).ToArray();
            Assert.True(reported.Length > 0, $"{id} is not reported; found: {string.Join(", ", found.Select(f => f.Diagnostic.Id))}");
            foreach (var (diagnostic, fixes) in reported)
            {
                Assert.True(fixes.Count == 0, $"{diagnostic}: offered {string.Join(", ", fixes)}");
            }
        }

        private static async Task<(TypingCounts Counts, IReadOnlyList<(Microsoft.CodeAnalysis.Diagnostic Diagnostic, IReadOnlyList<string> Fixes)> Found)> CheckAsync(string source)
        {
            using var checker = new TypingChecker(
                RobustnessHarness.AllReferences,
                RobustnessHarness.ParseOptions,
                RobustnessHarness.HostSettings,
                TypingChecker.AnalyzersIn(typeof(IsolationAnalyzer).Assembly),
                TypingChecker.FixesIn(typeof(UseIsolationModeCodeFixProvider).Assembly));
            var text = source.StartsWith("using ", System.StringComparison.Ordinal) ? source : Usings + source;
            var found = await checker.CheckAsync(text, () => "test source");
            return (checker.Counts, found);
        }
    }
}
