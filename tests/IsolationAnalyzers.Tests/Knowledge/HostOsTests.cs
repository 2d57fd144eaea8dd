using IsolationAnalyzers.Knowledge;
using Xunit;

namespace IsolationAnalyzers.Tests.Knowledge
{
    public class HostOsTests
    {
        [Fact]
        public void Keeps_name_and_build()
        {
            var host = new HostOs("ltsc2022", 20348);
            Assert.Equal("ltsc2022", host.Name);
            Assert.Equal(20348, host.Build);
            Assert.Equal("ltsc2022 (build 20348)", host.ToString());
        }

        [Fact]
        public void Default_has_an_empty_name()
        {
            HostOs host = default;
            Assert.Equal(string.Empty, host.Name);
            Assert.Equal(0, host.Build);
            Assert.Equal(" (build 0)", host.ToString());
        }
    }
}
