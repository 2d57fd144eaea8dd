using System.Threading.Tasks;
using IsolationAnalyzers.CodeFixes;
using IsolationAnalyzers.Tests.Verifiers;
using Xunit;

namespace IsolationAnalyzers.Tests.CodeFixes
{
    public class UseValidIsolationValueCodeFixTests
    {
        [Theory]
        [InlineData("{|ISO0005:\"hyper-v\"|}", "\"hyperv\"")]
        [InlineData("{|ISO0005:\"Hyper_V\"|}", "\"hyperv\"")]
        [InlineData("{|ISO0005:\"HyperV \"|}", "\"hyperv\"")]
        [InlineData("{|ISO0005:\"proc\"|}", "\"process\"")]
        [InlineData("{|ISO0006:\"HyperV\"|}", "\"hyperv\"")]
        [InlineData("{|ISO0006:\"Process\"|}", "\"process\"")]
        [InlineData("{|ISO0006:@\"HYPERV\"|}", "\"hyperv\"")]
        public Task ReplacesWithTheClosestValidValue(string before, string after)
        {
            return Verify.CodeFix<UseValidIsolationValueCodeFixProvider>(
                $$"""
                using Docker.DotNet.Models;

                class Launcher
                {
                    object Create() => new HostConfig { Isolation = /* keep */ {{before}} /* me */ };
                }
                """,
                $$"""
                using Docker.DotNet.Models;

                class Launcher
                {
                    object Create() => new HostConfig { Isolation = /* keep */ {{after}} /* me */ };
                }
                """,
                EquivalenceKeys.UseValidIsolationValue);
        }

        [Fact]
        public Task NoFixWithoutASuggestion()
        {
            return Verify.NoCodeFix<UseValidIsolationValueCodeFixProvider>(
                """
                using Docker.DotNet.Models;

                class Launcher
                {
                    object Create() => new HostConfig { Isolation = {|ISO0005:"banana"|} };
                }
                """,
                EquivalenceKeys.UseValidIsolationValue);
        }

        [Fact]
        public Task FixAll_AcrossLaunchesAndBranches()
        {
            return Verify.CodeFix<UseValidIsolationValueCodeFixProvider>(
                """
                using Docker.DotNet.Models;

                class Launcher
                {
                    object A(bool flag) => new HostConfig { Isolation = flag ? {|ISO0005:"hyper-v"|} : {|ISO0006:"Process"|} };

                    object B() => new ContainerSpec { Image = "mcr.microsoft.com/windows/servercore:ltsc2022", Isolation = {|ISO0006:"HyperV"|} };

                    const string Mode = "Hyper-V";

                    object C() => new HostConfig { Isolation = {|ISO0005:Mode|} };
                }
                """,
                """
                using Docker.DotNet.Models;

                class Launcher
                {
                    object A(bool flag) => new HostConfig { Isolation = flag ? "hyperv" : "process" };

                    object B() => new ContainerSpec { Image = "mcr.microsoft.com/windows/servercore:ltsc2022", Isolation = "hyperv" };

                    const string Mode = "Hyper-V";

                    object C() => new HostConfig { Isolation = "hyperv" };
                }
                """,
                EquivalenceKeys.UseValidIsolationValue);
        }

        [Fact]
        public Task FixesAnAssignmentAfterConstruction()
        {
            // The launch is found at `new CreateContainerParameters`, the value three statements later: the
            // diagnostic is still local to the method, so the IDE shows it and offers the fix.
            return Verify.CodeFix<UseValidIsolationValueCodeFixProvider>(
                """
                using Docker.DotNet.Models;

                class Launcher
                {
                    object Create()
                    {
                        var hc = new HostConfig();
                        var p = new CreateContainerParameters { Image = "mcr.microsoft.com/windows/servercore:ltsc2022", HostConfig = hc };
                        hc.Isolation = {|ISO0005:"hyper-v"|};
                        return p;
                    }
                }
                """,
                """
                using Docker.DotNet.Models;

                class Launcher
                {
                    object Create()
                    {
                        var hc = new HostConfig();
                        var p = new CreateContainerParameters { Image = "mcr.microsoft.com/windows/servercore:ltsc2022", HostConfig = hc };
                        hc.Isolation = "hyperv";
                        return p;
                    }
                }
                """,
                EquivalenceKeys.UseValidIsolationValue);
        }
    }
}
