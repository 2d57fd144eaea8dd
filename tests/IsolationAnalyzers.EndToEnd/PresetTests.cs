using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace IsolationAnalyzers.EndToEnd
{
    /// <summary>
    /// <c>IsolationAnalyzersMode</c> (default, strict, advisory, none): the package's targets add the matching
    /// global analyzer config, and a user's own <c>.editorconfig</c> severity still wins over it.
    /// </summary>
    [Collection(PackedPackageCollection.Name)]
    public class PresetTests
    {
        /// <summary>A folder whose .editorconfig sets ISO0001 itself: the preset must not change it.</summary>
        private const string UserChoiceEditorConfig = """
            [*.cs]
            dotnet_diagnostic.ISO0001.severity = warning
            """;

        private const string UserChoiceProgram = """
            using Docker.DotNet.Models;

            namespace Consumer.UserChoice
            {
                public static class Agents
                {
                    public static CreateContainerParameters Agent() => new CreateContainerParameters // expect: ISO0001
                    {
                        Image = "mcr.microsoft.com/windows/nanoserver:ltsc2022",
                    };
                }
            }
            """;

        private readonly PackedPackage _package;

        public PresetTests(PackedPackage package) => _package = package;

        [Fact]
        public async Task DefaultModeKeepsTheRulesOwnSeverities()
        {
            Outcome outcome = await BuildAsync("default");

            Assert.True(outcome.Build.Succeeded, outcome.Build.ToString());
            Assert.Equal(new[] { "warning ISO0001", "warning ISO0002" }, outcome.ProgramConsole);
            Assert.Equal(new[] { "warning ISO0001", "warning ISO0002" }, outcome.ProgramLog);
            Assert.Equal(new[] { "warning ISO0001" }, outcome.UserChoiceConsole);
        }

        [Fact]
        public async Task StrictModeMakesEveryRuleAnError()
        {
            Outcome outcome = await BuildAsync("strict");

            Assert.False(outcome.Build.Succeeded, "a strict build with ISO diagnostics must fail" + Environment.NewLine + outcome.Build);
            Assert.Equal(new[] { "error ISO0001", "error ISO0002" }, outcome.ProgramConsole);
            // The user's .editorconfig keeps ISO0001 a warning in its folder.
            Assert.Equal(new[] { "warning ISO0001" }, outcome.UserChoiceConsole);
        }

        [Fact]
        public async Task AdvisoryModeMakesEveryRuleASuggestion()
        {
            Outcome outcome = await BuildAsync("advisory");

            Assert.True(outcome.Build.Succeeded, outcome.Build.ToString());
            // Suggestions are not printed by the build, but the compiler still reports them (SARIF level "note").
            Assert.Empty(outcome.ProgramConsole);
            Assert.Equal(new[] { "info ISO0001", "info ISO0002" }, outcome.ProgramLog);
            Assert.Equal(new[] { "warning ISO0001" }, outcome.UserChoiceConsole);
        }

        [Fact]
        public async Task NoneModeTurnsEveryRuleOff()
        {
            Outcome outcome = await BuildAsync("none");

            Assert.True(outcome.Build.Succeeded, outcome.Build.ToString());
            Assert.Empty(outcome.ProgramConsole);
            Assert.Empty(outcome.ProgramLog);
            Assert.Equal(new[] { "warning ISO0001" }, outcome.UserChoiceConsole);
        }

        [Fact]
        public async Task AnUnknownModeIsReportedAndIgnored()
        {
            Outcome outcome = await BuildAsync("Strcit");

            Assert.True(outcome.Build.Succeeded, outcome.Build.ToString());
            BuildDiagnostic invalid = Assert.Single(BuildDiagnostics.Parse(outcome.Build.Output), d => d.Id == "ISO0099");
            Assert.Equal("warning", invalid.Severity);
            Assert.Contains("IsolationAnalyzersMode", invalid.Message);
            Assert.Contains("'Strcit'", invalid.Message);
            Assert.Equal(new[] { "warning ISO0001", "warning ISO0002" }, outcome.ProgramConsole);
        }

        /// <summary>
        /// One consumer for every mode (restored once): Program.cs with an ISO0001 and an ISO0002, and a UserChoice
        /// folder whose .editorconfig sets ISO0001's severity.
        /// </summary>
        private Task<ConsumerProject> ConsumerAsync() =>
            _package.SharedAsync("preset consumer", async () =>
            {
                ConsumerProject consumer = _package.CreateConsumer("presets", _package.StandardProjectBody("<ContainerHostOS>ltsc2022</ContainerHostOS>"));
                consumer.Write("Program.cs", PackageConsumerTests.ConsumerProgram);
                consumer.Write(Path.Combine("UserChoice", ".editorconfig"), UserChoiceEditorConfig);
                consumer.Write(Path.Combine("UserChoice", "Agents.cs"), UserChoiceProgram);
                CommandResult restore = await consumer.RestoreAsync();
                Assert.True(restore.Succeeded, restore.ToString());
                return consumer;
            });

        private async Task<Outcome> BuildAsync(string mode)
        {
            ConsumerProject consumer = await ConsumerAsync();
            string errorLog = consumer.Combine($"{mode}.sarif");

            // An incremental build, as a user switching modes runs it: the package's targets make the mode part of
            // the compiler's inputs, so each mode compiles again (every test here uses a different mode).
            CommandResult build = await consumer.BuildAsync(errorLog, "--no-restore", "-p:IsolationAnalyzersMode=" + mode);

            var console = BuildDiagnostics.Parse(build.Output);
            Assert.True(BuildDiagnostics.LoadFailures(console).Count == 0, "the analyzer failed to load or threw:" + Environment.NewLine + build);
            Assert.True(File.Exists(errorLog), "the build wrote no SARIF log" + Environment.NewLine + build);
            var log = BuildDiagnostics.ReadSarif(errorLog);
            return new Outcome(
                build,
                Summary(console, "Program.cs"),
                Summary(log, "Program.cs"),
                Summary(console, "Agents.cs"));
        }

        /// <summary>"severity id" of the ISO diagnostics in one file, in line order.</summary>
        private static string[] Summary(IEnumerable<BuildDiagnostic> diagnostics, string fileName) =>
            diagnostics.Where(d => d.Id.StartsWith("ISO", StringComparison.Ordinal) && d.FileName == fileName)
                .OrderBy(d => d.Line).Select(d => $"{d.Severity} {d.Id}").ToArray();

        private sealed record Outcome(CommandResult Build, string[] ProgramConsole, string[] ProgramLog, string[] UserChoiceConsole);
    }
}
