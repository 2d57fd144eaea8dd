using System.Threading.Tasks;
using IsolationAnalyzers.CodeFixes;
using IsolationAnalyzers.Tests.Verifiers;
using Xunit;

namespace IsolationAnalyzers.Tests.CodeFixes
{
    public class UseIsolationModeCodeFixTests
    {
        [Fact]
        public Task AddsHostConfigToParameters_KeepingComments()
        {
            return Verify.CodeFix<UseIsolationModeCodeFixProvider>(
                """
                using Docker.DotNet.Models;

                class Launcher
                {
                    CreateContainerParameters Create() => new {|ISO0001:CreateContainerParameters|}
                    {
                        // the build agent image
                        Image = "mcr.microsoft.com/windows/servercore:ltsc2022", // pinned
                        Name = "agent"
                    };
                }
                """,
                """
                using Docker.DotNet.Models;

                class Launcher
                {
                    CreateContainerParameters Create() => new CreateContainerParameters
                    {
                        // the build agent image
                        Image = "mcr.microsoft.com/windows/servercore:ltsc2022", // pinned
                        Name = "agent",
                        HostConfig = new HostConfig { Isolation = "hyperv" }
                    };
                }
                """,
                EquivalenceKeys.UseHyperVIsolation);
        }

        [Fact]
        public Task AddsHostConfig_WithTrailingComma()
        {
            return Verify.CodeFix<UseIsolationModeCodeFixProvider>(
                """
                using Docker.DotNet.Models;

                class Launcher
                {
                    CreateContainerParameters Create() => new {|ISO0001:CreateContainerParameters|}
                    {
                        Image = "mcr.microsoft.com/windows/servercore:ltsc2022",
                    };
                }
                """,
                """
                using Docker.DotNet.Models;

                class Launcher
                {
                    CreateContainerParameters Create() => new CreateContainerParameters
                    {
                        Image = "mcr.microsoft.com/windows/servercore:ltsc2022",
                        HostConfig = new HostConfig { Isolation = "process" },
                    };
                }
                """,
                EquivalenceKeys.UseProcessIsolation);
        }

        [Fact]
        public Task AddsFullyQualifiedHostConfig_WithoutUsing()
        {
            return Verify.CodeFix<UseIsolationModeCodeFixProvider>(
                """
                class Launcher
                {
                    object Create() => new {|ISO0001:Docker.DotNet.Models.CreateContainerParameters|} { Image = "mcr.microsoft.com/windows/nanoserver:ltsc2022" };
                }
                """,
                """
                class Launcher
                {
                    object Create() => new Docker.DotNet.Models.CreateContainerParameters { Image = "mcr.microsoft.com/windows/nanoserver:ltsc2022", HostConfig = new Docker.DotNet.Models.HostConfig { Isolation = "hyperv" } };
                }
                """,
                EquivalenceKeys.UseHyperVIsolation);
        }

        [Fact]
        public Task AddsToExistingHostConfig_OnOwnLines()
        {
            return Verify.CodeFix<UseIsolationModeCodeFixProvider>(
                """
                using Docker.DotNet.Models;

                class Launcher
                {
                    CreateContainerParameters Create() => new {|ISO0001:CreateContainerParameters|}
                    {
                        Image = "mcr.microsoft.com/windows/servercore:ltsc2022",
                        HostConfig = new HostConfig
                        {
                            Memory = 2L * 1024 * 1024 * 1024 // 2 GB
                        },
                    };
                }
                """,
                """
                using Docker.DotNet.Models;

                class Launcher
                {
                    CreateContainerParameters Create() => new CreateContainerParameters
                    {
                        Image = "mcr.microsoft.com/windows/servercore:ltsc2022",
                        HostConfig = new HostConfig
                        {
                            Memory = 2L * 1024 * 1024 * 1024, // 2 GB
                            Isolation = "hyperv"
                        },
                    };
                }
                """,
                EquivalenceKeys.UseHyperVIsolation);
        }

        [Fact]
        public Task AddsToEmptyAndParenthesizedHostConfigs()
        {
            return Verify.CodeFix<UseIsolationModeCodeFixProvider>(
                """
                using Docker.DotNet.Models;

                class Launcher
                {
                    object A() => new {|ISO0001:CreateContainerParameters|} { Image = "mcr.microsoft.com/windows/servercore:ltsc2022", HostConfig = new HostConfig() /* defaults */ };

                    object B() => new {|ISO0001:CreateContainerParameters|} { Image = "mcr.microsoft.com/windows/servercore:ltsc2022", HostConfig = new HostConfig { } };

                    object C()
                    {
                        var hc = new HostConfig();
                        return new {|ISO0001:CreateContainerParameters|} { Image = "mcr.microsoft.com/windows/servercore:ltsc2022", HostConfig = hc };
                    }
                }
                """,
                """
                using Docker.DotNet.Models;

                class Launcher
                {
                    object A() => new CreateContainerParameters { Image = "mcr.microsoft.com/windows/servercore:ltsc2022", HostConfig = new HostConfig() { Isolation = "hyperv" } /* defaults */ };

                    object B() => new CreateContainerParameters { Image = "mcr.microsoft.com/windows/servercore:ltsc2022", HostConfig = new HostConfig { Isolation = "hyperv" } };

                    object C()
                    {
                        var hc = new HostConfig() { Isolation = "hyperv" };
                        return new CreateContainerParameters { Image = "mcr.microsoft.com/windows/servercore:ltsc2022", HostConfig = hc };
                    }
                }
                """,
                EquivalenceKeys.UseHyperVIsolation);
        }

        [Fact]
        public Task ReplacesAnAbsentValue()
        {
            return Verify.CodeFix<UseIsolationModeCodeFixProvider>(
                """
                using Docker.DotNet.Models;

                class Launcher
                {
                    object Create() => new {|ISO0001:CreateContainerParameters|}
                    {
                        Image = "mcr.microsoft.com/windows/servercore:ltsc2022",
                        HostConfig = new HostConfig { Isolation = /* daemon decides */ "default" },
                    };
                }
                """,
                """
                using Docker.DotNet.Models;

                class Launcher
                {
                    object Create() => new CreateContainerParameters
                    {
                        Image = "mcr.microsoft.com/windows/servercore:ltsc2022",
                        HostConfig = new HostConfig { Isolation = /* daemon decides */ "hyperv" },
                    };
                }
                """,
                EquivalenceKeys.UseHyperVIsolation);
        }

        [Fact]
        public Task Iso0002_ReplacesProcessWithHyperV()
        {
            return Verify.CodeFix<UseIsolationModeCodeFixProvider>(
                """
                using Docker.DotNet.Models;

                class Launcher
                {
                    object Create(bool fast) => new CreateContainerParameters
                    {
                        Image = "mcr.microsoft.com/windows/servercore:ltsc2019",
                        HostConfig = new HostConfig { Isolation = fast ? {|ISO0002:"process"|} : "hyperv" },
                    };
                }
                """,
                """
                using Docker.DotNet.Models;

                class Launcher
                {
                    object Create(bool fast) => new CreateContainerParameters
                    {
                        Image = "mcr.microsoft.com/windows/servercore:ltsc2019",
                        HostConfig = new HostConfig { Isolation = fast ? "hyperv" : "hyperv" },
                    };
                }
                """,
                EquivalenceKeys.UseHyperVIsolation,
                editorConfig: "isolation_analyzers.host_os = ltsc2022");
        }

        [Fact]
        public Task SwarmContainerSpec_AddsIsolation()
        {
            return Verify.CodeFix<UseIsolationModeCodeFixProvider>(
                """
                using Docker.DotNet.Models;

                class Deployer
                {
                    object Create() => new TaskSpec
                    {
                        ContainerSpec = new {|ISO0001:ContainerSpec|}
                        {
                            Image = "mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022"
                        }
                    };
                }
                """,
                """
                using Docker.DotNet.Models;

                class Deployer
                {
                    object Create() => new TaskSpec
                    {
                        ContainerSpec = new ContainerSpec
                        {
                            Image = "mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022",
                            Isolation = "hyperv"
                        }
                    };
                }
                """,
                EquivalenceKeys.UseHyperVIsolation);
        }

        [Fact]
        public Task FixAll_FixesEveryLaunchInTheDocument()
        {
            return Verify.CodeFix<UseIsolationModeCodeFixProvider>(
                """
                using Docker.DotNet.Models;

                class Launcher
                {
                    object A() => new {|ISO0001:CreateContainerParameters|} { Image = "mcr.microsoft.com/windows/servercore:ltsc2022" };

                    object B() => new {|ISO0001:CreateContainerParameters|} { Image = "mcr.microsoft.com/windows/nanoserver:ltsc2022", HostConfig = new HostConfig { Memory = 1 << 30 } };

                    object C() => new {|ISO0001:ContainerSpec|} { Image = "mcr.microsoft.com/windows/servercore:ltsc2022" };
                }
                """,
                """
                using Docker.DotNet.Models;

                class Launcher
                {
                    object A() => new CreateContainerParameters { Image = "mcr.microsoft.com/windows/servercore:ltsc2022", HostConfig = new HostConfig { Isolation = "hyperv" } };

                    object B() => new CreateContainerParameters { Image = "mcr.microsoft.com/windows/nanoserver:ltsc2022", HostConfig = new HostConfig { Memory = 1 << 30, Isolation = "hyperv" } };

                    object C() => new ContainerSpec { Image = "mcr.microsoft.com/windows/servercore:ltsc2022", Isolation = "hyperv" };
                }
                """,
                EquivalenceKeys.UseHyperVIsolation);
        }

        [Fact]
        public Task ProcessFix_NotOfferedWhenAHostCannotRunTheImage()
        {
            return Verify.NoCodeFix<UseIsolationModeCodeFixProvider>(
                """
                using Docker.DotNet.Models;

                class Launcher
                {
                    object Create() => new {|ISO0001:CreateContainerParameters|} { Image = "mcr.microsoft.com/windows/servercore:ltsc2019" };
                }
                """,
                EquivalenceKeys.UseProcessIsolation,
                "isolation_analyzers.host_os = ltsc2022");
        }

        [Fact]
        public Task ProcessFix_OfferedWhenEveryHostCanRunTheImage()
        {
            return Verify.CodeFix<UseIsolationModeCodeFixProvider>(
                """
                using Docker.DotNet.Models;

                class Launcher
                {
                    object Create() => new {|ISO0001:CreateContainerParameters|} { Image = "mcr.microsoft.com/windows/servercore:ltsc2022" };
                }
                """,
                """
                using Docker.DotNet.Models;

                class Launcher
                {
                    object Create() => new CreateContainerParameters { Image = "mcr.microsoft.com/windows/servercore:ltsc2022", HostConfig = new HostConfig { Isolation = "process" } };
                }
                """,
                EquivalenceKeys.UseProcessIsolation,
                editorConfig: "isolation_analyzers.host_os = ltsc2022, ltsc2025");
        }
    }
}
