// Valid-code corpus: Windows containers written correctly for ltsc2022 hosts, explicit isolation on every surface.
using System.Collections.Generic;
using System.Diagnostics;
using System.Text;
using System.Threading.Tasks;
using CliWrap;
using Docker.DotNet.Models;
using DotNet.Testcontainers.Builders;
using DotNet.Testcontainers.Containers;

namespace Valid.Windows
{
    public sealed class WindowsWorkloads
    {
        private const string ServerCore = "mcr.microsoft.com/windows/servercore:ltsc2022";

        public CreateContainerParameters Agent() => new CreateContainerParameters
        {
            Image = "mcr.microsoft.com/dotnet/framework/sdk:4.8-windowsservercore-ltsc2022",
            HostConfig = new HostConfig { Isolation = "process", Memory = 4L * 1024 * 1024 * 1024 },
        };

        public CreateContainerParameters Old() => new CreateContainerParameters
        {
            Image = "mcr.microsoft.com/windows/servercore:ltsc2019",
            HostConfig = new HostConfig { Isolation = "hyperv", Memory = 2L * 1024 * 1024 * 1024 },
        };

        public CreateContainerParameters Pinned() => new CreateContainerParameters
        {
            Image = "mcr.microsoft.com/windows/nanoserver@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
            Platform = "windows",
            HostConfig = new HostConfig { Isolation = "hyperv" },
        };

        public ServiceCreateParameters Web() => new ServiceCreateParameters
        {
            Service = new ServiceSpec
            {
                TaskTemplate = new TaskSpec
                {
                    ContainerSpec = new ContainerSpec { Image = "mcr.microsoft.com/dotnet/framework/aspnet:4.8-windowsservercore-ltsc2022", Isolation = "process" },
                },
            },
        };

        public Process? Cli1() => Process.Start("docker", "run --rm --isolation=hyperv mcr.microsoft.com/windows/nanoserver:ltsc2022 cmd /c ver");

        public Process? Cli2() => Process.Start("docker", new[] { "run", "--isolation", "process", ServerCore, "cmd" });

        public ProcessStartInfo Cli3()
        {
            var psi = new ProcessStartInfo("docker");
            psi.ArgumentList.Add("create");
            psi.ArgumentList.Add("--isolation=hyperv");
            psi.ArgumentList.Add("--memory");
            psi.ArgumentList.Add("2g");
            psi.ArgumentList.Add(ServerCore);
            return psi;
        }

        public Task Cli4() => Cli.Wrap("docker").WithArguments(a => a.Add("run").Add("--isolation=process").Add(ServerCore)).ExecuteAsync();

        public string Cli5(string name)
        {
            var sb = new StringBuilder("docker run ");
            sb.Append("--isolation=hyperv ");
            sb.Append("--name ").Append(name).Append(' ');
            sb.Append(ServerCore);
            return sb.ToString();
        }

        public string Cli6(string name) => $"docker run --name {name} --isolation=process {ServerCore}";

        public string Cli7() => "docker build --isolation=hyperv -t agent:latest .";

        public string Cli8() => "docker service create --isolation=process --replicas 2 " + ServerCore;

        public string Cli9(string options, string image) => $"docker run {options} {image}";

        public IContainer Tc() =>
            new ContainerBuilder(ServerCore)
                .WithCreateParameterModifier(p => p.HostConfig.Isolation = "process")
                .Build();

        public IContainer Tc2() =>
            new ContainerBuilder()
                .WithImage("mcr.microsoft.com/windows/nanoserver:ltsc2019")
                .WithCreateParameterModifier(p =>
                {
                    p.HostConfig.Isolation = "hyperv";
                    p.HostConfig.Memory = 1L * 1024 * 1024 * 1024;
                })
                .Build();
    }
}
