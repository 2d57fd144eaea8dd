using System.Diagnostics;
using System.Threading.Tasks;

namespace Orchestrator
{
    /// <summary>
    /// A thin wrapper over the docker CLI. Its command lines are built from its parameters, so the analyzer checks them
    /// at each call, with the values the caller passes, and reports on the caller's argument.
    /// </summary>
    public static class DockerCli
    {
        /// <summary>Runs a throwaway container and waits for it; Hyper-V isolated unless the caller says otherwise.</summary>
        public static Task<int> RunAsync(string image, string command, string isolation = IsolationModes.Sandboxed) =>
            StartAsync(new ProcessStartInfo("docker", $"run --rm --isolation={isolation} {image} {command}"));

        /// <summary>Runs a throwaway container with whatever isolation the daemon defaults to.</summary>
        public static Task<int> RunWithDaemonDefaultsAsync(string image, string command) =>
            StartAsync(new ProcessStartInfo("docker", $"run --rm {image} {command}"));

        private static async Task<int> StartAsync(ProcessStartInfo startInfo)
        {
            using Process process = Process.Start(startInfo)!;
            await process.WaitForExitAsync();
            return process.ExitCode;
        }
    }
}
