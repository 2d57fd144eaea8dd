// Corpus input for the robustness tests: docker command lines through Process and ProcessStartInfo.
using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading.Tasks;

namespace Corpus.CommandLines
{
    public static class ProcessLaunches
    {
        private const string Docker = "docker";
        private const string Image = "mcr.microsoft.com/windows/servercore:ltsc2022";

        public static Process? Plain() => Process.Start("docker", "run --rm mcr.microsoft.com/windows/nanoserver:ltsc2022 cmd /c ver");

        public static Process? Verbatim(string workspace) =>
            Process.Start(Docker, @"run --rm --isolation=process -v C:\src:C:\src mcr.microsoft.com/windows/servercore:ltsc2019 build.cmd");

        public static Process? Raw() => Process.Start("docker", """
            create --name agent --memory 2g --isolation "Hyper-V" mcr.microsoft.com/windows/servercore:ltsc2022
            """);

        public static Process? Enumerable() => Process.Start("docker", new[] { "run", "--isolation", "hyperv", "nginx:1.27", "nginx", "-g", "daemon off;" });

        public static Process? List()
        {
            var args = new List<string> { "container", "run", "-m", "100k", "--memory-swap", "1g", Image };
            return Process.Start("docker", args);
        }

        public static Process? Collection() => Process.Start("docker", ["run", "--isolation=process", "--device", "class/x", "mcr.microsoft.com/windows/nanoserver"]);

        public static ProcessStartInfo Constructed(string options) => new ProcessStartInfo("docker", $"run {options} {Image} powershell");

        public static ProcessStartInfo Initialized(string name) => new ProcessStartInfo
        {
            FileName = @"C:\Program Files\Docker\docker.exe",
            Arguments = $"run --name {name} --network container:db --isolation=hyperv {Image}",
            UseShellExecute = false,
        };

        public static async Task<int> Listed(string workspace)
        {
            var psi = new ProcessStartInfo("docker") { RedirectStandardOutput = true };
            psi.ArgumentList.Add("run");
            psi.ArgumentList.Add("--rm");
            psi.ArgumentList.Add("--isolation");
            psi.ArgumentList.Add("proc");
            psi.ArgumentList.Add("-v");
            psi.ArgumentList.Add(workspace + @":C:\src");
            psi.ArgumentList.Add("mcr.microsoft.com/dotnet/framework/sdk:4.8-windowsservercore-ltsc2019");
            using var process = Process.Start(psi)!;
            await process.WaitForExitAsync();
            return process.ExitCode;
        }

        public static void Service() =>
            Process.Start("docker", "service create --name web --replicas 2 --isolation=process --limit-memory 1m mcr.microsoft.com/windows/servercore:ltsc2016");

        public static void Build() => Process.Start("docker", "build --isolation=HYPERV -t agent .");

        public static void NotLaunches()
        {
            Process.Start("docker", "pull mcr.microsoft.com/windows/servercore:ltsc2022");
            Process.Start("docker", "ps -a");
            Process.Start("git", "status");
        }

        public static int Exec(string fileName, string arguments) => fileName.Length + arguments.Length;

        public static int Helper() => Exec("docker", "run --platform windows/amd64 contoso.azurecr.io/agent:3");
    }
}
