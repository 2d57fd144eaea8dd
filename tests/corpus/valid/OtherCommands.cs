// Valid-code corpus: command lines that are not container launches (dotnet, git, docker ps/pull/exec/logs).
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading.Tasks;
using CliWrap;

namespace Valid.Commands
{
    public static class Tools
    {
        public static Process? Build() => Process.Start("dotnet", "build -c Release --isolation process");

        public static Process? Status() => Process.Start("git", new[] { "status", "--porcelain" });

        public static Process? List() => Process.Start("docker", "ps -a --filter isolation=process");

        public static Process? Pull() => Process.Start("docker", "pull mcr.microsoft.com/windows/servercore");

        public static Task Logs(string id) => Cli.Wrap("docker").WithArguments(new[] { "logs", "-f", id }).ExecuteAsync();

        public static Task Exec(string id) => Cli.Wrap("docker").WithArguments($"exec {id} cmd /c ver").ExecuteAsync();

        public static Process? Inspect(string id) => Process.Start(new ProcessStartInfo("docker", "inspect --format {{.HostConfig.Isolation}} " + id));

        public static string Doc() => "Run `docker ps` to list containers; docker runs them with the isolation of the host.";

        public static string Help() => "docker: 'runx' is not a docker command.";

        public static List<string> Steps() => new List<string> { "docker login", "docker pull mcr.microsoft.com/windows/nanoserver", "docker images" };

        public static Process? Run(string exe) => Process.Start(exe, "run --isolation=hyper-v mcr.microsoft.com/windows/servercore");
    }
}
