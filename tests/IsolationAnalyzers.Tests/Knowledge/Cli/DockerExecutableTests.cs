using IsolationAnalyzers.Knowledge.Cli;
using Xunit;

namespace IsolationAnalyzers.Tests.Knowledge.Cli
{
    public class DockerExecutableTests
    {
        [Theory]
        [InlineData("docker")]
        [InlineData("Docker")]
        [InlineData("docker.exe")]
        [InlineData("/usr/local/bin/docker")]
        [InlineData(@"C:\Program Files\Docker\Docker\resources\bin\docker.exe")]
        [InlineData("\"C:\\Program Files\\Docker\\docker.exe\"")]
        public void NamesTheDockerClient(string file)
        {
            Assert.True(DockerExecutable.Matches(file));
        }

        [Theory]
        [InlineData(null)]
        [InlineData("")]
        [InlineData("dotnet")]
        [InlineData("mydocker")]
        [InlineData("docker-compose")]
        [InlineData("/usr/bin/podman")]
        [InlineData("docker run")]
        public void OtherProgramsDoNot(string? file)
        {
            Assert.False(DockerExecutable.Matches(file));
        }
    }
}
