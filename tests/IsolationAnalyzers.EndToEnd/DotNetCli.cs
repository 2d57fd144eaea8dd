using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace IsolationAnalyzers.EndToEnd
{
    /// <summary>The outcome of one dotnet command: exit code and the interleaved output.</summary>
    internal sealed record CommandResult(string CommandLine, int ExitCode, string Output, TimeSpan Duration)
    {
        public bool Succeeded => ExitCode == 0;

        /// <summary>For assertion messages: what ran, how it ended, everything it printed.</summary>
        public override string ToString() =>
            $"`{CommandLine}` exited with {ExitCode} after {Duration.TotalSeconds:0.0}s. Output:{Environment.NewLine}{Output}";
    }

    /// <summary>Runs the dotnet CLI as a user would, isolated from the test host's own MSBuild environment.</summary>
    internal static class DotNetCli
    {
        /// <summary>Generous: a cold restore plus two builds on a slow CI machine.</summary>
        public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(10);

        /// <summary>
        /// Arguments every build gets: no MSBuild node reuse and no compiler server, so no process outlives the
        /// command (and holds its output open); the plain console logger, so diagnostics come one per line.
        /// </summary>
        public static readonly IReadOnlyList<string> BuildSwitches = new[]
        {
            "-nodeReuse:false", "-p:UseSharedCompilation=false", "-tl:off", "-v:minimal", "-clp:NoSummary",
        };

        public static async Task<CommandResult> RunAsync(
            string workingDirectory,
            IEnumerable<string> arguments,
            IReadOnlyDictionary<string, string>? environment = null,
            TimeSpan? timeout = null)
        {
            var startInfo = new ProcessStartInfo(TestEnvironment.DotNet)
            {
                WorkingDirectory = workingDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (string argument in arguments)
            {
                startInfo.ArgumentList.Add(argument);
            }

            // The test host runs inside `dotnet test`, which leaves MSBuild's own variables behind; a child build
            // must start from a user's environment instead.
            foreach (string name in startInfo.Environment.Keys.ToList())
            {
                if (name.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || name.StartsWith("VSTEST_", StringComparison.OrdinalIgnoreCase))
                {
                    startInfo.Environment.Remove(name);
                }
            }

            startInfo.Environment["MSBUILDDISABLENODEREUSE"] = "1";
            startInfo.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
            startInfo.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            startInfo.Environment["DOTNET_NOLOGO"] = "1";
            startInfo.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
            if (environment != null)
            {
                foreach (KeyValuePair<string, string> variable in environment)
                {
                    startInfo.Environment[variable.Key] = variable.Value;
                }
            }

            string commandLine = "dotnet " + string.Join(" ", startInfo.ArgumentList);
            var output = new StringBuilder();
            var stopwatch = Stopwatch.StartNew();
            using var process = new Process { StartInfo = startInfo };
            process.OutputDataReceived += (_, e) => Append(output, e.Data);
            process.ErrorDataReceived += (_, e) => Append(output, e.Data);
            process.Start();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();

            using var cancellation = new CancellationTokenSource(timeout ?? DefaultTimeout);
            try
            {
                await process.WaitForExitAsync(cancellation.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(10_000);
                return new CommandResult(commandLine + " (timed out)", -1, Snapshot(output), stopwatch.Elapsed);
            }

            return new CommandResult(commandLine, process.ExitCode, Snapshot(output), stopwatch.Elapsed);
        }

        private static void Append(StringBuilder output, string? line)
        {
            if (line != null)
            {
                lock (output)
                {
                    output.AppendLine(line);
                }
            }
        }

        private static string Snapshot(StringBuilder output)
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }
}
