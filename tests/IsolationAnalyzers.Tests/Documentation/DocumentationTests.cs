using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using IsolationAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Xunit;

namespace IsolationAnalyzers.Tests.Documentation
{
    /// <summary>
    /// Keeps the user documentation in step with the descriptors: every rule has a page and a README row that agree
    /// with its title and severity, the release tracking files agree too, and no page or row outlives its rule.
    /// </summary>
    public sealed class DocumentationTests
    {
        private static readonly Regex RuleIdPattern = new Regex(@"^ISO\d{4}$", RegexOptions.CultureInvariant);

        public static TheoryData<string> DescriptorIds
        {
            get
            {
                var data = new TheoryData<string>();
                foreach (var descriptor in Descriptors.All)
                {
                    data.Add(descriptor.Id);
                }

                return data;
            }
        }

        [Theory]
        [MemberData(nameof(DescriptorIds))]
        public void Rule_page_exists_and_starts_with_id_and_title(string id)
        {
            var descriptor = Descriptor(id);
            var page = RulePagePath(id);

            Assert.True(File.Exists(page), $"Missing documentation page {page}");
            var firstLine = File.ReadLines(page).FirstOrDefault();
            Assert.Equal($"# {id}: {descriptor.Title}", firstLine);
        }

        [Theory]
        [MemberData(nameof(DescriptorIds))]
        public void Rule_page_table_states_category_default_severity_and_code_fix(string id)
        {
            var descriptor = Descriptor(id);
            var firstTable = File.ReadAllLines(RulePagePath(id))
                .SkipWhile(line => !line.TrimStart().StartsWith("|", StringComparison.Ordinal))
                .TakeWhile(line => line.TrimStart().StartsWith("|", StringComparison.Ordinal));
            var rows = TableRows(firstTable)
                .Where(cells => cells.Count == 2)
                .ToDictionary(cells => cells[0], cells => cells[1], StringComparer.Ordinal);

            Assert.True(rows.TryGetValue("ID", out var idCell), "The page's table has no ID row");
            Assert.Equal(id, idCell);
            Assert.True(rows.TryGetValue("Category", out var category), "The page's table has no Category row");
            Assert.Equal(descriptor.Category, category);
            Assert.True(rows.TryGetValue("Default severity", out var severity), "The page's table has no Default severity row");
            Assert.Equal(descriptor.DefaultSeverity.ToString(), severity);
            Assert.True(rows.TryGetValue("Code fix", out var codeFix), "The page's table has no Code fix row");
            Assert.Contains(codeFix, new[] { "Yes", "No" });
            Assert.Equal(ReadmeRow(id)[3], codeFix);
        }

        [Theory]
        [MemberData(nameof(DescriptorIds))]
        public void Rule_page_has_the_standard_sections(string id)
        {
            var text = File.ReadAllText(RulePagePath(id));

            foreach (var section in new[]
            {
                "## Cause",
                "## Rule description",
                "## How to fix violations",
                "## Configuration",
                "## How to suppress violations",
            })
            {
                Assert.Contains("\n" + section + "\n", text.Replace("\r\n", "\n"));
            }

            Assert.Contains($"dotnet_diagnostic.{id}.severity", text);
        }

        [Theory]
        [MemberData(nameof(DescriptorIds))]
        public void Help_link_points_at_the_rule_page(string id)
        {
            var descriptor = Descriptor(id);

            Assert.EndsWith($"docs/rules/{id}.md", descriptor.HelpLinkUri, StringComparison.Ordinal);
        }

        [Theory]
        [MemberData(nameof(DescriptorIds))]
        public void Readme_has_one_row_with_title_and_default_severity(string id)
        {
            var descriptor = Descriptor(id);
            var row = ReadmeRow(id);

            Assert.Equal($"[{id}](docs/rules/{id}.md)", row[0]);
            Assert.Equal(descriptor.Title.ToString(), row[1]);
            Assert.Equal(descriptor.DefaultSeverity.ToString(), row[2]);
            Assert.Contains(row[3], new[] { "Yes", "No" });
        }

        [Theory]
        [MemberData(nameof(DescriptorIds))]
        public void Release_tracking_lists_the_rule_with_its_category_and_severity(string id)
        {
            var descriptor = Descriptor(id);
            var entries = ReleaseTrackingEntries().Where(entry => entry.Id == id).ToList();

            Assert.True(entries.Count > 0, $"{id} is in neither AnalyzerReleases.Shipped.md nor AnalyzerReleases.Unshipped.md");
            var current = entries[entries.Count - 1];
            Assert.Equal(descriptor.Category, current.Category);
            Assert.Equal(descriptor.DefaultSeverity.ToString(), current.Severity);
        }

        [Fact]
        public void Readme_rule_table_has_the_expected_header()
        {
            var lines = File.ReadAllLines(Path.Combine(RepoRoot, "README.md"));

            Assert.Contains("| ID | Title | Default severity | Code fix |", lines);
        }

        [Fact]
        public void Every_readme_row_belongs_to_a_descriptor()
        {
            var known = new HashSet<string>(Descriptors.All.Select(d => d.Id), StringComparer.Ordinal);
            var stale = ReadmeRuleRows().Select(row => row.Id).Where(rowId => !known.Contains(rowId)).ToList();

            Assert.True(stale.Count == 0, "README rows without a descriptor: " + string.Join(", ", stale));
        }

        [Fact]
        public void Every_rule_page_belongs_to_a_descriptor()
        {
            var known = new HashSet<string>(Descriptors.All.Select(d => d.Id), StringComparer.Ordinal);
            var pages = Directory.GetFiles(Path.Combine(RepoRoot, "docs", "rules"), "*.md")
                .Select(Path.GetFileNameWithoutExtension)
                .ToList();

            Assert.NotEmpty(pages);
            var stale = pages.Where(page => !known.Contains(page!)).ToList();
            Assert.True(stale.Count == 0, "Rule pages without a descriptor: " + string.Join(", ", stale));
        }

        [Fact]
        public void Every_release_tracking_entry_belongs_to_a_descriptor()
        {
            var known = new HashSet<string>(Descriptors.All.Select(d => d.Id), StringComparer.Ordinal);
            var stale = ReleaseTrackingEntries()
                .Where(entry => !entry.Removed && !known.Contains(entry.Id))
                .Select(entry => entry.Id)
                .ToList();

            Assert.True(stale.Count == 0, "Release tracking entries without a descriptor: " + string.Join(", ", stale));
        }

        [Fact]
        public void Configuration_page_documents_every_option()
        {
            var text = File.ReadAllText(Path.Combine(RepoRoot, "docs", "configuration.md"));

            foreach (var name in new[]
            {
                "isolation_analyzers.host_os", "ContainerHostOS",
                "isolation_analyzers.default_isolation", "ContainerDefaultIsolation",
                "isolation_analyzers.workload_trust", "ContainerWorkloadTrust",
                "isolation_analyzers.trusted_registries", "ContainerTrustedRegistries",
                "isolation_analyzers.hyperv_runtime_classes", "ContainerHyperVRuntimeClasses",
            })
            {
                Assert.Contains(name, text);
            }
        }

        private static string RepoRoot
        {
            get
            {
                var root = typeof(DocumentationTests).Assembly
                    .GetCustomAttributes<AssemblyMetadataAttribute>()
                    .SingleOrDefault(attribute => attribute.Key == "RepoRoot")?.Value;
                Assert.False(string.IsNullOrEmpty(root), "The test assembly has no RepoRoot metadata");
                return root!;
            }
        }

        private static DiagnosticDescriptor Descriptor(string id) =>
            Descriptors.All.Single(descriptor => descriptor.Id == id);

        private static string RulePagePath(string id) => Path.Combine(RepoRoot, "docs", "rules", id + ".md");

        /// <summary>The trimmed cells of every Markdown table row, header and separator rows included.</summary>
        private static IEnumerable<List<string>> TableRows(IEnumerable<string> lines) =>
            lines
                .Select(line => line.Trim())
                .Where(line => line.StartsWith("|", StringComparison.Ordinal) && line.EndsWith("|", StringComparison.Ordinal) && line.Length > 1)
                .Select(line => line.Substring(1, line.Length - 2).Split('|').Select(cell => cell.Trim()).ToList());

        /// <summary>README rows whose first cell names a rule ID, plain or as a link.</summary>
        private static List<(string Id, List<string> Cells)> ReadmeRuleRows()
        {
            var linkedId = new Regex(@"^\[(?<id>ISO\d{4})\]\(.*\)$", RegexOptions.CultureInvariant);
            var rows = new List<(string, List<string>)>();
            foreach (var cells in TableRows(File.ReadAllLines(Path.Combine(RepoRoot, "README.md"))))
            {
                var first = cells[0];
                var match = linkedId.Match(first);
                var rowId = match.Success ? match.Groups["id"].Value : first;
                if (RuleIdPattern.IsMatch(rowId))
                {
                    rows.Add((rowId, cells));
                }
            }

            return rows;
        }

        private static List<string> ReadmeRow(string id)
        {
            var rows = ReadmeRuleRows().Where(row => row.Id == id).ToList();
            Assert.True(rows.Count == 1, $"README should have exactly one rule table row for {id}, found {rows.Count}");
            var cells = rows[0].Cells;
            Assert.Equal(4, cells.Count);
            return cells;
        }

        /// <summary>
        /// Entries of AnalyzerReleases.Shipped.md then AnalyzerReleases.Unshipped.md, in file order, so the last entry
        /// for an ID is its current state. "New Rules" rows are "ID | Category | Severity | Notes"; "Changed Rules"
        /// rows are "ID | New Category | New Severity | Old Category | Old Severity | Notes".
        /// </summary>
        private static List<(string Id, string Category, string Severity, bool Removed)> ReleaseTrackingEntries()
        {
            var entries = new List<(string, string, string, bool)>();
            foreach (var file in new[] { "AnalyzerReleases.Shipped.md", "AnalyzerReleases.Unshipped.md" })
            {
                var section = string.Empty;
                foreach (var raw in File.ReadAllLines(Path.Combine(RepoRoot, "src", "IsolationAnalyzers", file)))
                {
                    var line = raw.Trim();
                    if (line.StartsWith("###", StringComparison.Ordinal))
                    {
                        section = line.TrimStart('#').Trim();
                        continue;
                    }

                    var cells = line.Split('|').Select(cell => cell.Trim()).ToList();
                    if (cells.Count < 3 || !RuleIdPattern.IsMatch(cells[0]))
                    {
                        continue;
                    }

                    entries.Add((cells[0], cells[1], cells[2], section == "Removed Rules"));
                }
            }

            return entries;
        }
    }
}
