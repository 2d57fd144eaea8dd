// Valid-code corpus: Aspire app models that choose their isolation correctly, Linux containers, other resources and
// look-alike methods of other libraries. No diagnostic.
using System;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;

namespace Valid.Aspire
{
    public static class AppModel
    {
        public static void Build(IDistributedApplicationBuilder builder, string[] extraArguments)
        {
            builder.AddContainer("agent", "mcr.microsoft.com/windows/servercore:ltsc2022")
                .WithContainerRuntimeArgs("--isolation=process", "-m", "2g");
            builder.AddContainer("sandbox", "mcr.microsoft.com/windows/nanoserver", "ltsc2022")
                .WithContainerRuntimeArgs(ctx => ctx.Args.Add("--isolation=hyperv"));

            var tool = builder.AddContainer("tool", "mcr.microsoft.com/dotnet/framework/sdk:4.8-windowsservercore-ltsc2022");
            tool.WithEnvironment("A", "B");
            tool.WithContainerRuntimeArgs("--isolation", "hyperv", "--cpus=2");

            // Linux containers: no isolation needed, and none given.
            builder.AddContainer("cache", "redis", "7-alpine").WithContainerRuntimeArgs("--memory=512m");
            builder.AddContainer("db", "postgres:16").WithImageRegistry("docker.io");
            builder.AddContainer("web", "nginx:1.27").WithContainerRuntimeArgs("--isolation=default");

            // Options passed through from configuration: the isolation may be among them.
            builder.AddContainer("custom", "mcr.microsoft.com/windows/servercore:ltsc2022").WithContainerRuntimeArgs(extraArguments);

            // Other kinds of resources.
            builder.AddProject("api", "../Api/Api.csproj").WithEnvironment("IMAGE", "mcr.microsoft.com/windows/servercore");
            builder.AddExecutable("docker-ps", "docker", ".", "ps");

            // A look-alike of another library.
            new Other.Orchestrator().AddContainer("x", "mcr.microsoft.com/windows/servercore").WithContainerRuntimeArgs("--isolation=sandbox");
        }
    }
}

namespace Other
{
    public sealed class Orchestrator
    {
        public Orchestrator AddContainer(string name, string image) => this;

        public Orchestrator WithContainerRuntimeArgs(params string[] args) => this;
    }
}
