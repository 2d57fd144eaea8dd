using System.Linq;
using IsolationAnalyzers.Knowledge.Cli;
using Xunit;

namespace IsolationAnalyzers.Tests.Knowledge.Cli
{
    public class DockerCliOptionsTests
    {
        [Theory]
        [InlineData(DockerSubcommand.Run)]
        [InlineData(DockerSubcommand.Create)]
        [InlineData(DockerSubcommand.Build)]
        [InlineData(DockerSubcommand.ServiceCreate)]
        [InlineData(DockerSubcommand.ServiceUpdate)]
        public void EverySubcommandHasIsolationWithAValue(object subcommandValue)
        {
            Assert.True(DockerCliOptions.For((DockerSubcommand)subcommandValue).TryGetLong("isolation", out var spec));
            Assert.True(spec.TakesValue);
            Assert.Equal("isolation", spec.Name);
        }

        [Theory]
        [InlineData(DockerSubcommand.Run, "memory", true)]
        [InlineData(DockerSubcommand.Run, "memory-reservation", true)]
        [InlineData(DockerSubcommand.Run, "pull", true)]
        [InlineData(DockerSubcommand.Run, "detach", false)]
        [InlineData(DockerSubcommand.Run, "detach-keys", true)]
        [InlineData(DockerSubcommand.Run, "rm", false)]
        [InlineData(DockerSubcommand.Run, "cpus", true)]
        [InlineData(DockerSubcommand.Run, "ip6", true)]
        [InlineData(DockerSubcommand.Create, "platform", true)]
        [InlineData(DockerSubcommand.Build, "pull", false)]
        [InlineData(DockerSubcommand.Build, "rm", false)]
        [InlineData(DockerSubcommand.Build, "tag", true)]
        [InlineData(DockerSubcommand.Build, "output", true)]
        [InlineData(DockerSubcommand.Build, "check", false)]
        [InlineData(DockerSubcommand.ServiceCreate, "replicas", true)]
        [InlineData(DockerSubcommand.ServiceCreate, "mode", true)]
        [InlineData(DockerSubcommand.ServiceCreate, "constraint", true)]
        [InlineData(DockerSubcommand.ServiceCreate, "limit-memory", true)]
        [InlineData(DockerSubcommand.ServiceCreate, "detach", false)]
        [InlineData(DockerSubcommand.ServiceUpdate, "image", true)]
        [InlineData(DockerSubcommand.ServiceUpdate, "force", false)]
        [InlineData(DockerSubcommand.ServiceUpdate, "constraint-add", true)]
        public void FlagKinds(object subcommandValue, string name, bool takesValue)
        {
            Assert.True(DockerCliOptions.For((DockerSubcommand)subcommandValue).TryGetLong(name, out var spec));
            Assert.Equal(takesValue, spec.TakesValue);
        }

        [Theory]
        [InlineData(DockerSubcommand.Run, "replicas")]
        [InlineData(DockerSubcommand.Run, "image")]
        [InlineData(DockerSubcommand.Create, "detach")]
        [InlineData(DockerSubcommand.Create, "detach-keys")]
        [InlineData(DockerSubcommand.ServiceCreate, "image")]
        [InlineData(DockerSubcommand.ServiceCreate, "memory")]
        [InlineData(DockerSubcommand.ServiceUpdate, "mode")]
        [InlineData(DockerSubcommand.Build, "name")]
        public void FlagsAbsentFromASubcommand(object subcommandValue, string name)
        {
            Assert.False(DockerCliOptions.For((DockerSubcommand)subcommandValue).TryGetLong(name, out _));
        }

        [Theory]
        [InlineData(DockerSubcommand.Run, 'm', "memory", true)]
        [InlineData(DockerSubcommand.Run, 'h', "hostname", true)]
        [InlineData(DockerSubcommand.Run, 'd', "detach", false)]
        [InlineData(DockerSubcommand.Run, 'P', "publish-all", false)]
        [InlineData(DockerSubcommand.Run, 'c', "cpu-shares", true)]
        [InlineData(DockerSubcommand.Build, 't', "tag", true)]
        [InlineData(DockerSubcommand.Build, 'f', "file", true)]
        [InlineData(DockerSubcommand.Build, 'h', "help", false)]
        [InlineData(DockerSubcommand.ServiceCreate, 'd', "detach", false)]
        [InlineData(DockerSubcommand.ServiceCreate, 'l', "label", true)]
        public void Shorthands(object subcommandValue, char shorthand, string name, bool takesValue)
        {
            Assert.True(DockerCliOptions.For((DockerSubcommand)subcommandValue).TryGetShort(shorthand, out var spec));
            Assert.Equal(name, spec.Name);
            Assert.Equal(takesValue, spec.TakesValue);
        }

        [Fact]
        public void HiddenAliasesMapToCanonicalNames()
        {
            Assert.True(DockerCliOptions.Run.TryGetLong("net", out var net));
            Assert.Equal("network", net.Name);
            Assert.True(DockerCliOptions.Run.TryGetLong("dns-opt", out var dnsOpt));
            Assert.Equal("dns-option", dnsOpt.Name);
        }

        [Fact]
        public void GlobalFlags()
        {
            var g = DockerCliOptions.Global;
            Assert.True(g.TryGetShort('H', out var host) && host.TakesValue && host.Name == "host");
            Assert.True(g.TryGetShort('c', out var context) && context.TakesValue);
            Assert.True(g.TryGetShort('l', out var logLevel) && logLevel.TakesValue);
            Assert.True(g.TryGetLong("tlsverify", out var tlsVerify) && !tlsVerify.TakesValue);
            Assert.True(g.TryGetShort('v', out var version) && version.StopsCommand);
        }

        [Fact]
        public void RunTableIsLarge()
        {
            // docker/cli's container options: about a hundred value flags.
            Assert.True(DockerCliOptions.Run.Count > 100);
            Assert.True(DockerCliOptions.Create.LongNames.All(n => DockerCliOptions.Run.TryGetLong(n, out _)));
        }
    }
}
