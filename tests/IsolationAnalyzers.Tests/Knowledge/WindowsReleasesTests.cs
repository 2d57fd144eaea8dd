using IsolationAnalyzers.Knowledge;
using Xunit;

namespace IsolationAnalyzers.Tests.Knowledge
{
    public class WindowsReleasesTests
    {
        // windows-containers.md §2, every tag row.
        [Theory]
        [InlineData("ltsc2016", 14393)]
        [InlineData("sac2016", 14393)]
        [InlineData("1607", 14393)]
        [InlineData("1709", 16299)]
        [InlineData("1803", 17134)]
        [InlineData("1809", 17763)]
        [InlineData("ltsc2019", 17763)]
        [InlineData("1903", 18362)]
        [InlineData("1909", 18363)]
        [InlineData("2004", 19041)]
        [InlineData("20H2", 19042)]
        [InlineData("20h2", 19042)]
        [InlineData("ltsc2022", 20348)]
        [InlineData("LTSC2022", 20348)]
        [InlineData("ltsc2025", 26100)]
        [InlineData("10.0.17763.437", 17763)]
        [InlineData("10.0.20348.2340", 20348)]
        [InlineData("10.0.14393", 14393)]
        public void Release_tokens_name_their_build(string token, int build)
        {
            Assert.True(WindowsReleases.TryGetBuildOfReleaseToken(token, out int actual));
            Assert.Equal(build, actual);
        }

        [Theory]
        [InlineData("")]
        [InlineData("8.0")]
        [InlineData("1.27")]
        [InlineData("4.8")]
        [InlineData("latest")]
        [InlineData("ltsc2023")]
        [InlineData("2019")]
        [InlineData("v2004")]
        [InlineData("20040")]
        [InlineData(" ltsc2022")]
        [InlineData("ltsc2022-KB5034770")]
        [InlineData("10.0")]
        [InlineData("10.0.100")]
        [InlineData("10.0.1")]
        [InlineData("10.0.17763.")]
        [InlineData("10.0.17763.x")]
        [InlineData("10.0.999999999999")]
        [InlineData("22631")]
        [InlineData("windows-server-2022")]
        public void Other_tokens_name_no_release(string token)
        {
            Assert.False(WindowsReleases.TryGetBuildOfReleaseToken(token, out int build));
            Assert.Equal(0, build);
        }

        [Fact]
        public void Null_token_names_no_release()
        {
            Assert.False(WindowsReleases.TryGetBuildOfReleaseToken(null!, out _));
        }

        // Tags, every host name of §2 and build numbers.
        [Theory]
        [InlineData("ltsc2016", 14393)]
        [InlineData("sac2016", 14393)]
        [InlineData("1607", 14393)]
        [InlineData("1709", 16299)]
        [InlineData("1803", 17134)]
        [InlineData("1809", 17763)]
        [InlineData("ltsc2019", 17763)]
        [InlineData("1903", 18362)]
        [InlineData("1909", 18363)]
        [InlineData("2004", 19041)]
        [InlineData("20h2", 19042)]
        [InlineData("20H2", 19042)]
        [InlineData("ltsc2022", 20348)]
        [InlineData("ltsc2025", 26100)]
        [InlineData("windows-server-2016", 14393)]
        [InlineData("windows-server-2019", 17763)]
        [InlineData("windows-server-2022", 20348)]
        [InlineData("windows-server-2025", 26100)]
        [InlineData("windows-server-1709", 16299)]
        [InlineData("windows-server-1803", 17134)]
        [InlineData("windows-server-1903", 18362)]
        [InlineData("windows-server-1909", 18363)]
        [InlineData("windows-server-2004", 19041)]
        [InlineData("windows-server-20h2", 19042)]
        [InlineData("windows-server-23h2", 25398)]
        [InlineData("windows-10-1809", 17763)]
        [InlineData("windows-10-1903", 18362)]
        [InlineData("windows-10-1909", 18363)]
        [InlineData("windows-10-2004", 19041)]
        [InlineData("windows-10-20h2", 19042)]
        [InlineData("windows-10-21h1", 19043)]
        [InlineData("windows-10-21h2", 19044)]
        [InlineData("windows-10-22h2", 19045)]
        [InlineData("windows-11-21h2", 22000)]
        [InlineData("windows-11-22h2", 22621)]
        [InlineData("windows-11-23h2", 22631)]
        [InlineData("windows-11-24h2", 26100)]
        [InlineData("Windows-Server-2022", 20348)]
        [InlineData("WINDOWS-11-24H2", 26100)]
        [InlineData("20348", 20348)]
        [InlineData("10.0.20348", 20348)]
        [InlineData("10.0.20348.2340", 20348)]
        [InlineData("22631", 22631)]
        [InlineData("10240", 10240)]
        [InlineData("99999", 99999)]
        public void Host_items_parse_to_their_build(string text, int build)
        {
            Assert.True(WindowsReleases.TryParseHost(text, out HostOs host));
            Assert.Equal(build, host.Build);
            Assert.Equal(text, host.Name);
        }

        [Theory]
        [InlineData("  ltsc2022 ", "ltsc2022", 20348)]
        [InlineData("\twindows-11-24h2\n", "windows-11-24h2", 26100)]
        [InlineData(" 10.0.17763 ", "10.0.17763", 17763)]
        public void Host_items_are_trimmed(string text, string name, int build)
        {
            Assert.True(WindowsReleases.TryParseHost(text, out HostOs host));
            Assert.Equal(name, host.Name);
            Assert.Equal(build, host.Build);
            Assert.Equal(name + " (build " + build + ")", host.ToString());
        }

        [Theory]
        [InlineData(null)]
        [InlineData("")]
        [InlineData("   ")]
        [InlineData("banana")]
        [InlineData("-20348")]
        [InlineData("10239")]
        [InlineData("100000")]
        [InlineData("2147483648")]
        [InlineData("99999999999999999999")]
        [InlineData("0")]
        [InlineData("10.0.")]
        [InlineData("10.0.-1")]
        [InlineData("10.1.20348")]
        [InlineData("10.0.20348.")]
        [InlineData("10.0.20348.1.2")]
        [InlineData("windows-server-2012")]
        [InlineData("windows-11")]
        [InlineData("windows-10-24h2")]
        [InlineData("ltsc 2022")]
        [InlineData("::::")]
        public void Other_host_items_do_not_parse(string? text)
        {
            Assert.False(WindowsReleases.TryParseHost(text, out HostOs host));
            Assert.Equal(0, host.Build);
            Assert.Equal(string.Empty, host.Name);
        }

        [Fact]
        public void Very_long_host_item_does_not_parse()
        {
            Assert.False(WindowsReleases.TryParseHost(new string('1', 100_000), out _));
            Assert.False(WindowsReleases.TryGetBuildOfReleaseToken(new string('1', 100_000), out _));
            Assert.False(WindowsReleases.TryGetBuildOfReleaseToken("10.0." + new string('1', 100_000), out _));
        }

        [Fact]
        public void Image_builds_are_the_published_ones_ascending()
        {
            Assert.Equal(new[] { 14393, 16299, 17134, 17763, 18362, 18363, 19041, 19042, 20348, 26100 }, WindowsReleases.ImageBuilds);
        }

        [Theory]
        [InlineData(14393, "ltsc2016")]
        [InlineData(16299, "1709")]
        [InlineData(17134, "1803")]
        [InlineData(17763, "ltsc2019")]
        [InlineData(18362, "1903")]
        [InlineData(18363, "1909")]
        [InlineData(19041, "2004")]
        [InlineData(19042, "20H2")]
        [InlineData(20348, "ltsc2022")]
        [InlineData(26100, "ltsc2025")]
        [InlineData(22000, null)]
        [InlineData(22621, null)]
        [InlineData(22631, null)]
        [InlineData(25398, null)]
        [InlineData(19045, null)]
        [InlineData(0, null)]
        [InlineData(-1, null)]
        public void Preferred_release_token_per_build(int build, string? token)
        {
            Assert.Equal(token, WindowsReleases.ReleaseTokenForBuild(build));
        }

        [Fact]
        public void Every_image_build_has_a_token_that_maps_back()
        {
            foreach (int build in WindowsReleases.ImageBuilds)
            {
                string? token = WindowsReleases.ReleaseTokenForBuild(build);
                Assert.NotNull(token);
                Assert.True(WindowsReleases.TryGetBuildOfReleaseToken(token!, out int back));
                Assert.Equal(build, back);
            }
        }
    }
}
