using System.Diagnostics;
using System.Threading.Tasks;

namespace Orchestrator
{
    /// <summary>Build steps that shell out to the docker CLI, the way CI scripts do.</summary>
    public sealed class ScriptedBuilds
    {
        /// <summary>Compiles the solution in a throwaway Windows container; the isolation mode is left to the host.</summary>
        public Task<int> CompileAsync(string workspace)
        {
            var psi = new ProcessStartInfo("docker");
            psi.ArgumentList.Add("run"); // expect: ISO0001
            psi.ArgumentList.Add("--rm");
            psi.ArgumentList.Add("-v");
            psi.ArgumentList.Add(workspace + @":C:\src");
            psi.ArgumentList.Add("mcr.microsoft.com/dotnet/framework/sdk:4.8-windowsservercore-ltsc2022");
            psi.ArgumentList.Add("msbuild");
            psi.ArgumentList.Add(@"C:\src\build.proj");
            return RunAsync(psi);
        }

        /// <summary>Runs the unit tests under Hyper-V isolation, with a memory cap that is too small for it.</summary>
        public Task<int> TestAsync(string workspace) =>
            RunAsync(new ProcessStartInfo("docker", $"run --rm --isolation=hyperv -m 256m -v {workspace}:C:\\src mcr.microsoft.com/windows/servercore:ltsc2022 C:\\src\\test.cmd")); // expect: ISO0009

        /// <summary>Packs the installer on the old toolchain image, sharing the host kernel.</summary>
        public Task<int> PackAsync() =>
            RunAsync(new ProcessStartInfo("docker", "run --rm --isolation=process --memory-reservation 1g mcr.microsoft.com/windows/servercore:ltsc2019 pack.cmd")); // expect: ISO0002, ISO0010

        /// <summary>Builds the agent image.</summary>
        public Task<int> BuildImageAsync() =>
            RunAsync(new ProcessStartInfo("docker", "build --isolation=hyper-v -t orchestrator/agent .")); // expect: ISO0005

        /// <summary>Lints the repository in a Linux container; the isolation flag was copied from a Windows step.</summary>
        public Task<int> LintAsync() =>
            RunAsync(new ProcessStartInfo("docker", new[] { "run", "--rm", "--isolation", "hyperv", "node:20-alpine", "npx", "eslint", "." })); // expect: ISO0007

        /// <summary>A smoke test on the Nano Server base image, with no release in its tag.</summary>
        public Task<int> SmokeTestAsync() =>
            RunAsync(new ProcessStartInfo("docker", "run --rm --isolation=hyperv mcr.microsoft.com/windows/nanoserver cmd /c ver")); // expect: ISO0008

        /// <summary>The same smoke test, written correctly: Hyper-V isolation and a pinned release.</summary>
        public Task<int> SmokeTestPinnedAsync() =>
            RunAsync(new ProcessStartInfo("docker", "run --rm --isolation=hyperv mcr.microsoft.com/windows/nanoserver:ltsc2022 cmd /c ver"));

        /// <summary>Signs the binaries through the CLI wrapper, which isolates with Hyper-V by default.</summary>
        public Task<int> SignAsync() => DockerCli.RunAsync(Images.ServerCore2022, @"C:\tools\sign.cmd");

        /// <summary>Packs on the old toolchain through the CLI wrapper, asking for the host's kernel.</summary>
        public Task<int> PackLegacyAsync() =>
            DockerCli.RunAsync(Images.LegacyToolchain, "pack.cmd", IsolationModes.SharedKernel); // expect: ISO0002

        /// <summary>A smoke test through the CLI wrapper, with the isolation spelled the way the docs page writes it.</summary>
        public Task<int> SmokeTestSandboxedAsync() =>
            DockerCli.RunAsync(Images.NanoServer2022, "cmd /c ver", isolation: "Hyper-V"); // expect: ISO0005

        /// <summary>Quick checks with the daemon's defaults: fine for the Linux cache, not for a Windows image.</summary>
        public async Task<int> QuickChecksAsync()
        {
            int cache = await DockerCli.RunWithDaemonDefaultsAsync(Images.Cache, "redis-cli --version");
            int nano = await DockerCli.RunWithDaemonDefaultsAsync(Images.NanoServer2022, "cmd /c ver"); // expect: ISO0001
            return cache + nano;
        }

        /// <summary>A smoke test on the image the quick-start guide names, which has no release in its tag.</summary>
        public Task<int> SmokeTestQuickStartAsync() =>
            RunAsync(new ProcessStartInfo("docker", $"run --rm --isolation=hyperv {Images.NanoServerUnpinned} cmd /c ver")); // expect: ISO0008

        private static async Task<int> RunAsync(ProcessStartInfo startInfo)
        {
            using Process process = Process.Start(startInfo)!;
            await process.WaitForExitAsync();
            return process.ExitCode;
        }
    }
}
