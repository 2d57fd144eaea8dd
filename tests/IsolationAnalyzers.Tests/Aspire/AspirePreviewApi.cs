using System;
using System.IO;
using System.Linq;
using IsolationAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace IsolationAnalyzers.Tests.Aspire
{
    /// <summary>
    /// A stand-in for an Aspire.Hosting 8.0 preview, which no package served here provides: the assembly name, type
    /// names and signatures of the API as it was before <c>WithContainerRunArgs</c> became <c>WithContainerRuntimeArgs</c>
    /// (dotnet/aspire commit 4946a7432a, "Add support for specifying custom container run arguments"), with no bodies.
    /// Compiled once, in memory, so the old name is tested against the symbols a preview app host binds to.
    /// </summary>
    internal static class AspirePreviewApi
    {
        private const string Source = """
            using System;
            using System.Collections.Generic;
            using System.Threading.Tasks;

            [assembly: System.Reflection.AssemblyVersion("8.0.0.0")]

            namespace Aspire.Hosting.ApplicationModel
            {
                public interface IResource { string Name { get; } }

                public class ContainerResource : IResource
                {
                    public ContainerResource(string name) { Name = name; }
                    public string Name { get; }
                }

                public interface IResourceBuilder<out T> where T : IResource { T Resource { get; } }

                public sealed class ContainerRunArgsCallbackContext
                {
                    public ContainerRunArgsCallbackContext(IList<object> args) { Args = args; }
                    public IList<object> Args { get; }
                }
            }

            namespace Aspire.Hosting
            {
                using Aspire.Hosting.ApplicationModel;

                public interface IDistributedApplicationBuilder { }

                public static class ContainerResourceBuilderExtensions
                {
                    public static IResourceBuilder<ContainerResource> AddContainer(this IDistributedApplicationBuilder builder, string name, string image) => throw null;
                    public static IResourceBuilder<ContainerResource> AddContainer(this IDistributedApplicationBuilder builder, string name, string image, string tag) => throw null;
                    public static IResourceBuilder<T> WithImage<T>(this IResourceBuilder<T> builder, string image, string tag = "latest") where T : ContainerResource => throw null;
                    public static IResourceBuilder<T> WithContainerRunArgs<T>(this IResourceBuilder<T> builder, params string[] args) where T : ContainerResource => throw null;
                    public static IResourceBuilder<T> WithContainerRunArgs<T>(this IResourceBuilder<T> builder, Action<ContainerRunArgsCallbackContext> callback) where T : ContainerResource => throw null;
                    public static IResourceBuilder<T> WithContainerRunArgs<T>(this IResourceBuilder<T> builder, Func<ContainerRunArgsCallbackContext, Task> callback) where T : ContainerResource => throw null;
                }
            }
            """;

        private static readonly Lazy<MetadataReference> Compiled = new Lazy<MetadataReference>(Compile);

        public static MetadataReference Reference => Compiled.Value;

        private static MetadataReference Compile()
        {
            var compilation = CSharpCompilation.Create(
                "Aspire.Hosting",
                new[] { CSharpSyntaxTree.ParseText(Source) },
                TestReferences.Framework,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            using var image = new MemoryStream();
            var result = compilation.Emit(image);
            if (!result.Success)
            {
                throw new InvalidOperationException("The Aspire preview stand-in does not compile: " + string.Join("; ", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
            }

            return MetadataReference.CreateFromImage(image.ToArray());
        }
    }
}
