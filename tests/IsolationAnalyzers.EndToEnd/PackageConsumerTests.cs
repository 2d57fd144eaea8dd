using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace IsolationAnalyzers.EndToEnd
{
    /// <summary>
    /// What a user gets after <c>dotnet add package IsolationAnalyzers</c>: the packed package, restored from a
    /// local feed into a fresh project, loads, reads its MSBuild properties and reports at the right lines, on the
    /// console and in the compiler's SARIF log.
    /// </summary>
    [Collection(PackedPackageCollection.Name)]
    public class PackageConsumerTests
    {
        internal const string ConsumerProgram = """
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

        /// <summary>A Kubernetes operator's pods: the pod rules, and the RuntimeClass option read from its MSBuild property.</summary>
        internal const string KubernetesConsumerProgram = """
            using System;
            using System.Collections.Generic;
            using k8s.Models;

            namespace Consumer
            {
                public static class Program
                {
                    public static void Main()
                    {
                        var web = new V1Pod
                        {
                            Spec = new V1PodSpec
                            {
                                Containers = [new V1Container { Image = "mcr.microsoft.com/windows/servercore:ltsc2022" }], // expect: ISO0011
                            },
                        };

                        var legacy = new V1PodSpec
                        {
                            NodeSelector = new Dictionary<string, string> { ["kubernetes.io/os"] = "windows" },
                            Containers = [new V1Container { Image = "mcr.microsoft.com/windows/servercore:ltsc2019" }], // expect: ISO0002
                        };

                        // Hyper-V isolated by the cluster's RuntimeClass, named in ContainerHyperVRuntimeClasses.
                        var sandboxed = new V1PodSpec
                        {
                            RuntimeClassName = "windows-hyperv",
                            NodeSelector = new Dictionary<string, string> { ["kubernetes.io/os"] = "windows" },
                            Containers = [new V1Container { Image = "mcr.microsoft.com/windows/servercore:ltsc2019" }],
                        };

                        Console.WriteLine(string.Join(", ", web.Spec.Containers.Count, legacy.Containers.Count, sandboxed.Containers.Count));
                    }
                }
            }
            """;

        private readonly PackedPackage _package;

        public PackageConsumerTests(PackedPackage package) => _package = package;

        /// <summary>The standard consumer (host set as an MSBuild property), built once with a SARIF log for both tests.</summary>
        internal static Task<ConsumerBuild> BuildStandardConsumerAsync(PackedPackage package) =>
            package.SharedAsync("standard consumer", async () =>
            {
                ConsumerProject consumer = package.CreateConsumer("standard", package.StandardProjectBody("<ContainerHostOS>ltsc2022</ContainerHostOS>"));
                string program = consumer.Write("Program.cs", ConsumerProgram);
                string errorLog = consumer.Combine("out.sarif");
                CommandResult build = await consumer.BuildAsync(errorLog);
                return new ConsumerBuild(consumer, program, errorLog, build);
            });

        [Fact]
        public async Task PackageFromALocalFeedAnalyzesAConsumerProject()
        {
            ConsumerBuild result = await BuildStandardConsumerAsync(_package);
            CommandResult build = result.Build;
            Assert.True(build.Succeeded, build.ToString());

            var diagnostics = BuildDiagnostics.Parse(build.Output);
            Assert.True(BuildDiagnostics.LoadFailures(diagnostics).Count == 0, "the analyzer failed to load or threw:" + Environment.NewLine + build);

            var expected = BuildDiagnostics.ReadMarkers(new[] { result.Program });
            Assert.Contains(expected, e => e.Id == "ISO0001");
            Assert.Contains(expected, e => e.Id == "ISO0002");
            var problems = BuildDiagnostics.Compare(expected, diagnostics);
            Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems) + Environment.NewLine + build);
        }

        // An app host's Program.cs, in top-level statements as the Aspire templates write it.
        internal const string AspireProgram = """
            using Aspire.Hosting;

            var builder = DistributedApplication.CreateBuilder(args);
            builder.AddContainer("agent", "mcr.microsoft.com/windows/servercore:ltsc2022") // expect: ISO0001
                .WithEnvironment("AGENT_POOL", "windows");
            var legacy = builder.AddContainer("legacy", "mcr.microsoft.com/windows/servercore", "ltsc2019");
            legacy.WithContainerRuntimeArgs("--isolation=process"); // expect: ISO0002
            builder.AddContainer("sandbox", "mcr.microsoft.com/windows/servercore:ltsc2022")
                .WithContainerRuntimeArgs("--isolation=hyperv");
            builder.AddContainer("cache", "redis", "7-alpine");
            """;

        [Fact]
        public async Task PackageAnalyzesAnAspireAppModel()
        {
            // Aspire.Hosting warns NU1603 unless Polly.Core and Nerdbank.MessagePack are named beside it.
            ConsumerProject consumer = _package.CreateConsumer("aspire", _package.StandardProjectBody(
                "<ContainerHostOS>ltsc2022</ContainerHostOS>",
                """
                <PackageReference Include="Aspire.Hosting" Version="13.6.5" />
                <PackageReference Include="Polly.Core" Version="8.8.0" />
                <PackageReference Include="Nerdbank.MessagePack" Version="1.3.88" />
                """));
            string program = consumer.Write("Program.cs", AspireProgram);
            CommandResult build = await consumer.BuildAsync(consumer.Combine("out.sarif"));
            Assert.True(build.Succeeded, build.ToString());

            var diagnostics = BuildDiagnostics.Parse(build.Output);
            Assert.True(BuildDiagnostics.LoadFailures(diagnostics).Count == 0, "the analyzer failed to load or threw:" + Environment.NewLine + build);
            Assert.DoesNotContain("NU1603", build.Output, StringComparison.Ordinal);

            var expected = BuildDiagnostics.ReadMarkers(new[] { program });
            var problems = BuildDiagnostics.Compare(expected, diagnostics);
            Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems) + Environment.NewLine + build);
        }
    }

    /// <summary>A Kubernetes consumer of the packed package: KubernetesClient pods, options as MSBuild properties.</summary>
    [Collection(PackedPackageCollection.Name)]
    public class KubernetesPackageConsumerTests
    {
        private readonly PackedPackage _package;

        public KubernetesPackageConsumerTests(PackedPackage package) => _package = package;

        [Fact]
        public async Task PackageAnalyzesKubernetesPods()
        {
            ConsumerProject consumer = _package.CreateConsumer(
                "kubernetes",
                _package.StandardProjectBody(
                    "<ContainerHostOS>ltsc2022</ContainerHostOS><ContainerHyperVRuntimeClasses>windows-hyperv</ContainerHyperVRuntimeClasses>",
                    "<PackageReference Include=\"KubernetesClient\" Version=\"21.0.8\" />"));
            string program = consumer.Write("Program.cs", PackageConsumerTests.KubernetesConsumerProgram);
            CommandResult build = await consumer.BuildAsync(consumer.Combine("out.sarif"));
            Assert.True(build.Succeeded, build.ToString());

            var diagnostics = BuildDiagnostics.Parse(build.Output);
            Assert.True(BuildDiagnostics.LoadFailures(diagnostics).Count == 0, "the analyzer failed to load or threw:" + Environment.NewLine + build);

            var expected = BuildDiagnostics.ReadMarkers(new[] { program });
            Assert.Contains(expected, e => e.Id == "ISO0011");
            Assert.Contains(expected, e => e.Id == "ISO0002");
            var problems = BuildDiagnostics.Compare(expected, diagnostics);
            Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems) + Environment.NewLine + build);
        }
    }

    /// <summary>A consumer project after one build: the program file, the SARIF log the build wrote, the output.</summary>
    internal sealed record ConsumerBuild(ConsumerProject Consumer, string Program, string ErrorLog, CommandResult Build);
}
