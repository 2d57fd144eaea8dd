using System.Collections.Generic;
using Docker.DotNet.Models;

namespace Orchestrator
{
    /// <summary>
    /// The one place that builds <see cref="CreateContainerParameters"/> for short-lived jobs. The image, the isolation
    /// and the memory come from the caller, so the analyzer checks each call with the values it passes.
    /// </summary>
    public static class ContainerParameters
    {
        public static CreateContainerParameters ForJob(string name, string image, string? isolation = null, long memory = 0, IList<string>? command = null) =>
            new CreateContainerParameters
            {
                Name = name,
                Image = image,
                Cmd = command,
                Labels = new Dictionary<string, string> { ["orchestrator.role"] = "job" },
                HostConfig = new HostConfig { Isolation = isolation, Memory = memory, AutoRemove = true },
            };
    }
}
