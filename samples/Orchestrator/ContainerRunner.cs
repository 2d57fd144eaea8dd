using System.Threading;
using System.Threading.Tasks;
using Docker.DotNet;
using Docker.DotNet.Models;

namespace Orchestrator
{
    /// <summary>
    /// Starts containers of one image, chosen when the runner is made. The analyzer follows the constructor's
    /// parameters into the fields <see cref="StartAsync"/> reads, so a finding appears where the runner is created.
    /// </summary>
    public sealed class ContainerRunner
    {
        private readonly DockerClient _client;
        private readonly string _image;
        private readonly string _isolation;

        /// <summary>Runners share the host kernel by default: the fast path for images of the host's release.</summary>
        public ContainerRunner(DockerClient client, string image, string isolation = IsolationModes.SharedKernel)
        {
            _client = client;
            _image = image;
            _isolation = isolation;
        }

        public async Task<string> StartAsync(string name, CancellationToken cancellationToken)
        {
            var parameters = new CreateContainerParameters
            {
                Name = name,
                Image = _image,
                HostConfig = new HostConfig { Isolation = _isolation },
            };

            CreateContainerResponse created = await _client.Containers.CreateContainerAsync(parameters, cancellationToken);
            await _client.Containers.StartContainerAsync(created.ID, new ContainerStartParameters(), cancellationToken);
            return created.ID;
        }
    }
}
