using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.MSBuild;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace IsolationAnalyzers.EndToEnd
{
    /// <summary>
    /// The IDE path: a consumer of the package (a copy of samples/Orchestrator) opened with MSBuildWorkspace, the way
    /// Visual Studio, VS Code's C# extension and Rider's Roslyn host load it. The analyzers come from the package's
    /// analyzer references, the fixes from the code fix assembly it ships; one fix and two Fix Alls are applied to the
    /// workspace, and the changed project still compiles.
    /// </summary>
    [Collection(PackedPackageCollection.Name)]
    public class IdeHostTests
    {
        private const string HyperV = "IsolationAnalyzers.UseHyperVIsolation";

        private readonly PackedPackage _package;

        public IdeHostTests(PackedPackage package) => _package = package;

        [Fact]
        public async Task WorkspaceGetsDiagnosticsAndAppliesFixesFromThePackage()
        {
            ConsumerProject consumer = _package.CreateConsumer("ide", _package.StandardProjectBody());
            consumer.CopySample(TestEnvironment.SampleDirectory);
            var markers = Markers(consumer);
            CommandResult restore = await consumer.RestoreAsync();
            Assert.True(restore.Succeeded, restore.ToString());

            IdeHost.RegisterMSBuild();
            using var workspace = MSBuildWorkspace.Create();
            var failures = new List<string>();
            using var _ = workspace.RegisterWorkspaceFailedHandler(e => failures.Add(e.Diagnostic.ToString()));
            Project project = await workspace.OpenProjectAsync(consumer.ProjectPath);
            Assert.True(failures.Count == 0, "the workspace failed to load the project:" + Environment.NewLine + string.Join(Environment.NewLine, failures));
            Assert.Empty(await IdeHost.CompileErrorsAsync(project));

            // The analyzer references the package brings, from the folder restore extracted it to.
            var fromPackage = project.AnalyzerReferences
                .Where(r => r.FullPath != null && r.FullPath.StartsWith(_package.ExtractedPackage + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                .ToList();
            Assert.Equal(
                new[] { Path.Combine("analyzers", "dotnet", "cs", "IsolationAnalyzers.CodeFixes.dll"), Path.Combine("analyzers", "dotnet", "cs", "IsolationAnalyzers.dll") },
                fromPackage.Select(r => Path.GetRelativePath(_package.ExtractedPackage, r.FullPath!)).OrderBy(p => p, StringComparer.Ordinal).ToArray());
            ImmutableArray<DiagnosticAnalyzer> analyzers = fromPackage.SelectMany(r => r.GetAnalyzers(LanguageNames.CSharp)).ToImmutableArray();
            Assert.NotEmpty(analyzers);

            // The diagnostics are the sample's markers, with the severities of its .editorconfig.
            ImmutableArray<Diagnostic> diagnostics = await IdeHost.AnalyzeAsync(project, analyzers);
            AssertMatchesMarkers(markers, diagnostics, "on the project as loaded");
            Assert.All(diagnostics.Where(d => d.Id == "ISO0006"), d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));

            // The code fix providers the package ships, loaded from the same folder.
            string codeFixes = fromPackage.Single(r => Path.GetFileName(r.FullPath) == "IsolationAnalyzers.CodeFixes.dll").FullPath!;
            IReadOnlyList<CodeFixProvider> providers = IdeHost.LoadCodeFixProviders(codeFixes);
            var fixable = providers.SelectMany(p => p.FixableDiagnosticIds).ToHashSet();
            foreach (string id in PackageLayoutTests.PresetRuleIds.Where(id => id != "ISO0099"))
            {
                Assert.True(fixable.Contains(id), $"no code fix provider in {codeFixes} fixes {id}");
            }

            // 1. One fix from the light bulb: "Use process isolation" on the docker ArgumentList in ScriptedBuilds.cs
            // (its image is ltsc2022, the sample's host: process isolation is offered next to Hyper-V).
            Diagnostic scripted = Assert.Single(diagnostics, d => d.Id == "ISO0001" && LineText(d).StartsWith("psi.ArgumentList.Add(\"run\");", StringComparison.Ordinal));
            Document document = project.GetDocument(scripted.Location.SourceTree)!;
            IReadOnlyList<CodeAction> offered = await IdeHost.GetFixesAsync(providers, document, scripted);
            Assert.Equal(new[] { "Use Hyper-V isolation", "Use process isolation" }, offered.Select(a => a.Title).ToArray());
            project = Apply(workspace, await IdeHost.ChangedSolutionAsync(offered[1]), project.Id);
            string scriptedText = File.ReadAllText(document.FilePath!);
            Assert.Contains("psi.ArgumentList.Add(\"run\");", scriptedText);
            Assert.Contains("psi.ArgumentList.Add(\"--isolation=process\");", scriptedText);

            diagnostics = await IdeHost.AnalyzeAsync(project, analyzers);
            var remaining = Markers(consumer).Where(m => !(m.Id == "ISO0001" && m.FileName == "ScriptedBuilds.cs" && m.Line < UnfixableLine(consumer))).ToList();
            AssertMatchesMarkers(remaining, diagnostics, "after the fix in ScriptedBuilds.cs");
            Assert.Empty(await IdeHost.CompileErrorsAsync(project));

            // The helper case across two files: ContainerParameters.ForJob (ContainerParameters.cs) builds the
            // parameters from its arguments; its caller in BuildAgentLauncher.cs passes a Windows image and no
            // isolation. The diagnostic is on the caller's argument, with the helper's launch as additional location,
            // and its fix passes the isolation at the call.
            Diagnostic throughHelper = Assert.Single(diagnostics, d => d.Id == "ISO0001" && LineText(d).Contains("ContainerParameters.ForJob(\"tools-agent\"", StringComparison.Ordinal));
            Assert.Equal("BuildAgentLauncher.cs", Path.GetFileName(throughHelper.Location.SourceTree!.FilePath));
            Assert.Equal("Images.NanoServer2022", throughHelper.Location.SourceTree.GetText().ToString(throughHelper.Location.SourceSpan));
            Assert.Contains(throughHelper.AdditionalLocations, l => Path.GetFileName(l.SourceTree?.FilePath) == "ContainerParameters.cs");
            Assert.Contains("(the container is started in 'ContainerParameters.ForJob', ContainerParameters.cs line ", throughHelper.GetMessage(), StringComparison.Ordinal);

            // 2. Fix All in a document: the three ISO0001 of BuildAgentLauncher.cs get Hyper-V isolation, the one
            // through the helper as a named argument at its call (the helper's file is not touched).
            CodeFixProvider isolation = providers.Single(p => p.FixableDiagnosticIds.Contains("ISO0001"));
            FixAllProvider fixAll = isolation.GetFixAllProvider()!;
            Assert.Contains(FixAllScope.Document, fixAll.GetSupportedFixAllScopes());
            Assert.Contains(FixAllScope.Project, fixAll.GetSupportedFixAllScopes());
            Assert.Equal(3, diagnostics.Count(d => d.Id == "ISO0001" && Path.GetFileName(d.Location.SourceTree?.FilePath) == "BuildAgentLauncher.cs"));
            Document launcher = project.Documents.Single(d => d.Name == "BuildAgentLauncher.cs");
            string helperBefore = File.ReadAllText(project.Documents.Single(d => d.Name == "ContainerParameters.cs").FilePath!);
            project = await FixAllAsync(workspace, fixAll, new FixAllContext(
                launcher, isolation, FixAllScope.Document, HyperV, new[] { "ISO0001" }, new IdeHost.DiagnosticProvider(analyzers), default));
            string launcherText = File.ReadAllText(launcher.FilePath!);
            Assert.Equal(2, CountOccurrences(launcherText, "HostConfig = new HostConfig { Isolation = \"hyperv\" },"));
            Assert.Contains("ContainerParameters.ForJob(\"tools-agent\", Images.NanoServer2022, isolation: \"hyperv\")", launcherText);
            Assert.Equal(helperBefore, File.ReadAllText(project.Documents.Single(d => d.Name == "ContainerParameters.cs").FilePath!));

            diagnostics = await IdeHost.AnalyzeAsync(project, analyzers);
            AssertMatchesMarkers(Without(Markers(consumer).Where(m => !(m.Id == "ISO0001" && m.FileName == "ScriptedBuilds.cs" && m.Line < UnfixableLine(consumer))), "ISO0001", "BuildAgentLauncher.cs"), diagnostics, "after Fix All in BuildAgentLauncher.cs");
            Assert.Empty(await IdeHost.CompileErrorsAsync(project));

            // 3. Fix All in the project: the last ISO0001 (the swarm service) too.
            Diagnostic swarm = Single(diagnostics, "ISO0001", "SwarmDeployer.cs");
            project = await FixAllAsync(workspace, fixAll, new FixAllContext(
                project.GetDocument(swarm.Location.SourceTree)!, isolation, FixAllScope.Project, HyperV, new[] { "ISO0001" }, new IdeHost.DiagnosticProvider(analyzers), default));

            // The one ISO0001 left is the launch in DockerCli.RunWithDaemonDefaultsAsync, a helper without an
            // isolation parameter that also starts a Linux image: no fix is offered for it, so Fix All leaves it.
            diagnostics = await IdeHost.AnalyzeAsync(project, analyzers);
            Diagnostic left = Assert.Single(diagnostics, d => d.Id == "ISO0001");
            Assert.Contains("RunWithDaemonDefaultsAsync(Images.NanoServer2022", LineText(left), StringComparison.Ordinal);
            AssertMatchesMarkers(Markers(consumer).Where(m => m.Id != "ISO0001" || (m.FileName == "ScriptedBuilds.cs" && m.Line == UnfixableLine(consumer))).ToList(), diagnostics, "after Fix All in the project");
            Assert.Empty(await IdeHost.CompileErrorsAsync(project));
        }

        /// <summary>The markers of the consumer's files as they are on disk now (a fix moves the lines below it).</summary>
        private static IReadOnlyList<ExpectedDiagnostic> Markers(ConsumerProject consumer) => BuildDiagnostics.ReadMarkers(consumer.SourceFiles());

        /// <summary>Applies a changed solution as an IDE does (the files are saved) and returns the project in it.</summary>
        private static Project Apply(MSBuildWorkspace workspace, Solution changed, ProjectId projectId)
        {
            Assert.True(workspace.TryApplyChanges(changed), "the workspace refused the change");
            return workspace.CurrentSolution.GetProject(projectId)!;
        }

        private static async Task<Project> FixAllAsync(MSBuildWorkspace workspace, FixAllProvider fixAll, FixAllContext context)
        {
            CodeAction? action = await fixAll.GetFixAsync(context);
            Assert.NotNull(action);
            return Apply(workspace, await IdeHost.ChangedSolutionAsync(action!), context.Project.Id);
        }

        private static string LineText(Diagnostic diagnostic) =>
            diagnostic.Location.SourceTree!.GetText().Lines[diagnostic.Location.GetLineSpan().StartLinePosition.Line].ToString().Trim();

        /// <summary>The line of the sample's ISO0001 through <c>DockerCli.RunWithDaemonDefaultsAsync</c>, as the file is now.</summary>
        private static int UnfixableLine(ConsumerProject consumer) =>
            Array.FindIndex(File.ReadAllLines(consumer.Combine("ScriptedBuilds.cs")), l => l.Contains("RunWithDaemonDefaultsAsync(Images.NanoServer2022", StringComparison.Ordinal)) + 1;

        private static Diagnostic Single(IEnumerable<Diagnostic> diagnostics, string id, string fileName) =>
            Assert.Single(diagnostics, d => d.Id == id && Path.GetFileName(d.Location.SourceTree?.FilePath) == fileName);

        private static List<ExpectedDiagnostic> Without(IEnumerable<ExpectedDiagnostic> markers, string id, string fileName) =>
            markers.Where(m => !(m.Id == id && m.FileName == fileName)).ToList();

        private static int CountOccurrences(string text, string value)
        {
            int count = 0;
            for (int i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + value.Length, StringComparison.Ordinal))
            {
                count++;
            }

            return count;
        }

        /// <summary>The ISO diagnostics match the markers (by file, line and id); the message lists the lines reported.</summary>
        private static void AssertMatchesMarkers(IReadOnlyList<ExpectedDiagnostic> markers, IEnumerable<Diagnostic> diagnostics, string when)
        {
            var actual = new List<BuildDiagnostic>();
            var lineTexts = new List<string>();
            foreach (Diagnostic diagnostic in diagnostics.Where(d => d.Id.StartsWith("ISO", StringComparison.Ordinal)))
            {
                FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
                string severity = diagnostic.Severity switch
                {
                    DiagnosticSeverity.Error => "error",
                    DiagnosticSeverity.Warning => "warning",
                    DiagnosticSeverity.Info => "info",
                    _ => "hidden",
                };
                actual.Add(new BuildDiagnostic(span.Path, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1, severity, diagnostic.Id, diagnostic.GetMessage()));
                SourceText? text = diagnostic.Location.SourceTree?.GetText();
                lineTexts.Add(text == null ? "" : text.Lines[span.StartLinePosition.Line].ToString().Trim());
            }

            var problems = BuildDiagnostics.Compare(markers, actual);
            Assert.True(problems.Count == 0, $"{when}:{Environment.NewLine}{string.Join(Environment.NewLine, problems)}{Environment.NewLine}reported on:{Environment.NewLine}{string.Join(Environment.NewLine, lineTexts)}");
        }
    }
}
