using System;
using System.Threading;
using System.Threading.Tasks;
using Docker.DotNet;

namespace Orchestrator
{
    /// <summary>Entry point: connects to the local Docker engine and runs one orchestration command.</summary>
    public static class Program
    {
        public static async Task<int> Main(string[] args)
        {
            if (args.Length == 0)
            {
                Console.Error.WriteLine("usage: Orchestrator build-agent <pool> | legacy-agent <pool> | scratch-agent | release-agent <release> | tools-agent | cache | tools | legacy-tools | tenant-job <tenant> <script> | deploy");
                return 2;
            }

            using var cancellation = new CancellationTokenSource(TimeSpan.FromMinutes(5));
            using DockerClient client = new DockerClientConfiguration(EngineEndpoint()).CreateClient();

            string id;
            switch (args[0])
            {
                case "build-agent":
                    id = await new BuildAgentLauncher(client).StartWindowsAgentAsync(Argument(args, 1), cancellation.Token);
                    break;
                case "legacy-agent":
                    id = await new BuildAgentLauncher(client).StartLegacyAgentAsync(Argument(args, 1), cancellation.Token);
                    break;
                case "scratch-agent":
                    id = await new BuildAgentLauncher(client).StartScratchAgentAsync(cancellation.Token);
                    break;
                case "cache":
                    id = await new BuildAgentLauncher(client).StartBuildCacheAsync(cancellation.Token);
                    break;
                case "tenant-job":
                    id = await new TenantJobRunner(client).RunScriptAsync(Argument(args, 1), Argument(args, 2), cancellation.Token);
                    break;
                case "tools":
                    id = await new ContainerRunner(client, Images.ServerCore2022).StartAsync("tools", cancellation.Token);
                    break;
                case "legacy-tools":
                    id = await new ContainerRunner(client, Images.LegacyToolchain).StartAsync("legacy-tools", cancellation.Token); // expect: ISO0002
                    break;
                case "release-agent":
                    id = await new BuildAgentLauncher(client).StartReleaseAgentAsync(Enum.Parse<WindowsRelease>(Argument(args, 1), ignoreCase: true), cancellation.Token);
                    break;
                case "tools-agent":
                    id = await new BuildAgentLauncher(client).StartToolsAgentAsync(cancellation.Token);
                    break;
                case "deploy":
                    id = await new SwarmDeployer(client).DeployStorefrontAsync(cancellation.Token);
                    break;
                default:
                    Console.Error.WriteLine($"unknown command '{args[0]}'");
                    return 2;
            }

            Console.WriteLine(id);
            return 0;
        }

        private static string Argument(string[] args, int index) =>
            args.Length > index ? args[index] : throw new ArgumentException($"missing argument {index} for '{args[0]}'");

        /// <summary>DOCKER_HOST when set, else the Windows engine's named pipe.</summary>
        private static Uri EngineEndpoint()
        {
            string? dockerHost = Environment.GetEnvironmentVariable("DOCKER_HOST");
            return new Uri(string.IsNullOrEmpty(dockerHost) ? "npipe://./pipe/docker_engine" : dockerHost);
        }
    }
}
