using System;
using DotNet.Testcontainers.Builders;
using DotNet.Testcontainers.Containers;

namespace IntegrationTests
{
    /// <summary>Marks fixtures that run code from outside the company (IsolationAnalyzers matches it by name).</summary>
    [AttributeUsage(AttributeTargets.Method | AttributeTargets.Class | AttributeTargets.Parameter)]
    public sealed class UntrustedWorkloadAttribute : Attribute
    {
    }

    /// <summary>Fixtures for the plug-in sandbox tests, and the mistakes the analyzer catches in them.</summary>
    public sealed class TenantSandboxFixture
    {
        /// <summary>Runs a tenant's plug-in image; the fast path shares the host kernel.</summary>
        [UntrustedWorkload]
        public IContainer CreatePluginHost(string pluginImage) =>
            new ContainerBuilder(pluginImage)
                .WithCreateParameterModifier(p => p.HostConfig!.Isolation = "process") // expect: ISO0004
                .Build();

        /// <summary>A Linux message broker; the isolation line was copied from a Windows fixture.</summary>
        public IContainer CreateBroker() =>
            new ContainerBuilder("rabbitmq:3-management-alpine")
                .WithCreateParameterModifier(p => p.HostConfig!.Isolation = "hyperv") // expect: ISO0007
                .Build();

        /// <summary>A scratch container on the Server Core base image, with no release in the tag.</summary>
        public IContainer CreateScratch() =>
            new ContainerBuilder("mcr.microsoft.com/windows/servercore:latest") // expect: ISO0008
                .WithCreateParameterModifier(p => p.HostConfig!.Isolation = "hyperv")
                .Build();

        /// <summary>A memory cap written in megabytes where Docker wants bytes.</summary>
        public IContainer CreateCappedWorker() =>
            new ContainerBuilder("mcr.microsoft.com/windows/nanoserver:ltsc2022")
                .WithCreateParameterModifier(p =>
                {
                    p.HostConfig!.Isolation = "hyperv";
                    p.HostConfig!.Memory = 512; // expect: ISO0009
                })
                .Build();

        /// <summary>A memory reservation, which Windows daemons reject.</summary>
        public IContainer CreateReservedWorker() =>
            new ContainerBuilder("mcr.microsoft.com/windows/nanoserver:ltsc2022")
                .WithCreateParameterModifier(p =>
                {
                    p.HostConfig!.Isolation = "hyperv";
                    p.HostConfig!.Memory = 1L * 1024 * 1024 * 1024;
                    p.HostConfig!.MemoryReservation = 512L * 1024 * 1024; // expect: ISO0010
                })
                .Build();
    }
}
