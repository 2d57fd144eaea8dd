using System.Threading.Tasks;
using IsolationAnalyzers.CodeFixes;
using IsolationAnalyzers.Tests.Verifiers;
using Xunit;

namespace IsolationAnalyzers.Tests.Testcontainers
{
    /// <summary>The trust and resource rules (ISO0004, ISO0007–ISO0010) on Testcontainers chains.</summary>
    public class TestcontainersTrustAndResourceTests
    {
        /// <summary>The Testcontainers version the code compiles against: 4.16.0 here, 3.10.0 in <see cref="Testcontainers3.Testcontainers3TrustAndResourceTests"/>.</summary>
        protected virtual DockerLibrary Library => DockerLibrary.Testcontainers;

        /// <summary>Rewrites test code for the library version under test (Testcontainers 3.x has no image constructors).</summary>
        protected virtual string Adapt(string source) => source;

        private const string Usings = """
            using DotNet.Testcontainers.Builders;
            using DotNet.Testcontainers.Containers;

            """;

        private const string Attribute = """

            [System.AttributeUsage(System.AttributeTargets.All)]
            sealed class UntrustedWorkloadAttribute : System.Attribute { }
            """;

        private string Wrap(string members) => Usings + "class Fixture\n{\n" + Adapt(members) + "\n}\n" + Attribute;

        private Task Verify(string members, string? editorConfig = null) =>
            Verifiers.Verify.Analyzer(Wrap(members), editorConfig, Library);

        [Fact]
        public Task Iso0004_UntrustedChains()
        {
            return Verify("""
                    [UntrustedWorkload]
                    IContainer A(string image) => new ContainerBuilder({|ISO0004:image|}).Build();

                    [UntrustedWorkload]
                    IContainer B(string image) => new ContainerBuilder(image).WithCreateParameterModifier(p => p.HostConfig.Isolation = {|ISO0004:"process"|}).Build();

                    [UntrustedWorkload]
                    IContainer C(string image) => new ContainerBuilder(image).WithCreateParameterModifier(p => p.HostConfig.Isolation = "hyperv").Build();

                    [UntrustedWorkload]
                    IContainer D() => new ContainerBuilder("redis:7-alpine").Build();
                """);
        }

        [Fact]
        public Task Iso0007_IsolationOnALinuxImage()
        {
            return Verify("""
                    IContainer A() => new ContainerBuilder("redis:7-alpine").WithCreateParameterModifier(p => p.HostConfig.Isolation = {|ISO0007:"hyperv"|}).Build();

                    IContainer B() => new ContainerBuilder("redis:7-alpine").WithCreateParameterModifier(p => p.HostConfig.Isolation = "default").Build();
                """);
        }

        [Fact]
        public Task Iso0008_UnpinnedBaseImage()
        {
            return Verify("""
                    IContainer A() => new ContainerBuilder({|ISO0008:"mcr.microsoft.com/windows/nanoserver:latest"|}).WithCreateParameterModifier(p => p.HostConfig.Isolation = "hyperv").Build();

                    IContainer B() => new ContainerBuilder("mcr.microsoft.com/windows/nanoserver:ltsc2022").WithCreateParameterModifier(p => p.HostConfig.Isolation = "hyperv").Build();
                """);
        }

        [Fact]
        public Task Iso0009_MemoryFromTheModifier()
        {
            return Verify("""
                    IContainer A() => new ContainerBuilder("mcr.microsoft.com/windows/servercore:ltsc2022")
                        .WithCreateParameterModifier(p =>
                        {
                            p.HostConfig.Isolation = "hyperv";
                            p.HostConfig.Memory = {|ISO0009:256L * 1024 * 1024|};
                        })
                        .Build();

                    IContainer B() => new ContainerBuilder("mcr.microsoft.com/windows/servercore:ltsc2022")
                        .WithCreateParameterModifier(p =>
                        {
                            p.HostConfig.Isolation = "hyperv";
                            p.HostConfig.Memory = 2L * 1024 * 1024 * 1024;
                        })
                        .Build();
                """);
        }

        [Fact]
        public Task Iso0010_UnsupportedSettingsInTheModifier()
        {
            return Verify("""
                    IContainer A() => new ContainerBuilder("mcr.microsoft.com/windows/servercore:ltsc2022")
                        .WithCreateParameterModifier(p =>
                        {
                            p.HostConfig.Isolation = "process";
                            p.HostConfig.MemorySwap = {|ISO0010:-1|};
                        })
                        .Build();

                    IContainer B() => new ContainerBuilder("redis:7-alpine")
                        .WithCreateParameterModifier(p => p.HostConfig.MemorySwap = -1)
                        .Build();
                """);
        }

        [Fact]
        public Task Fixes_RemoveAndRaise()
        {
            return Task.WhenAll(
                Verifiers.Verify.CodeFix<RemoveSettingCodeFixProvider>(
                    Wrap("""
                        IContainer A() => new ContainerBuilder("mcr.microsoft.com/windows/servercore:ltsc2022")
                            .WithCreateParameterModifier(p =>
                            {
                                p.HostConfig.Isolation = "process";
                                p.HostConfig.MemoryReservation = {|ISO0010:1L << 30|}; // soft limit
                            })
                            .Build();
                    """),
                    Wrap("""
                        IContainer A() => new ContainerBuilder("mcr.microsoft.com/windows/servercore:ltsc2022")
                            .WithCreateParameterModifier(p =>
                            {
                                p.HostConfig.Isolation = "process";
                            })
                            .Build();
                    """),
                    EquivalenceKeys.RemoveUnsupportedSetting,
                    library: Library),
                Verifiers.Verify.CodeFix<RaiseMemoryLimitCodeFixProvider>(
                    Wrap("""
                        IContainer A() => new ContainerBuilder("mcr.microsoft.com/windows/nanoserver:ltsc2022")
                            .WithCreateParameterModifier(p =>
                            {
                                p.HostConfig.Isolation = "process";
                                p.HostConfig.Memory = {|ISO0009:512|};
                            })
                            .Build();
                    """),
                    Wrap("""
                        IContainer A() => new ContainerBuilder("mcr.microsoft.com/windows/nanoserver:ltsc2022")
                            .WithCreateParameterModifier(p =>
                            {
                                p.HostConfig.Isolation = "process";
                                p.HostConfig.Memory = 512L * 1024 * 1024;
                            })
                            .Build();
                    """),
                    EquivalenceKeys.InterpretMemoryAsMegabytes,
                    library: Library));
        }
    }
}
