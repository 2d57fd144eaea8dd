using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;

namespace RealWorldRunner
{
    /// <summary>
    /// The container libraries a repository compiles against, chosen from the package references in its project files
    /// (<c>*.csproj</c>, <c>*.props</c>, <c>*.targets</c> at the analyzed commit) among the versions the runner's
    /// project downloads: Testcontainers 3.10.0 or 4.16.0 with the module packages the repository names (K3s, Kafka,
    /// LocalStack, MongoDb, MsSql, MySql, PostgreSql, RabbitMq, Redis), Docker.DotNet 3.125.15 or Docker.DotNet.Enhanced
    /// 4.3.3, and CliWrap 3.10.5. Packages the repository references but the runner does not have are listed as
    /// missing (their symbols do not bind). Without any reference the default set is Testcontainers 4.16.0,
    /// Docker.DotNet.Enhanced 4.3.3 and CliWrap, as before.
    /// </summary>
    internal sealed class RepositoryReferences
    {
        private const string Testcontainers3 = "3.10.0";
        private const string Testcontainers4 = "4.16.0";
        private const string DockerDotNetVersion = "3.125.15";
        private const string DockerDotNetEnhancedVersion = "4.3.3";
        private const string CliWrapVersion = "3.10.5";

        private static readonly string[] Modules =
        {
            "K3s", "Kafka", "LocalStack", "MongoDb", "MsSql", "MySql", "PostgreSql", "RabbitMq", "Redis",
        };

        private static readonly Regex PackageItem = new Regex(
            "<(?:PackageReference|PackageVersion|PackageDownload)\\s+(?:Include|Update)\\s*=\\s*\"(?<name>[^\"]+)\"(?:\\s+Version\\s*=\\s*\"(?<version>[^\"]*)\")?",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
            TimeSpan.FromSeconds(1));

        private RepositoryReferences(ImmutableArray<MetadataReference> references, string description)
        {
            References = references;
            Description = description;
        }

        public ImmutableArray<MetadataReference> References { get; }

        /// <summary>What was referenced and what was missing, for the report.</summary>
        public string Description { get; }

        public static RepositoryReferences Resolve(string gitDir, string commit)
        {
            var packages = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            string grep;
            try
            {
                grep = Program.Git(gitDir, "grep", "-h", "-i", "-E", "<Package(Reference|Version|Download)", commit, "--", "*.csproj", "*.props", "*.targets");
            }
            catch (InvalidOperationException)
            {
                grep = string.Empty; // git grep exits 1 when nothing matches
            }

            foreach (Match match in PackageItem.Matches(grep))
            {
                var name = match.Groups["name"].Value.Trim();
                var version = match.Groups["version"].Success ? match.Groups["version"].Value.Trim() : string.Empty;
                if (!packages.TryGetValue(name, out var known) || known.Length == 0)
                {
                    packages[name] = version;
                }
            }

            return From(packages);
        }

        public static RepositoryReferences From(IReadOnlyDictionary<string, string> packages)
        {
            var root = typeof(Program).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "NuGetPackageRoot").Value!;
            var paths = new List<string>();
            var used = new List<string>();
            var missing = new List<string>();

            var testcontainers = packages.Keys.Any(IsTestcontainers)
                ? (Major(packages.Where(p => IsTestcontainers(p.Key)).Select(p => p.Value)) is int major && major < 4 ? Testcontainers3 : Testcontainers4)
                : Testcontainers4;
            paths.Add(Library(root, "testcontainers", testcontainers, "Testcontainers.dll"));
            used.Add("Testcontainers " + testcontainers);
            foreach (var module in Modules)
            {
                if (packages.ContainsKey("Testcontainers." + module))
                {
                    paths.Add(Library(root, "testcontainers." + module.ToLowerInvariant(), testcontainers, "Testcontainers." + module + ".dll"));
                    used.Add("Testcontainers." + module + " " + testcontainers);
                }
            }

            foreach (var name in packages.Keys.Where(n => n.StartsWith("Testcontainers.", StringComparison.OrdinalIgnoreCase)).OrderBy(n => n, StringComparer.OrdinalIgnoreCase))
            {
                if (!Modules.Any(m => string.Equals("Testcontainers." + m, name, StringComparison.OrdinalIgnoreCase)))
                {
                    missing.Add(name);
                }
            }

            // Both packages ship assembly Docker.DotNet: one of them. Testcontainers 3.x builds on Docker.DotNet, 4.x on
            // the Enhanced fork; a repository's own choice wins.
            var plainDocker = packages.ContainsKey("Docker.DotNet") && !packages.ContainsKey("Docker.DotNet.Enhanced")
                || (!packages.ContainsKey("Docker.DotNet.Enhanced") && testcontainers == Testcontainers3 && packages.Keys.Any(IsTestcontainers));
            paths.Add(plainDocker
                ? Library(root, "docker.dotnet", DockerDotNetVersion, "Docker.DotNet.dll")
                : Library(root, "docker.dotnet.enhanced", DockerDotNetEnhancedVersion, "Docker.DotNet.dll"));
            used.Add(plainDocker ? "Docker.DotNet " + DockerDotNetVersion : "Docker.DotNet.Enhanced " + DockerDotNetEnhancedVersion);

            paths.Add(Library(root, "cliwrap", CliWrapVersion, "CliWrap.dll"));
            used.Add("CliWrap " + CliWrapVersion);

            var framework = Directory.GetFiles(Path.Combine(root, "microsoft.netcore.app.ref", "8.0.0", "ref", "net8.0"), "*.dll").OrderBy(p => p, StringComparer.Ordinal);
            var references = framework.Concat(paths).Select(path => (MetadataReference)MetadataReference.CreateFromFile(path)).ToImmutableArray();
            var description = string.Join(", ", used) + (missing.Count == 0 ? string.Empty : "; not available: " + string.Join(", ", missing));
            return new RepositoryReferences(references, description);
        }

        private static bool IsTestcontainers(string name) =>
            string.Equals(name, "Testcontainers", StringComparison.OrdinalIgnoreCase)
            || name.StartsWith("Testcontainers.", StringComparison.OrdinalIgnoreCase);

        /// <summary>The highest major version among the literal versions (<c>$(…)</c> properties and ranges are skipped).</summary>
        private static int? Major(IEnumerable<string> versions)
        {
            int? best = null;
            foreach (var version in versions)
            {
                var text = version.TrimStart('[', '(');
                var end = 0;
                while (end < text.Length && char.IsDigit(text[end]))
                {
                    end++;
                }

                if (end > 0 && int.TryParse(text.Substring(0, end), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var major))
                {
                    best = best is null ? major : Math.Max(best.Value, major);
                }
            }

            return best;
        }

        /// <summary>The package's assembly for the newest target framework the runner can load against the .NET 8 pack.</summary>
        private static string Library(string root, string package, string version, string assembly)
        {
            foreach (var framework in new[] { "net8.0", "net7.0", "net6.0", "netstandard2.1", "netstandard2.0" })
            {
                var path = Path.Combine(root, package, version, "lib", framework, assembly);
                if (File.Exists(path))
                {
                    return path;
                }
            }

            throw new FileNotFoundException($"{package} {version} is not restored: run dotnet restore on tools/RealWorldRunner", assembly);
        }
    }
}
