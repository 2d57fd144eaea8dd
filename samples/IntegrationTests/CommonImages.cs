using DotNet.Testcontainers.Images;

namespace IntegrationTests
{
    /// <summary>The .NET Framework toolchains the integration tests build with.</summary>
    public enum Toolchain
    {
        /// <summary>The old toolchain, still on Windows Server 2019.</summary>
        Legacy,

        /// <summary>The current toolchain, on Windows Server 2022.</summary>
        Current,
    }

    /// <summary>
    /// The images the fixtures start, in one place (the way testcontainers-dotnet's own tests keep theirs). The analyzer
    /// reads these members where a fixture uses them, so the findings appear in the fixtures, not here.
    /// </summary>
    public static class CommonImages
    {
        public const string NanoServer = "mcr.microsoft.com/windows/nanoserver:ltsc2022";

        /// <summary>SQL Server Express in a Windows container: Windows by its name, though its tag names no release.</summary>
        public static readonly string SqlServerExpress = "microsoft/mssql-server-windows-express:2017-latest";

        public static readonly IImage ServerCore = new DockerImage("mcr.microsoft.com/windows/servercore:ltsc2022");

        /// <summary>The next release's Server Core: newer than the agents' Windows Server 2022.</summary>
        public static readonly IImage ServerCoreNext = new DockerImage("mcr.microsoft.com/windows/servercore:ltsc2025");

        public static IImage Redis { get; } = new DockerImage("redis:7-alpine");

        /// <summary>The SDK image of a toolchain.</summary>
        public static string Sdk(Toolchain toolchain) => toolchain switch
        {
            Toolchain.Legacy => "mcr.microsoft.com/dotnet/framework/sdk:4.8-windowsservercore-ltsc2019",
            _ => "mcr.microsoft.com/dotnet/framework/sdk:4.8-windowsservercore-ltsc2022",
        };
    }
}
