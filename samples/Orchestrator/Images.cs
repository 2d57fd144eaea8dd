namespace Orchestrator
{
    /// <summary>The Windows Server releases the fleet has agent images for.</summary>
    public enum WindowsRelease
    {
        Ltsc2019,
        Ltsc2022,
        Ltsc2025,
    }

    /// <summary>
    /// The images the orchestrator starts, kept in one place. The analyzer reads these members where a launch uses
    /// them (and where a helper's caller passes them), so the findings appear there, not here.
    /// </summary>
    public static class Images
    {
        public const string ServerCore2022 = "mcr.microsoft.com/windows/servercore:ltsc2022";

        public static readonly string NanoServer2022 = "mcr.microsoft.com/windows/nanoserver:ltsc2022";

        /// <summary>The .NET Framework 4.8 SDK on Windows Server 2019, for the old toolchain.</summary>
        public static readonly string LegacyToolchain = "mcr.microsoft.com/dotnet/framework/sdk:4.8-windowsservercore-ltsc2019";

        /// <summary>Nano Server without a release: a copy from a quick-start guide.</summary>
        public static string NanoServerUnpinned { get; } = "mcr.microsoft.com/windows/nanoserver";

        public static string Cache => "redis:7-alpine";

        /// <summary>The Server Core image of a release: every one the fleet has an agent pool for.</summary>
        public static string ServerCore(WindowsRelease release) => release switch
        {
            WindowsRelease.Ltsc2019 => "mcr.microsoft.com/windows/servercore:ltsc2019",
            WindowsRelease.Ltsc2022 => ServerCore2022,
            _ => "mcr.microsoft.com/windows/servercore:ltsc2025",
        };
    }

    /// <summary>The isolation modes, named for what they mean to the fleet.</summary>
    public static class IsolationModes
    {
        /// <summary>A utility VM per container: the only security boundary.</summary>
        public const string Sandboxed = "hyperv";

        /// <summary>Shares the host kernel: the image must be the host's release.</summary>
        public const string SharedKernel = "process";
    }
}
