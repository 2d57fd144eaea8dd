using System;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;

namespace AppModel
{
    /// <summary>Marks resources that run code from outside the company (IsolationAnalyzers matches it by name).</summary>
    [AttributeUsage(AttributeTargets.Method | AttributeTargets.Class | AttributeTargets.Parameter)]
    public sealed class UntrustedWorkloadAttribute : Attribute
    {
    }

    /// <summary>The services around the build farm: Linux containers, and the tenants' own plug-in images.</summary>
    public static class Services
    {
        public static void Add(IDistributedApplicationBuilder builder)
        {
            // A Linux cache; the isolation argument was copied from a Windows resource.
            builder.AddContainer("cache", "redis", "7-alpine")
                .WithContainerRuntimeArgs("--isolation=hyperv"); // expect: ISO0007

            // Correct: Linux containers need no isolation.
            builder.AddContainer("db", "postgres", "16").WithContainerRuntimeArgs("--memory=1g");
        }

        /// <summary>A tenant's plug-in image, started in process isolation to save memory.</summary>
        [UntrustedWorkload]
        public static IResourceBuilder<ContainerResource> AddPlugin(IDistributedApplicationBuilder builder, string name, string image) =>
            builder.AddContainer(name, image).WithContainerRuntimeArgs("--isolation=process"); // expect: ISO0004
    }
}
