using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace IsolationAnalyzers.Tests.Verifiers
{
    /// <summary>Which Docker.DotNet flavour the code under test compiles against.</summary>
    public enum DockerLibrary
    {
        None,
        DockerDotNet,
        DockerDotNetEnhanced,

        /// <summary>Testcontainers 4.16.0 (and its module Testcontainers.MsSql) with Docker.DotNet.Enhanced, which it builds on.</summary>
        Testcontainers,

        /// <summary>KubernetesClient 21.0.8 (namespace <c>k8s.Models</c>).</summary>
        Kubernetes,

        /// <summary>Testcontainers 3.10.0 (and Testcontainers.MsSql 3.10.0) with Docker.DotNet 3.125.15, which it builds on.</summary>
        Testcontainers3,

        /// <summary>.NET Aspire: Aspire.Hosting 13.6.5 (no Docker.DotNet).</summary>
        Aspire,

        /// <summary>A stand-in for an Aspire.Hosting 8.0 preview, with the old <c>WithContainerRunArgs</c> name (see <c>AspirePreviewApi</c>).</summary>
        AspirePreview,
    }

    /// <summary>
    /// Compile-time references for test code, read from the packages the test project restored ahead
    /// (PackageDownload): the .NET 8 reference pack and the real Docker.DotNet assemblies. Nothing is downloaded
    /// while tests run.
    /// </summary>
    public static class TestReferences
    {
        private static readonly string PackageRoot = Metadata("NuGetPackageRoot");

        /// <summary>An empty reference set: the framework comes in <see cref="Framework"/>.</summary>
        public static readonly ReferenceAssemblies None = new ReferenceAssemblies("net8.0");

        public static readonly ImmutableArray<MetadataReference> Framework = Directory
            .GetFiles(Path.Combine(PackageRoot, "microsoft.netcore.app.ref", "8.0.0", "ref", "net8.0"), "*.dll")
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();

        public static readonly MetadataReference DockerDotNet = Library("docker.dotnet", "3.125.15");

        public static readonly MetadataReference DockerDotNetEnhanced = Library("docker.dotnet.enhanced", "4.3.3");

        /// <summary>CliWrap, for command lines built with <c>Cli.Wrap("docker")</c>.</summary>
        public static readonly MetadataReference CliWrap =
            MetadataReference.CreateFromFile(Path.Combine(PackageRoot, "cliwrap", "3.10.5", "lib", "net7.0", "CliWrap.dll"));

        /// <summary>Testcontainers and its MsSql module, for fluent builder chains.</summary>
        public static readonly ImmutableArray<MetadataReference> Testcontainers = ImmutableArray.Create<MetadataReference>(
            MetadataReference.CreateFromFile(Path.Combine(PackageRoot, "testcontainers", "4.16.0", "lib", "net8.0", "Testcontainers.dll")),
            MetadataReference.CreateFromFile(Path.Combine(PackageRoot, "testcontainers.mssql", "4.16.0", "lib", "net8.0", "Testcontainers.MsSql.dll")));

        /// <summary>KubernetesClient, for pods, pod templates and workloads.</summary>
        public static readonly MetadataReference Kubernetes =
            MetadataReference.CreateFromFile(Path.Combine(PackageRoot, "kubernetesclient", "21.0.8", "lib", "net8.0", "KubernetesClient.dll"));

        /// <summary>Testcontainers 3.10.0 and its MsSql module: the same builder API on Docker.DotNet 3.125.</summary>
        public static readonly ImmutableArray<MetadataReference> Testcontainers3 = ImmutableArray.Create<MetadataReference>(
            MetadataReference.CreateFromFile(Path.Combine(PackageRoot, "testcontainers", "3.10.0", "lib", "net8.0", "Testcontainers.dll")),
            MetadataReference.CreateFromFile(Path.Combine(PackageRoot, "testcontainers.mssql", "3.10.0", "lib", "net8.0", "Testcontainers.MsSql.dll")));

        /// <summary>Aspire.Hosting, for app models (<c>builder.AddContainer(…)</c>).</summary>
        public static readonly MetadataReference Aspire =
            MetadataReference.CreateFromFile(Path.Combine(PackageRoot, "aspire.hosting", "13.6.5", "lib", "net8.0", "Aspire.Hosting.dll"));

        public static ImmutableArray<MetadataReference> For(DockerLibrary library) => library switch
        {
            DockerLibrary.Kubernetes => ImmutableArray.Create(Kubernetes),
            DockerLibrary.DockerDotNet => ImmutableArray.Create(DockerDotNet),
            DockerLibrary.DockerDotNetEnhanced => ImmutableArray.Create(DockerDotNetEnhanced),
            DockerLibrary.Testcontainers => Testcontainers.Add(DockerDotNetEnhanced),
            DockerLibrary.Testcontainers3 => Testcontainers3.Add(DockerDotNet),
            DockerLibrary.Aspire => ImmutableArray.Create(Aspire),
            DockerLibrary.AspirePreview => ImmutableArray.Create(IsolationAnalyzers.Tests.Aspire.AspirePreviewApi.Reference),
            _ => ImmutableArray<MetadataReference>.Empty,
        };

        public static string RepoRoot => Metadata("RepoRoot");

        private static MetadataReference Library(string id, string version) =>
            MetadataReference.CreateFromFile(Path.Combine(PackageRoot, id, version, "lib", "netstandard2.0", "Docker.DotNet.dll"));

        private static string Metadata(string key) =>
            typeof(TestReferences).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value
            ?? throw new InvalidOperationException("Missing assembly metadata " + key);
    }
}
