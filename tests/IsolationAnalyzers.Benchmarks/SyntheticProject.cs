using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace IsolationAnalyzers.Benchmarks
{
    /// <summary>What a synthetic file launches, if anything.</summary>
    internal enum FileKind
    {
        Ordinary,
        DockerDotNet,
        DockerCli,
        Testcontainers,
        CliWrap,

        /// <summary>Launches whose values come from elsewhere: shared image members, helpers, a builder extension, a runner.</summary>
        ValueFlow,

        /// <summary>The shared classes the <see cref="ValueFlow"/> files use (file 0 of every project with containers).</summary>
        ValueFlowLibrary,
    }

    /// <summary>Which container code a synthetic project holds.</summary>
    internal enum Workload
    {
        /// <summary>Every tenth file launches containers, rotating over every surface; a third of them through value flow.</summary>
        Mixed,

        /// <summary>Every tenth file launches containers, all of them through value flow (shared members, helpers, builder extensions).</summary>
        ValueFlow,

        /// <summary>No container library referenced and no "docker" anywhere: the bail-out project.</summary>
        NoContainers,
    }

    /// <summary>
    /// A deterministic synthetic project: file i depends only on i (and on the workload), so every run and every
    /// machine compiles the same text. About 100 lines a file; 90% ordinary application code (LINQ, async, string
    /// building, records, pattern matching), 10% the same kind of code plus container launches. In the mixed workload
    /// those rotate over Docker.DotNet models, the docker CLI through Process.Start / ProcessStartInfo, Testcontainers,
    /// CliWrap and, in two slots of six, value flow: launches whose image or command comes from another class (an
    /// <c>Images</c> class of constants and <c>static readonly</c> members, a <c>DockerShell.Run(image, args)</c>
    /// helper, a <c>ContainerBuilder</c> extension method, a runner that stores its image in a readonly field), as real
    /// code mostly writes them (docs/real-world.md). File 0 then holds those shared classes.
    /// </summary>
    internal static class SyntheticProject
    {
        /// <summary>Launches in one <see cref="FileKind.ValueFlow"/> file.</summary>
        public const int ValueFlowLaunchesPerFile = 8;

        /// <summary>
        /// Of those, the launches of a Windows image that choose no isolation anywhere along the flow: what ISO0001 finds
        /// in the file once values are followed across members and call sites (by construction of the file, see
        /// <see cref="AppendValueFlow"/>).
        /// </summary>
        public const int ValueFlowMissingIsolationPerFile = 5;

        public static FileKind KindOf(int index, Workload workload)
        {
            if (workload == Workload.NoContainers)
            {
                return FileKind.Ordinary;
            }

            if (index == 0)
            {
                return FileKind.ValueFlowLibrary;
            }

            if (index % 10 != 9)
            {
                return FileKind.Ordinary;
            }

            if (workload == Workload.ValueFlow)
            {
                return FileKind.ValueFlow;
            }

            return ((index / 10) % 6) switch
            {
                0 => FileKind.DockerDotNet,
                1 => FileKind.DockerCli,
                2 => FileKind.Testcontainers,
                3 => FileKind.ValueFlow,
                4 => FileKind.CliWrap,
                _ => FileKind.ValueFlow,
            };
        }

        /// <summary>The file index of a synthetic file's path (<c>File00042.cs</c>), or -1.</summary>
        public static int IndexOf(string? path)
        {
            var name = System.IO.Path.GetFileNameWithoutExtension(path ?? "");
            return name.StartsWith("File", StringComparison.Ordinal) && int.TryParse(name.AsSpan(4), NumberStyles.None, CultureInfo.InvariantCulture, out var index) ? index : -1;
        }

        /// <summary>How many files of each kind a project has.</summary>
        public static IReadOnlyDictionary<FileKind, int> Census(int count, Workload workload) =>
            Enumerable.Range(0, count).GroupBy(i => KindOf(i, workload)).ToDictionary(g => g.Key, g => g.Count());

        /// <summary>The files of a project of <paramref name="count"/> files, as (path, text).</summary>
        public static IEnumerable<(string Path, string Text)> Files(int count, Workload workload)
        {
            for (var i = 0; i < count; i++)
            {
                var kind = KindOf(i, workload);
                yield return ("File" + i.ToString("D5", CultureInfo.InvariantCulture) + ".cs", kind == FileKind.ValueFlowLibrary ? ValueFlowLibrary() : File(i, kind));
            }
        }

        public static string File(int i, FileKind kind)
        {
            var n = i.ToString(CultureInfo.InvariantCulture);
            var sb = new StringBuilder(4096);
            sb.Append("using System;\n");
            sb.Append("using System.Collections.Generic;\n");
            sb.Append("using System.Diagnostics;\n");
            sb.Append("using System.Linq;\n");
            sb.Append("using System.Text;\n");
            sb.Append("using System.Threading;\n");
            sb.Append("using System.Threading.Tasks;\n");
            if (kind == FileKind.DockerDotNet)
            {
                sb.Append("using Docker.DotNet.Models;\n");
            }
            else if (kind == FileKind.Testcontainers)
            {
                sb.Append("using DotNet.Testcontainers.Builders;\n");
            }
            else if (kind == FileKind.CliWrap)
            {
                sb.Append("using CliWrap;\n");
            }
            else if (kind == FileKind.ValueFlow)
            {
                sb.Append("using Docker.DotNet.Models;\n");
                sb.Append("using DotNet.Testcontainers.Builders;\n");
                sb.Append("using Synthetic.Shared;\n");
            }

            sb.Append('\n');
            sb.Append("namespace Synthetic.Module").Append(i % 25).Append('\n');
            sb.Append("{\n");
            sb.Append("    public sealed record Item").Append(n).Append("(int Id, string Name, decimal Price, DateTime Created);\n\n");
            sb.Append("    public enum State").Append(n).Append(" { Pending, Running, Done, Failed }\n\n");
            sb.Append("    public sealed class Service").Append(n).Append('\n');
            sb.Append("    {\n");
            sb.Append("        private readonly List<Item").Append(n).Append("> items = new List<Item").Append(n).Append(">();\n");
            sb.Append("        private readonly Dictionary<string, int> counts = new Dictionary<string, int>(StringComparer.Ordinal);\n");
            sb.Append("        private int version;\n\n");
            sb.Append("        public Service").Append(n).Append("(int seed)\n");
            sb.Append("        {\n");
            sb.Append("            for (var k = 0; k < 16; k++)\n");
            sb.Append("            {\n");
            sb.Append("                items.Add(new Item").Append(n).Append("(k + seed, \"item-\" + k.ToString(System.Globalization.CultureInfo.InvariantCulture), k * 1.25m, new DateTime(2024, 1, 1 + k % 28, 0, 0, 0, DateTimeKind.Utc)));\n");
            sb.Append("            }\n");
            sb.Append("        }\n\n");
            sb.Append("        public int Count => items.Count;\n\n");
            sb.Append("        public IEnumerable<string> ExpensiveNames(decimal limit) =>\n");
            sb.Append("            items.Where(x => x.Price > limit).OrderBy(x => x.Name, StringComparer.Ordinal).Select(x => x.Name);\n\n");
            sb.Append("        public string Describe(int id)\n");
            sb.Append("        {\n");
            sb.Append("            var item = items.FirstOrDefault(x => x.Id == id);\n");
            sb.Append("            if (item is null)\n");
            sb.Append("            {\n");
            sb.Append("                return \"missing \" + id.ToString(System.Globalization.CultureInfo.InvariantCulture);\n");
            sb.Append("            }\n\n");
            sb.Append("            return string.Create(System.Globalization.CultureInfo.InvariantCulture, $\"{item.Name} costs {item.Price:F2} since {item.Created:yyyy-MM-dd}\");\n");
            sb.Append("        }\n\n");
            sb.Append("        public async Task<int> SumAsync(CancellationToken cancellationToken)\n");
            sb.Append("        {\n");
            sb.Append("            await Task.Delay(1, cancellationToken).ConfigureAwait(false);\n");
            sb.Append("            var total = 0;\n");
            sb.Append("            foreach (var item in items)\n");
            sb.Append("            {\n");
            sb.Append("                total += item.Id * ").Append(i % 7 + 1).Append(";\n");
            sb.Append("            }\n\n");
            sb.Append("            return total;\n");
            sb.Append("        }\n\n");
            sb.Append("        public string Join(char separator)\n");
            sb.Append("        {\n");
            sb.Append("            var builder = new StringBuilder();\n");
            sb.Append("            foreach (var group in items.GroupBy(x => x.Id % 3))\n");
            sb.Append("            {\n");
            sb.Append("                builder.Append(group.Key).Append(separator).Append(string.Join(\",\", group.Select(x => x.Name)));\n");
            sb.Append("                builder.AppendLine();\n");
            sb.Append("            }\n\n");
            sb.Append("            return builder.ToString();\n");
            sb.Append("        }\n\n");
            sb.Append("        public State").Append(n).Append(" Next(State").Append(n).Append(" state) => state switch\n");
            sb.Append("        {\n");
            sb.Append("            State").Append(n).Append(".Pending => State").Append(n).Append(".Running,\n");
            sb.Append("            State").Append(n).Append(".Running => version % 2 == 0 ? State").Append(n).Append(".Done : State").Append(n).Append(".Failed,\n");
            sb.Append("            _ => state,\n");
            sb.Append("        };\n\n");
            sb.Append("        public void Bump(string key)\n");
            sb.Append("        {\n");
            sb.Append("            counts[key] = counts.TryGetValue(key, out var value) ? value + 1 : 1;\n");
            sb.Append("            Interlocked.Increment(ref version);\n");
            sb.Append("        }\n\n");
            sb.Append("        public int[] Histogram()\n");
            sb.Append("        {\n");
            sb.Append("            var buckets = new int[] { 0, 0, 0, 0 };\n");
            sb.Append("            foreach (var pair in counts)\n");
            sb.Append("            {\n");
            sb.Append("                buckets[Math.Min(pair.Value, buckets.Length - 1)]++;\n");
            sb.Append("            }\n\n");
            sb.Append("            return buckets;\n");
            sb.Append("        }\n");

            switch (kind)
            {
                case FileKind.DockerDotNet:
                    AppendDockerDotNet(sb, i);
                    break;
                case FileKind.DockerCli:
                    AppendDockerCli(sb, i);
                    break;
                case FileKind.Testcontainers:
                    AppendTestcontainers(sb, i);
                    break;
                case FileKind.CliWrap:
                    AppendCliWrap(sb, i);
                    break;
                case FileKind.ValueFlow:
                    AppendValueFlow(sb, i);
                    break;
                default:
                    AppendOrdinaryTail(sb, i);
                    break;
            }

            sb.Append("    }\n");
            sb.Append("}\n");
            return sb.ToString();
        }

        private static readonly string[] Images =
        {
            "mcr.microsoft.com/windows/servercore:ltsc2022",
            "mcr.microsoft.com/windows/nanoserver:ltsc2019",
            "mcr.microsoft.com/dotnet/framework/sdk:4.8",
            "mcr.microsoft.com/dotnet/aspnet:8.0-nanoserver-ltsc2022",
            "nginx:1.27",
        };

        private static string Image(int i) => Images[(i / 10) % Images.Length];

        // Ordinary files end with ~25 more lines of the same kind of code the container files carry their launches in.
        private static void AppendOrdinaryTail(StringBuilder sb, int i)
        {
            sb.Append("\n        public static IReadOnlyList<int> Primes(int limit)\n");
            sb.Append("        {\n");
            sb.Append("            var result = new List<int>();\n");
            sb.Append("            for (var candidate = 2; candidate <= limit; candidate++)\n");
            sb.Append("            {\n");
            sb.Append("                if (result.All(p => candidate % p != 0))\n");
            sb.Append("                {\n");
            sb.Append("                    result.Add(candidate);\n");
            sb.Append("                }\n");
            sb.Append("            }\n\n");
            sb.Append("            return result;\n");
            sb.Append("        }\n\n");
            sb.Append("        public static string Format(TimeSpan elapsed, string name)\n");
            sb.Append("        {\n");
            sb.Append("            var label = name.Length > ").Append(i % 9 + 3).Append(" ? name.Substring(0, 3) : name;\n");
            sb.Append("            try\n");
            sb.Append("            {\n");
            sb.Append("                return label.ToUpperInvariant() + \": \" + elapsed.TotalMilliseconds.ToString(\"F1\", System.Globalization.CultureInfo.InvariantCulture) + \" ms\";\n");
            sb.Append("            }\n");
            sb.Append("            catch (FormatException exception)\n");
            sb.Append("            {\n");
            sb.Append("                return exception.Message;\n");
            sb.Append("            }\n");
            sb.Append("        }\n");
        }

        private static void AppendDockerDotNet(StringBuilder sb, int i)
        {
            // Four launch shapes: no HostConfig, a HostConfig without isolation, isolation set, isolation set later.
            sb.Append("\n        public CreateContainerParameters Plain() => new CreateContainerParameters\n");
            sb.Append("        {\n");
            sb.Append("            Image = \"").Append(Image(i)).Append("\",\n");
            sb.Append("            Cmd = new List<string> { \"cmd\", \"/c\", \"echo ").Append(i).Append("\" },\n");
            sb.Append("        };\n\n");
            sb.Append("        public CreateContainerParameters WithMemory() => new CreateContainerParameters\n");
            sb.Append("        {\n");
            sb.Append("            Image = \"").Append(Images[(i / 10 + 1) % Images.Length]).Append("\",\n");
            sb.Append("            HostConfig = new HostConfig { Memory = 2048L * 1024 * 1024 },\n");
            sb.Append("        };\n\n");
            sb.Append("        public CreateContainerParameters Isolated(bool process)\n");
            sb.Append("        {\n");
            sb.Append("            var image = process ? \"mcr.microsoft.com/windows/servercore:ltsc2019\" : \"").Append(Image(i)).Append("\";\n");
            sb.Append("            return new CreateContainerParameters { Image = image, HostConfig = new HostConfig { Isolation = process ? \"process\" : \"hyperv\" } };\n");
            sb.Append("        }\n\n");
            sb.Append("        public CreateContainerParameters Later()\n");
            sb.Append("        {\n");
            sb.Append("            var parameters = new CreateContainerParameters { Image = \"").Append(Image(i)).Append("\" };\n");
            sb.Append("            parameters.HostConfig = new HostConfig();\n");
            sb.Append("            parameters.HostConfig.Isolation = \"hyperv\";\n");
            sb.Append("            return parameters;\n");
            sb.Append("        }\n");
        }

        private static void AppendDockerCli(StringBuilder sb, int i)
        {
            sb.Append("\n        public static Process? RunPlain() => Process.Start(\"docker\", \"run --rm ").Append(Image(i)).Append(" cmd /c echo ").Append(i).Append("\");\n\n");
            sb.Append("        public static Process? RunIsolated() => Process.Start(\"docker\", \"run --rm --isolation=process -m 2g ").Append(Image(i)).Append("\");\n\n");
            sb.Append("        public static Process? RunWithInfo(string name)\n");
            sb.Append("        {\n");
            sb.Append("            var info = new ProcessStartInfo(\"docker\", \"run -d --name \" + name + \" ").Append(Image(i)).Append("\")\n");
            sb.Append("            {\n");
            sb.Append("                UseShellExecute = false,\n");
            sb.Append("                RedirectStandardOutput = true,\n");
            sb.Append("            };\n");
            sb.Append("            return Process.Start(info);\n");
            sb.Append("        }\n\n");
            sb.Append("        public static Process? RunWithList()\n");
            sb.Append("        {\n");
            sb.Append("            var info = new ProcessStartInfo(\"docker\");\n");
            sb.Append("            info.ArgumentList.Add(\"run\");\n");
            sb.Append("            info.ArgumentList.Add(\"--isolation\");\n");
            sb.Append("            info.ArgumentList.Add(\"hyperv\");\n");
            sb.Append("            info.ArgumentList.Add(\"").Append(Image(i)).Append("\");\n");
            sb.Append("            return Process.Start(info);\n");
            sb.Append("        }\n");
        }

        private static void AppendTestcontainers(StringBuilder sb, int i)
        {
            sb.Append("\n        public static async Task StartAsync(CancellationToken cancellationToken)\n");
            sb.Append("        {\n");
            sb.Append("            var container = new ContainerBuilder()\n");
            sb.Append("                .WithImage(\"").Append(Image(i)).Append("\")\n");
            sb.Append("                .WithCommand(\"cmd\", \"/c\", \"ping -t localhost\")\n");
            sb.Append("                .WithCreateParameterModifier(p => p.HostConfig.Isolation = \"hyperv\")\n");
            sb.Append("                .Build();\n");
            sb.Append("            await container.StartAsync(cancellationToken).ConfigureAwait(false);\n");
            sb.Append("            await container.DisposeAsync().ConfigureAwait(false);\n");
            sb.Append("        }\n\n");
            sb.Append("        public static async Task StartPlainAsync(CancellationToken cancellationToken)\n");
            sb.Append("        {\n");
            sb.Append("            await using var container = new ContainerBuilder()\n");
            sb.Append("                .WithImage(\"mcr.microsoft.com/windows/nanoserver:ltsc2022\")\n");
            sb.Append("                .WithName(\"plain-").Append(i).Append("\")\n");
            sb.Append("                .Build();\n");
            sb.Append("            await container.StartAsync(cancellationToken).ConfigureAwait(false);\n");
            sb.Append("        }\n\n");
            sb.Append("        public static string Describe(TimeSpan elapsed) =>\n");
            sb.Append("            \"started in \" + elapsed.TotalSeconds.ToString(\"F1\", System.Globalization.CultureInfo.InvariantCulture) + \" s\";\n");
        }

        private static void AppendCliWrap(StringBuilder sb, int i)
        {
            sb.Append("\n        public static async Task<int> RunAsync(CancellationToken cancellationToken)\n");
            sb.Append("        {\n");
            sb.Append("            var result = await Cli.Wrap(\"docker\")\n");
            sb.Append("                .WithArguments(new[] { \"run\", \"--rm\", \"").Append(Image(i)).Append("\", \"cmd\", \"/c\", \"echo\" })\n");
            sb.Append("                .WithValidation(CommandResultValidation.None)\n");
            sb.Append("                .ExecuteAsync(cancellationToken);\n");
            sb.Append("            return result.ExitCode;\n");
            sb.Append("        }\n\n");
            sb.Append("        public static Task RunIsolatedAsync(CancellationToken cancellationToken) =>\n");
            sb.Append("            Cli.Wrap(\"docker\")\n");
            sb.Append("                .WithArguments(args => args.Add(\"run\").Add(\"--isolation\").Add(\"hyperv\").Add(\"").Append(Image(i)).Append("\"))\n");
            sb.Append("                .ExecuteAsync(cancellationToken);\n\n");
            sb.Append("        public static Task RunStringAsync(CancellationToken cancellationToken) =>\n");
            sb.Append("            Cli.Wrap(\"docker\").WithArguments(\"run --isolation=process ").Append(Image(i)).Append("\").ExecuteAsync(cancellationToken);\n");
        }

        /// <summary>
        /// The shared classes of the value-flow launches: image constants and <c>static readonly</c> members, a docker
        /// helper whose command line is built from its parameters, <c>ContainerBuilder</c> extension methods, and a
        /// runner whose constructor stores the image in a readonly field that <c>Start()</c> launches. Every launch here
        /// takes its values from a parameter or a field; only its callers make it known.
        /// </summary>
        public static string ValueFlowLibrary()
        {
            var sb = new StringBuilder(2048);
            sb.Append("using System.Diagnostics;\n");
            sb.Append("using DotNet.Testcontainers.Builders;\n");
            sb.Append("using DotNet.Testcontainers.Images;\n\n");
            sb.Append("namespace Synthetic.Shared\n");
            sb.Append("{\n");
            sb.Append("    public static class Images\n");
            sb.Append("    {\n");
            sb.Append("        public const string Registry = \"mcr.microsoft.com/windows\";\n\n");
            sb.Append("        public const string ServerCore = Registry + \"/servercore:ltsc2022\";\n\n");
            sb.Append("        public const string NanoServer = \"mcr.microsoft.com/windows/nanoserver:ltsc2022\";\n\n");
            sb.Append("        public const string Linux = \"nginx:1.27\";\n\n");
            sb.Append("        public static readonly string Agent = \"mcr.microsoft.com/dotnet/framework/runtime:4.8-windowsservercore-ltsc2022\";\n\n");
            sb.Append("        public static readonly IImage ServerCoreImage = new DockerImage(\"mcr.microsoft.com/windows/servercore:ltsc2022\");\n");
            sb.Append("    }\n\n");
            sb.Append("    public static class DockerShell\n");
            sb.Append("    {\n");
            sb.Append("        public static Process? Run(string image, string args) => Process.Start(\"docker\", $\"run {args} {image}\");\n\n");
            sb.Append("        public static Process? RunWithIsolation(string image, string isolation) =>\n");
            sb.Append("            Process.Start(\"docker\", $\"run --rm --isolation={isolation} {image}\");\n");
            sb.Append("    }\n\n");
            sb.Append("    public static class ContainerBuilderExtensions\n");
            sb.Append("    {\n");
            sb.Append("        public static ContainerBuilder WithWindowsDefaults(this ContainerBuilder builder) =>\n");
            sb.Append("            builder.WithImage(Images.NanoServer).WithEnvironment(\"DOTNET_CLI_TELEMETRY_OPTOUT\", \"1\");\n\n");
            sb.Append("        public static ContainerBuilder WithHyperV(this ContainerBuilder builder) =>\n");
            sb.Append("            builder.WithCreateParameterModifier(parameters => parameters.HostConfig.Isolation = \"hyperv\");\n");
            sb.Append("    }\n\n");
            sb.Append("    public sealed class WindowsRunner\n");
            sb.Append("    {\n");
            sb.Append("        private readonly string image;\n\n");
            sb.Append("        public WindowsRunner(string image)\n");
            sb.Append("        {\n");
            sb.Append("            this.image = image;\n");
            sb.Append("        }\n\n");
            sb.Append("        public Process? Start() => Process.Start(\"docker\", \"run --rm \" + image);\n");
            sb.Append("    }\n");
            sb.Append("}\n");
            return sb.ToString();
        }

        // Eight launches through value flow (ValueFlowLaunchesPerFile). Five start a Windows image with no isolation
        // anywhere along the flow (ValueFlowMissingIsolationPerFile): RunTool, StartFixtureAsync, StartDefaultsAsync,
        // StartRunner and Agent. RunPinned and StartIsolatedDefaultsAsync choose Hyper-V; RunWeb starts a Linux image.
        private static void AppendValueFlow(StringBuilder sb, int i)
        {
            sb.Append("\n        public static Process? RunTool() => DockerShell.Run(Images.ServerCore, \"--rm\");\n\n");
            sb.Append("        public static Process? RunPinned() => DockerShell.RunWithIsolation(Images.NanoServer, \"hyperv\");\n\n");
            sb.Append("        public static Process? RunWeb() => DockerShell.Run(Images.Linux, \"-d --name web-").Append(i).Append("\");\n\n");
            sb.Append("        public static Task StartFixtureAsync(CancellationToken cancellationToken) =>\n");
            sb.Append("            new ContainerBuilder(Images.ServerCoreImage)\n");
            sb.Append("                .WithName(\"fixture-").Append(i).Append("\")\n");
            sb.Append("                .Build()\n");
            sb.Append("                .StartAsync(cancellationToken);\n\n");
            sb.Append("        public static Task StartDefaultsAsync(CancellationToken cancellationToken) =>\n");
            sb.Append("            new ContainerBuilder().WithWindowsDefaults().Build().StartAsync(cancellationToken);\n\n");
            sb.Append("        public static Task StartIsolatedDefaultsAsync(CancellationToken cancellationToken) =>\n");
            sb.Append("            new ContainerBuilder().WithWindowsDefaults().WithHyperV().Build().StartAsync(cancellationToken);\n\n");
            sb.Append("        public static Process? StartRunner() => new WindowsRunner(Images.NanoServer).Start();\n\n");
            sb.Append("        public static CreateContainerParameters Agent() => new CreateContainerParameters\n");
            sb.Append("        {\n");
            sb.Append("            Image = Images.Agent,\n");
            sb.Append("            Cmd = new List<string> { \"agent.exe\", \"--id\", \"").Append(i).Append("\" },\n");
            sb.Append("        };\n");
        }

        /// <summary>
        /// One long document (about <paramref name="lines"/> lines) of Docker.DotNet launches among ordinary methods:
        /// the code-fix benchmark's 3,000-line file. Every launch is an ISO0001 without isolation.
        /// </summary>
        public static string LongDocument(int lines)
        {
            var sb = new StringBuilder(lines * 48);
            sb.Append("using System;\nusing System.Collections.Generic;\nusing System.Linq;\nusing Docker.DotNet.Models;\n\n");
            sb.Append("namespace Synthetic.Long\n{\n    public sealed class Launchers\n    {\n");
            var method = 0;
            while (LineCount(sb) < lines - 4)
            {
                AppendFixableLaunches(sb, method, 1);
                AppendFiller(sb, method);
                method++;
            }

            sb.Append("    }\n}\n");
            return sb.ToString();
        }

        /// <summary>A document with <paramref name="launches"/> ISO0001 launches of the three fix shapes, for Fix All.</summary>
        public static string FixAllDocument(int index, int launches)
        {
            var sb = new StringBuilder(8192);
            sb.Append("using System;\nusing System.Collections.Generic;\nusing Docker.DotNet.Models;\n\n");
            sb.Append("namespace Synthetic.FixAll").Append(index).Append("\n{\n    public sealed class Launchers").Append(index).Append("\n    {\n");
            AppendFixableLaunches(sb, 0, launches);
            sb.Append("    }\n}\n");
            return sb.ToString();
        }

        // Each launch takes one of the three edits of the fix: add a HostConfig, add Isolation to an existing
        // HostConfig's initializer, or replace an absent value ("default").
        private static void AppendFixableLaunches(StringBuilder sb, int start, int count)
        {
            for (var k = start; k < start + count; k++)
            {
                var image = Images[k % 4];
                switch (k % 3)
                {
                    case 0:
                        sb.Append("        public CreateContainerParameters Launch").Append(k).Append("() => new CreateContainerParameters\n");
                        sb.Append("        {\n");
                        sb.Append("            Image = \"").Append(image).Append("\",\n");
                        sb.Append("            Name = \"launch-").Append(k).Append("\",\n");
                        sb.Append("        };\n\n");
                        break;
                    case 1:
                        sb.Append("        public CreateContainerParameters Launch").Append(k).Append("() => new CreateContainerParameters\n");
                        sb.Append("        {\n");
                        sb.Append("            Image = \"").Append(image).Append("\",\n");
                        sb.Append("            HostConfig = new HostConfig\n");
                        sb.Append("            {\n");
                        sb.Append("                Memory = 1024L * 1024 * 1024,\n");
                        sb.Append("            },\n");
                        sb.Append("        };\n\n");
                        break;
                    default:
                        sb.Append("        public CreateContainerParameters Launch").Append(k).Append("() => new CreateContainerParameters\n");
                        sb.Append("        {\n");
                        sb.Append("            Image = \"").Append(image).Append("\",\n");
                        sb.Append("            HostConfig = new HostConfig { Isolation = \"default\" },\n");
                        sb.Append("        };\n\n");
                        break;
                }
            }
        }

        private static void AppendFiller(StringBuilder sb, int k)
        {
            sb.Append("        public static int Compute").Append(k).Append("(IReadOnlyList<int> values)\n");
            sb.Append("        {\n");
            sb.Append("            var total = 0;\n");
            sb.Append("            foreach (var value in values.Where(v => v % ").Append(k % 5 + 2).Append(" == 0))\n");
            sb.Append("            {\n");
            sb.Append("                total += value;\n");
            sb.Append("            }\n\n");
            sb.Append("            return total;\n");
            sb.Append("        }\n\n");
        }

        private static int LineCount(StringBuilder sb)
        {
            var count = 0;
            for (var i = 0; i < sb.Length; i++)
            {
                if (sb[i] == '\n')
                {
                    count++;
                }
            }

            return count;
        }
    }
}
