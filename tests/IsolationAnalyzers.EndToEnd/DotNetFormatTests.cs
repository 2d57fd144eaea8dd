using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace IsolationAnalyzers.EndToEnd
{
    /// <summary>
    /// <c>dotnet format analyzers --diagnostics ISO0001</c> applies our code fixes to a consumer of the package (a copy
    /// of samples/Orchestrator): every container that left the isolation to the host now states it, and a rebuild
    /// reports everything the sample's markers say except ISO0001.
    /// </summary>
    [Collection(PackedPackageCollection.Name)]
    public class DotNetFormatTests
    {
        private readonly PackedPackage _package;

        public DotNetFormatTests(PackedPackage package) => _package = package;

        [Fact]
        public async Task FormatAnalyzersAppliesTheIso0001FixesToAConsumer()
        {
            ConsumerProject consumer = _package.CreateConsumer("format", _package.StandardProjectBody());
            consumer.CopySample(TestEnvironment.SampleDirectory);
            var before = consumer.SourceFiles().ToDictionary(f => f, File.ReadAllText);
            var markers = BuildDiagnostics.ReadMarkers(before.Keys);
            Assert.True(markers.Count(m => m.Id == "ISO0001") >= 3, "the sample should have several ISO0001 markers");

            CommandResult restore = await consumer.RestoreAsync();
            Assert.True(restore.Succeeded, restore.ToString());

            CommandResult format = await consumer.RunAsync(
                "format", "analyzers", ConsumerProject.ProjectFile, "--diagnostics", "ISO0001", "--severity", "info", "--no-restore");
            Assert.True(format.Succeeded, format.ToString());

            // Only the files with a fixable ISO0001 changed. A launch written in place gained one line: the first fix
            // offered, "Use Hyper-V isolation", in the form of its launch. A launch built by a helper from its
            // parameters got the isolation passed at its call (`isolation: "hyperv"`), the call's line rewritten. The
            // launch in a helper that also starts a Linux image (DockerCli.RunWithDaemonDefaultsAsync) has no fix: the
            // helper has no isolation parameter and editing it would change its Linux caller too.
            var changes = before
                .Where(f => File.ReadAllText(f.Key) != f.Value)
                .ToDictionary(f => Path.GetFileName(f.Key), f => LineChanges(f.Value, File.ReadAllText(f.Key)));
            string report = string.Join(Environment.NewLine, changes.Select(c => $"{c.Key}: +[{string.Join(" | ", c.Value.Added)}] -[{string.Join(" | ", c.Value.Removed)}]"));
            const string forJob = "CreateAndStartAsync(ContainerParameters.ForJob(\"tools-agent\", Images.NanoServer2022{0}), cancellationToken);";
            var expected = new Dictionary<string, (string[] Added, string[] Removed)>
            {
                ["BuildAgentLauncher.cs"] = (
                    new[] { "HostConfig = new HostConfig { Isolation = \"hyperv\" },", "HostConfig = new HostConfig { Isolation = \"hyperv\" },", string.Format(forJob, ", isolation: \"hyperv\"") },
                    new[] { string.Format(forJob, "") }),
                ["ScriptedBuilds.cs"] = (new[] { "psi.ArgumentList.Add(\"--isolation=hyperv\");" }, Array.Empty<string>()),
                ["SwarmDeployer.cs"] = (new[] { "Isolation = \"hyperv\"," }, Array.Empty<string>()),
            };
            Assert.True(expected.Keys.OrderBy(k => k, StringComparer.Ordinal).SequenceEqual(changes.Keys.OrderBy(k => k, StringComparer.Ordinal)), report + Environment.NewLine + format);
            foreach ((string file, (string[] added, string[] removed)) in expected)
            {
                int fixable = file == "ScriptedBuilds.cs" ? 1 : added.Length;
                int unfixable = file == "ScriptedBuilds.cs" ? 1 : 0;
                Assert.True(markers.Count(m => m.Id == "ISO0001" && m.FileName == file) == fixable + unfixable, $"{file}: the sample's ISO0001 markers changed; update this test");
                Assert.True(added.SequenceEqual(changes[file].Added) && removed.SequenceEqual(changes[file].Removed), report);
            }

            // The ArgumentList fix inserts its argument right after the subcommand.
            string[] scripted = File.ReadAllLines(consumer.Combine("ScriptedBuilds.cs")).Select(l => l.Trim()).ToArray();
            int run = Array.FindIndex(scripted, l => l.StartsWith("psi.ArgumentList.Add(\"run\");", StringComparison.Ordinal));
            Assert.StartsWith("psi.ArgumentList.Add(\"--isolation=hyperv\");", scripted[run + 1], StringComparison.Ordinal);

            string errorLog = consumer.Combine("after-format.sarif");
            CommandResult build = await consumer.BuildAsync(errorLog, "--no-restore");
            Assert.True(build.Succeeded, build.ToString());
            var diagnostics = BuildDiagnostics.Parse(build.Output).Concat(BuildDiagnostics.ReadSarif(errorLog)).ToList();
            Assert.True(BuildDiagnostics.LoadFailures(diagnostics).Count == 0, "the analyzer failed to load or threw:" + Environment.NewLine + build);
            Assert.DoesNotContain(diagnostics, d => d.Severity == "error");

            // Everything else the sample shows is still reported, at its marker; the one ISO0001 left is the launch
            // through the helper that has no fix.
            var problems = BuildDiagnostics.Compare(
                BuildDiagnostics.ReadMarkers(before.Keys).Where(m => m.Id != "ISO0001" || (m.FileName == "ScriptedBuilds.cs" && m.Line == UnfixableLine(consumer))).ToList(), diagnostics);
            Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems) + Environment.NewLine + format + Environment.NewLine + build);
        }

        /// <summary>The line of the sample's ISO0001 through <c>DockerCli.RunWithDaemonDefaultsAsync</c>, after the format.</summary>
        private static int UnfixableLine(ConsumerProject consumer)
        {
            string[] lines = File.ReadAllLines(consumer.Combine("ScriptedBuilds.cs"));
            return Array.FindIndex(lines, l => l.Contains("RunWithDaemonDefaultsAsync(Images.NanoServer2022", StringComparison.Ordinal)) + 1;
        }

        private static readonly System.Text.RegularExpressions.Regex MarkerComment = new System.Text.RegularExpressions.Regex(@"\s*//\s*expect:.*$");

        /// <summary>
        /// The lines added and removed between two versions of a file, compared as multisets of trimmed lines without
        /// their <c>// expect:</c> comments (a fix may carry a line's trailing comment over to the line it inserts).
        /// </summary>
        private static (string[] Added, string[] Removed) LineChanges(string before, string after)
        {
            static List<string> Lines(string text) =>
                text.Split('\n').Select(l => MarkerComment.Replace(l.TrimEnd('\r'), "").Trim()).Where(l => l.Length > 0).ToList();

            List<string> old = Lines(before), added = new List<string>();
            foreach (string line in Lines(after))
            {
                if (!old.Remove(line))
                {
                    added.Add(line);
                }
            }

            return (added.ToArray(), old.ToArray());
        }
    }
}
