using System.Threading.Tasks;
using IsolationAnalyzers.CodeFixes;
using IsolationAnalyzers.Tests.Verifiers;
using Xunit;

namespace IsolationAnalyzers.Tests.Rules
{
    public class ISO0010UnsupportedWindowsSettingTests
    {
        [Theory]
        [InlineData("MemoryReservation = {|ISO0010:100L * 1024 * 1024|}")]
        [InlineData("MemorySwap = {|ISO0010:-1|}")]
        [InlineData("MemorySwappiness = {|ISO0010:0|}")]
        public Task MemorySettingsOnWindows_Report(string setting)
        {
            return Verify.Analyzer($$"""
                using Docker.DotNet.Models;

                class Launcher
                {
                    object Create() => new CreateContainerParameters
                    {
                        Image = "mcr.microsoft.com/windows/servercore:ltsc2022",
                        HostConfig = new HostConfig { Isolation = "process", {{setting}} },
                    };
                }
                """);
        }

        [Theory]
        [InlineData("MemoryReservation = 0")]
        [InlineData("MemorySwap = 0")]
        [InlineData("MemorySwappiness = -1")]
        [InlineData("MemorySwappiness = null")]
        public Task DefaultsOnWindows_DoNotReport(string setting)
        {
            return Verify.Analyzer($$"""
                using Docker.DotNet.Models;

                class Launcher
                {
                    object Create() => new CreateContainerParameters
                    {
                        Image = "mcr.microsoft.com/windows/servercore:ltsc2022",
                        HostConfig = new HostConfig { Isolation = "process", {{setting}} },
                    };
                }
                """);
        }

        [Fact]
        public Task LinuxContainers_DoNotReport()
        {
            return Verify.Analyzer("""
                using System.Collections.Generic;
                using Docker.DotNet.Models;

                class Launcher
                {
                    object Create() => new CreateContainerParameters
                    {
                        Image = "redis:7-alpine",
                        HostConfig = new HostConfig { MemoryReservation = 1 << 20, MemorySwap = -1, Devices = new List<DeviceMapping> { new DeviceMapping() }, NetworkMode = "container:db" },
                    };
                }
                """);
        }

        [Fact]
        public Task DevicesAndContainerNetwork_OnlyWithHyperV()
        {
            return Verify.Analyzer(
                """
                using System.Collections.Generic;
                using Docker.DotNet.Models;

                class Launcher
                {
                    object HyperV() => new CreateContainerParameters
                    {
                        Image = "mcr.microsoft.com/windows/servercore:ltsc2022",
                        HostConfig = new HostConfig
                        {
                            Isolation = "hyperv",
                            Devices = {|ISO0010:new List<DeviceMapping> { new DeviceMapping { PathOnHost = "class/5B45201D-F2F2-4F3B-85BB-30FF1F953599" } }|},
                            NetworkMode = {|ISO0010:"container:sql"|},
                        },
                    };

                    object Process() => new CreateContainerParameters
                    {
                        Image = "mcr.microsoft.com/windows/servercore:ltsc2022",
                        HostConfig = new HostConfig
                        {
                            Isolation = "process",
                            Devices = new List<DeviceMapping> { new DeviceMapping() },
                            NetworkMode = "container:sql",
                        },
                    };

                    object DefaultHyperV() => new {|ISO0001:CreateContainerParameters|}
                    {
                        Image = "mcr.microsoft.com/windows/servercore:ltsc2022",
                        HostConfig = new HostConfig { Isolation = "default", NetworkMode = {|ISO0010:"container:sql"|} },
                    };
                }
                """,
                "isolation_analyzers.default_isolation = hyperv");
        }

        [Fact]
        public Task CommandLines()
        {
            return Verify.Analyzer(
                """
                using System.Diagnostics;

                class Launcher
                {
                    void A() => Process.Start("docker", {|ISO0010:"run --isolation=process --memory-reservation 200m mcr.microsoft.com/windows/servercore:ltsc2022"|});

                    void B() => Process.Start("docker", {|ISO0010:"run --isolation=hyperv --device class/5B45201D-F2F2-4F3B-85BB-30FF1F953599 mcr.microsoft.com/windows/servercore:ltsc2022"|});

                    void C() => Process.Start("docker", {|ISO0010:"run --isolation=hyperv --net container:db mcr.microsoft.com/windows/servercore:ltsc2022"|});

                    void D() => Process.Start("docker", "run --isolation=process --device class/5B45201D-F2F2-4F3B-85BB-30FF1F953599 mcr.microsoft.com/windows/servercore:ltsc2022");

                    void E() => Process.Start("docker", "run --memory-swap -1 redis:7-alpine");
                }
                """,
                library: DockerLibrary.None);
        }

        [Fact]
        public Task Fix_RemovesTheSetting()
        {
            return Verify.CodeFix<RemoveSettingCodeFixProvider>(
                """
                using System.Diagnostics;
                using Docker.DotNet.Models;

                class Launcher
                {
                    object A() => new CreateContainerParameters
                    {
                        Image = "mcr.microsoft.com/windows/servercore:ltsc2022",
                        HostConfig = new HostConfig { Isolation = "process", MemoryReservation = {|ISO0010:1L << 30|}, Memory = 2L << 30 },
                    };

                    void B() => Process.Start("docker", {|ISO0010:"run --isolation=process --memory-swappiness=10 mcr.microsoft.com/windows/servercore:ltsc2022"|});
                }
                """,
                """
                using System.Diagnostics;
                using Docker.DotNet.Models;

                class Launcher
                {
                    object A() => new CreateContainerParameters
                    {
                        Image = "mcr.microsoft.com/windows/servercore:ltsc2022",
                        HostConfig = new HostConfig { Isolation = "process", Memory = 2L << 30 },
                    };

                    void B() => Process.Start("docker", "run --isolation=process mcr.microsoft.com/windows/servercore:ltsc2022");
                }
                """,
                EquivalenceKeys.RemoveUnsupportedSetting);
        }
    }
}
