using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace IsolationAnalyzers.EndToEnd
{
    /// <summary>
    /// What a user gets after <c>dotnet add package IsolationAnalyzers</c>: the packed package, restored from a
    /// local feed into a fresh project, loads, reads its MSBuild properties and reports at the right lines.
    /// </summary>
    public class PackageConsumerTests
    {
        private const string ConsumerProgram = """
            using System;
            using Docker.DotNet.Models;

            namespace Consumer
            {
                public static class Program
                {
                    public static void Main()
                    {
                        var agent = new CreateContainerParameters // expect: ISO0001
                        {
                            Image = "mcr.microsoft.com/windows/servercore:ltsc2022",
                        };

                        var legacy = new CreateContainerParameters
                        {
                            Image = "mcr.microsoft.com/windows/nanoserver:1809",
                            HostConfig = new HostConfig { Isolation = "process" }, // expect: ISO0002
                        };

                        var isolated = new CreateContainerParameters
                        {
                            Image = "mcr.microsoft.com/windows/servercore:ltsc2022",
                            HostConfig = new HostConfig { Isolation = "hyperv" },
                        };

                        var cache = new CreateContainerParameters { Image = "redis:7-alpine" };

                        Console.WriteLine(string.Join(", ", agent.Image, legacy.Image, isolated.Image, cache.Image));
                    }
                }
            }
            """;

        [Fact]
        public async Task PackageFromALocalFeedAnalyzesAConsumerProject()
        {
            using var temp = new TempDirectory("consumer");
            string feed = temp.Combine("feed");

            // A version of its own, so no package cached by an earlier run can stand in for this build's.
            string version = $"{TestEnvironment.PackageVersion}-e2e.{DateTime.UtcNow:yyyyMMddHHmmss}";
            CommandResult pack = await DotNetCli.RunAsync(
                TestEnvironment.RepoRoot,
                new[] { "pack", TestEnvironment.PackageProject, "-c", "Release", "-o", feed, "--artifacts-path", temp.Combine("artifacts"), "-p:PackageVersion=" + version }
                    .Concat(DotNetCli.BuildSwitches));
            Assert.True(pack.Succeeded, pack.ToString());

            string project = temp.Combine("consumer");
            Directory.CreateDirectory(project);

            // Stop MSBuild's and NuGet's upward search at the consumer's folder.
            File.WriteAllText(Path.Combine(project, "Directory.Build.props"), "<Project />\n");
            File.WriteAllText(Path.Combine(project, "Directory.Build.targets"), "<Project />\n");
            File.WriteAllText(Path.Combine(project, "Directory.Packages.props"), "<Project />\n");

            // The local feed is added to the user's sources, not substituted for them. The user's global packages
            // folder serves as a fallback, so Docker.DotNet needs no download.
            File.WriteAllText(Path.Combine(project, "nuget.config"), $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <packageSources>
                    <add key="isolation-analyzers-e2e" value="{feed}" />
                  </packageSources>
                  <fallbackPackageFolders>
                    <add key="user-global-packages" value="{TestEnvironment.NuGetPackageRoot}" />
                  </fallbackPackageFolders>
                </configuration>
                """);

            // What `dotnet add package` writes for a development dependency, plus the host as an MSBuild property
            // (read through the package's buildTransitive props).
            File.WriteAllText(Path.Combine(project, "Consumer.csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <OutputType>Exe</OutputType>
                    <TargetFramework>net10.0</TargetFramework>
                    <Nullable>enable</Nullable>
                    <ContainerHostOS>ltsc2022</ContainerHostOS>
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="IsolationAnalyzers" Version="{version}">
                      <PrivateAssets>all</PrivateAssets>
                      <IncludeAssets>runtime; build; native; contentfiles; analyzers; buildtransitive</IncludeAssets>
                    </PackageReference>
                    <PackageReference Include="Docker.DotNet" Version="3.125.15" />
                  </ItemGroup>
                </Project>
                """);
            string program = Path.Combine(project, "Program.cs");
            File.WriteAllText(program, ConsumerProgram);

            CommandResult build = await DotNetCli.RunAsync(
                project,
                new[] { "build", "Consumer.csproj" }.Concat(DotNetCli.BuildSwitches),
                new Dictionary<string, string> { ["NUGET_PACKAGES"] = temp.Combine("packages") });
            Assert.True(build.Succeeded, build.ToString());

            var diagnostics = BuildDiagnostics.Parse(build.Output);
            Assert.True(BuildDiagnostics.LoadFailures(diagnostics).Count == 0, "the analyzer failed to load or threw:" + Environment.NewLine + build);

            var expected = BuildDiagnostics.ReadMarkers(new[] { program });
            Assert.Contains(expected, e => e.Id == "ISO0001");
            Assert.Contains(expected, e => e.Id == "ISO0002");
            var problems = BuildDiagnostics.Compare(expected, diagnostics);
            Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems) + Environment.NewLine + build);
        }
    }
}
