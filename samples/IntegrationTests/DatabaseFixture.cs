using System.Threading.Tasks;
using DotNet.Testcontainers.Builders;
using DotNet.Testcontainers.Containers;

namespace IntegrationTests
{
    /// <summary>The Linux dependencies (SQL Server, Redis): no Windows isolation applies, nothing to report.</summary>
    public sealed class DatabaseFixture
    {
        private readonly IContainer _sqlServer = new ContainerBuilder("mcr.microsoft.com/mssql/server:2022-latest")
            .WithEnvironment("ACCEPT_EULA", "Y")
            .WithEnvironment("MSSQL_SA_PASSWORD", "yourStrong(!)Password")
            .WithPortBinding(1433, assignRandomHostPort: true)
            .Build();

        private readonly IContainer _redis = new ContainerBuilder("redis:7-alpine")
            .WithPortBinding(6379, assignRandomHostPort: true)
            .Build();

        /// <summary>An image chosen by the test run: not a compile-time value, so nothing is known about it.</summary>
        public static IContainer CreateFromSettings(string image) => new ContainerBuilder(image).Build();

        public async Task InitializeAsync()
        {
            await _sqlServer.StartAsync();
            await _redis.StartAsync();
        }

        public async Task DisposeAsync()
        {
            await _redis.DisposeAsync();
            await _sqlServer.DisposeAsync();
        }
    }
}
