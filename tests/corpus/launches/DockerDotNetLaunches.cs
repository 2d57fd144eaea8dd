// Corpus input for the robustness tests: Docker.DotNet container creation in the shapes real code uses.
// Not compiled by any project; the tests parse it and compile it with the real Docker.DotNet reference.
using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Docker.DotNet;
using Docker.DotNet.Models;

namespace Corpus.DockerDotNet
{
    [AttributeUsage(AttributeTargets.Method | AttributeTargets.Class | AttributeTargets.Parameter)]
    public sealed class UntrustedWorkloadAttribute : Attribute
    {
    }

    public sealed class BuildHost
    {
        private const string LegacyImage = "mcr.microsoft.com/windows/servercore:ltsc2019";
        private static readonly string ToolImage = "mcr.microsoft.com/dotnet/framework/sdk:4.8-windowsservercore-ltsc2022";
        private readonly DockerClient _client;

        public BuildHost(DockerClient client) => _client = client;

        // ISO0001: a Windows image with no isolation at all.
        public Task<CreateContainerResponse> StartCompilerAsync(CancellationToken token) =>
            _client.Containers.CreateContainerAsync(new CreateContainerParameters
            {
                Image = ToolImage,
                Cmd = new List<string> { "msbuild", "/restore" },
                HostConfig = new HostConfig { Binds = new List<string> { @"C:\src:C:\src" } },
            }, token);

        // ISO0002 (with host_os = ltsc2022): process isolation on an ltsc2019 image.
        public CreateContainerParameters Legacy() => new CreateContainerParameters
        {
            Image = LegacyImage,
            HostConfig = new HostConfig { Isolation = "process", Memory = 2L * 1024 * 1024 * 1024 },
        };

        // ISO0003: an image newer than an ltsc2022 host.
        public CreateContainerParameters Future() => new()
        {
            Image = "mcr.microsoft.com/windows/servercore:ltsc2025",
            HostConfig = new() { Isolation = "hyperv" },
        };

        // ISO0005, ISO0006, conditional values.
        public CreateContainerParameters Spelled(bool fast) => new CreateContainerParameters
        {
            Image = "mcr.microsoft.com/windows/nanoserver:ltsc2022",
            HostConfig = new HostConfig { Isolation = fast ? "Process" : "hyper-v" },
        };

        // ISO0007: isolation on a Linux image.
        public CreateContainerParameters Linux() => new CreateContainerParameters
        {
            Image = "redis:7-alpine",
            HostConfig = new HostConfig { Isolation = "hyperv" },
        };

        // ISO0008: unpinned Windows base image; ISO0009: bytes/megabytes mix-up; ISO0010: swap settings.
        public CreateContainerParameters Sloppy()
        {
            var hostConfig = new HostConfig
            {
                Memory = 2048,
                MemorySwap = -1,
                MemorySwappiness = 60,
                MemoryReservation = 64L * 1024 * 1024,
            };
            var parameters = new CreateContainerParameters { Image = "mcr.microsoft.com/windows/servercore", Platform = "windows" };
            parameters.HostConfig = hostConfig;
            hostConfig.Isolation = nameof(Sloppy) == "x" ? null : "process";
            return parameters;
        }

        // ISO0004: an untrusted image from the caller, process isolation.
        [UntrustedWorkload]
        public CreateContainerParameters Tenant(string image) => new CreateContainerParameters
        {
            Image = image,
            HostConfig = new HostConfig { Isolation = "process", Devices = new List<DeviceMapping>() },
        };

        // ISO0010 under Hyper-V: devices and a shared network namespace.
        public CreateContainerParameters Sidecar(string parent) => new CreateContainerParameters(new ContainerConfig { Image = "mcr.microsoft.com/windows/nanoserver:ltsc2022" })
        {
            HostConfig = new HostConfig
            {
                Isolation = "hyperv",
                NetworkMode = "container:" + "parent",
                Devices = new List<DeviceMapping> { new DeviceMapping { PathOnHost = "class/5B45201D-F2F2-4F3B-85BB-30FF1F953599" } },
            },
        };

        // A HostConfig never attached in the method: value rules only.
        public HostConfig Detached() => new HostConfig { Isolation = "hyperv ", Memory = 100 };

        // Unknown values: nothing to say.
        public CreateContainerParameters Opaque(string image, string isolation) => new CreateContainerParameters
        {
            Image = image,
            HostConfig = new HostConfig { Isolation = isolation, Memory = Environment.ProcessorCount * 1024L * 1024 * 1024 },
        };

        public async Task<string> RunAsync(CreateContainerParameters parameters, CancellationToken token)
        {
            var created = await _client.Containers.CreateContainerAsync(parameters, token);
            await _client.Containers.StartContainerAsync(created.ID, new ContainerStartParameters(), token);
            return created.ID;
        }
    }
}
