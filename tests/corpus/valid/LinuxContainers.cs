// Valid-code corpus: Linux containers on every surface, with no isolation (or "default") and sane limits.
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading.Tasks;
using CliWrap;
using Docker.DotNet.Models;
using DotNet.Testcontainers.Builders;
using DotNet.Testcontainers.Containers;

namespace Valid.Linux
{
    public sealed class LinuxServices
    {
        public CreateContainerParameters Cache() => new CreateContainerParameters
        {
            Image = "redis:7-alpine",
            HostConfig = new HostConfig { Memory = 256L * 1024 * 1024, MemorySwap = 512L * 1024 * 1024, MemoryReservation = 128L * 1024 * 1024 },
        };

        public CreateContainerParameters Api() => new CreateContainerParameters
        {
            Image = "mcr.microsoft.com/dotnet/aspnet:8.0-jammy-chiseled",
            Platform = "linux/amd64",
            HostConfig = new HostConfig { Isolation = "default", NetworkMode = "container:sidecar" },
        };

        public ServiceCreateParameters Queue() => new ServiceCreateParameters
        {
            Service = new ServiceSpec
            {
                TaskTemplate = new TaskSpec { ContainerSpec = new ContainerSpec { Image = "rabbitmq:3-management-alpine" } },
            },
        };

        public Process? Nginx() => Process.Start("docker", "run -d --rm -p 8080:80 --memory 64m --memory-swap 128m nginx:1.27");

        public Process? Sql() => Process.Start("docker", new[] { "run", "-e", "ACCEPT_EULA=Y", "mcr.microsoft.com/mssql/server:2022-latest" });

        public Task Ubuntu() => Cli.Wrap("docker").WithArguments("run --rm ubuntu:24.04 uname -a").ExecuteAsync();

        public IContainer Postgres() => new ContainerBuilder("postgres:16-bookworm").WithPortBinding(5432, true).Build();

        public IContainer Mongo() =>
            new ContainerBuilder()
                .WithImage("mongo:7")
                .WithCreateParameterModifier(p => p.HostConfig.Memory = 512L * 1024 * 1024)
                .Build();

        public List<string> Script() => new List<string>
        {
            "docker run --rm alpine:3.20 echo hello",
            "docker build -t app:dev .",
        };
    }
}
