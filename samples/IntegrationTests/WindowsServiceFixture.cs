using System.Threading.Tasks;
using DotNet.Testcontainers.Builders;
using DotNet.Testcontainers.Containers;

namespace IntegrationTests
{
    /// <summary>The Windows service under test, in an IIS container, and the tool that talks to it.</summary>
    public sealed class WindowsServiceFixture
    {
        private const string IisImage = "mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022";

        // The isolation is left to the agent's daemon default.
        private readonly IContainer _service = new ContainerBuilder(IisImage) // expect: ISO0001
            .WithName("service-under-test")
            .WithPortBinding(80, assignRandomHostPort: true)
            .WithWaitStrategy(Wait.ForWindowsContainer().UntilInternalTcpPortIsAvailable(80))
            .Build();

        // Explicitly sandboxed: nothing to report.
        private readonly IContainer _client = new ContainerBuilder("mcr.microsoft.com/windows/nanoserver:ltsc2022")
            .WithCreateParameterModifier(p => p.HostConfig!.Isolation = "hyperv")
            .WithCommand("cmd", "/c", "ping -t localhost")
            .Build();

        public async Task InitializeAsync()
        {
            await _service.StartAsync();
            await _client.StartAsync();
        }

        public async Task DisposeAsync()
        {
            await _client.DisposeAsync();
            await _service.DisposeAsync();
        }
    }
}
