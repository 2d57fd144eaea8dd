// Corpus input for the robustness tests: Testcontainers builder chains.
using System;
using DotNet.Testcontainers.Builders;
using DotNet.Testcontainers.Containers;
using DotNet.Testcontainers.Images;

namespace Corpus.Testcontainers
{
    [AttributeUsage(AttributeTargets.Method | AttributeTargets.Class | AttributeTargets.Parameter)]
    public sealed class UntrustedWorkloadAttribute : Attribute
    {
    }

    [AttributeUsage(AttributeTargets.Method | AttributeTargets.Class)]
    public sealed class TrustedWorkloadAttribute : Attribute
    {
    }

    public sealed class Fixtures
    {
        public IContainer Windows() =>
            new ContainerBuilder("mcr.microsoft.com/windows/servercore:ltsc2022")
                .WithCommand("cmd", "/c", "ping -t localhost")
                .Build();

        public IContainer Chained() =>
            new ContainerBuilder()
                .WithImage("mcr.microsoft.com/windows/nanoserver:ltsc2019")
                .WithCreateParameterModifier(p => p.HostConfig.Isolation = "process")
                .Build();

        public IContainer Image() =>
            new ContainerBuilder()
                .WithImage(new DockerImage("mcr.microsoft.com/windows/servercore"))
                .WithCreateParameterModifier(p =>
                {
                    p.HostConfig.Isolation = "hyperv";
                    p.HostConfig.Memory = 1024;
                    p.HostConfig.MemorySwap = 1;
                })
                .Build();

        public IContainer Reassigned(bool debug)
        {
            var builder = new ContainerBuilder("mcr.microsoft.com/windows/servercore:ltsc2025");
            builder = builder.WithName("agent");
            if (debug)
            {
                builder = builder.WithEnvironment("DEBUG", "1");
            }

            builder = builder.WithCreateParameterModifier(p => p.HostConfig.Isolation = "Hyper-V");
            return builder.Build();
        }

        [UntrustedWorkload]
        public IContainer Plugin(string image) => new ContainerBuilder(image).Build();

        [TrustedWorkload]
        public IContainer Internal(string image) => new ContainerBuilder(image).Build();

        public IContainer Linux() =>
            new ContainerBuilder("postgres:16")
                .WithCreateParameterModifier(p => p.HostConfig.Isolation = "process")
                .Build();

        public IContainer Opaque(string image, Action<Docker.DotNet.Models.CreateContainerParameters> modifier) =>
            new ContainerBuilder(image).WithCreateParameterModifier(modifier).Build();
    }
}
