using IsolationAnalyzers.Knowledge;
using Xunit;

namespace IsolationAnalyzers.Tests.Knowledge
{
    public class HostCompatibilityTests
    {
        private const int Ws2016 = 14393;
        private const int Ws2019 = 17763;
        private const int Ws2022 = 20348;
        private const int Ws2025 = 26100;

        // windows-containers.md §3, Microsoft's matrix for Windows Server hosts (cell = Hyper-V / process).
        [Theory]
        [InlineData(Ws2025, Ws2025, true, true)]
        [InlineData(Ws2025, Ws2022, true, true)]
        [InlineData(Ws2025, Ws2019, true, false)]
        [InlineData(Ws2025, Ws2016, true, false)]
        [InlineData(Ws2022, Ws2025, false, false)]
        [InlineData(Ws2022, Ws2022, true, true)]
        [InlineData(Ws2022, Ws2019, true, false)]
        [InlineData(Ws2022, Ws2016, true, false)]
        [InlineData(Ws2019, Ws2025, false, false)]
        [InlineData(Ws2019, Ws2022, false, false)]
        [InlineData(Ws2019, Ws2019, true, true)]
        [InlineData(Ws2019, Ws2016, true, false)]
        [InlineData(Ws2016, Ws2025, false, false)]
        [InlineData(Ws2016, Ws2022, false, false)]
        [InlineData(Ws2016, Ws2019, false, false)]
        [InlineData(Ws2016, Ws2016, true, true)]
        // Windows 10 (19041..19045): 2019 and 2016 Hyper-V only; 2022 and 2025 not at all.
        [InlineData(19045, Ws2019, true, false)]
        [InlineData(19045, Ws2016, true, false)]
        [InlineData(19045, Ws2022, false, false)]
        [InlineData(19045, Ws2025, false, false)]
        [InlineData(19041, Ws2019, true, false)]
        [InlineData(19041, Ws2016, true, false)]
        // Host < 20348: process isolation needs the exact build.
        [InlineData(19042, 19042, true, true)]
        [InlineData(19042, 19041, true, false)]
        [InlineData(19041, 19042, false, false)]
        [InlineData(18363, 18362, true, false)]
        [InlineData(18362, 18362, true, true)]
        [InlineData(17134, 16299, true, false)]
        [InlineData(17763, 17134, true, false)]
        // Hosts between the LTSC builds: Windows 11 21H2/22H2/23H2 and Windows Server 23H2 run ltsc2022 images.
        [InlineData(22000, Ws2022, true, true)]
        [InlineData(22621, Ws2022, true, true)]
        [InlineData(22631, Ws2022, true, true)]
        [InlineData(22631, Ws2025, false, false)]
        [InlineData(22631, Ws2019, true, false)]
        [InlineData(22631, 22000, true, true)]
        [InlineData(25398, Ws2022, true, true)]
        [InlineData(25398, Ws2025, false, false)]
        [InlineData(25398, Ws2019, true, false)]
        [InlineData(25398, 22631, true, true)]
        // Above 26100 the window is [20348, host].
        [InlineData(26200, Ws2025, true, true)]
        [InlineData(26200, Ws2022, true, true)]
        [InlineData(26200, 26300, false, false)]
        [InlineData(26200, Ws2019, true, false)]
        public void Matrix(int host, int image, bool hyperV, bool process)
        {
            Assert.Equal(hyperV, HostCompatibility.CanRun(host, image, IsolationMode.HyperV));
            Assert.Equal(process, HostCompatibility.CanRun(host, image, IsolationMode.Process));
        }

        // The same cells, with hosts named as users write them in host_os.
        [Theory]
        [InlineData("windows-11-24h2", "ltsc2025", true, true)]
        [InlineData("windows-11-24h2", "ltsc2022", true, true)]
        [InlineData("windows-11-24h2", "ltsc2019", true, false)]
        [InlineData("windows-11-24h2", "ltsc2016", true, false)]
        [InlineData("windows-11-23h2", "ltsc2022", true, true)]
        [InlineData("windows-11-23h2", "ltsc2025", false, false)]
        [InlineData("windows-11-21h2", "ltsc2022", true, true)]
        [InlineData("windows-server-23h2", "ltsc2022", true, true)]
        [InlineData("windows-server-23h2", "ltsc2025", false, false)]
        [InlineData("windows-10-22h2", "ltsc2019", true, false)]
        [InlineData("windows-10-22h2", "ltsc2016", true, false)]
        [InlineData("windows-10-22h2", "ltsc2022", false, false)]
        [InlineData("windows-10-1809", "1809", true, true)]
        [InlineData("windows-10-1809", "ltsc2016", true, false)]
        [InlineData("windows-server-2025", "ltsc2022", true, true)]
        [InlineData("windows-server-2022", "ltsc2025", false, false)]
        [InlineData("ltsc2019", "sac2016", true, false)]
        [InlineData("20h2", "2004", true, false)]
        public void Matrix_by_name(string hostName, string imageToken, bool hyperV, bool process)
        {
            Assert.True(WindowsReleases.TryParseHost(hostName, out HostOs host));
            Assert.True(WindowsReleases.TryGetBuildOfReleaseToken(imageToken, out int image));
            Assert.Equal(hyperV, HostCompatibility.CanRun(host.Build, image, IsolationMode.HyperV));
            Assert.Equal(process, HostCompatibility.CanRun(host.Build, image, IsolationMode.Process));
        }

        [Theory]
        [InlineData(0, 0)]
        [InlineData(-1, -1)]
        [InlineData(20348, 0)]
        [InlineData(0, 20348)]
        [InlineData(int.MinValue, int.MinValue)]
        public void Nonsense_builds_run_nothing(int host, int image)
        {
            Assert.False(HostCompatibility.CanRun(host, image, IsolationMode.HyperV));
            Assert.False(HostCompatibility.CanRun(host, image, IsolationMode.Process));
        }

        [Theory]
        [InlineData(Ws2025, IsolationMode.Process, Ws2025)]
        [InlineData(Ws2025, IsolationMode.HyperV, Ws2025)]
        [InlineData(Ws2022, IsolationMode.Process, Ws2022)]
        [InlineData(Ws2022, IsolationMode.HyperV, Ws2022)]
        [InlineData(Ws2019, IsolationMode.Process, Ws2019)]
        [InlineData(Ws2019, IsolationMode.HyperV, Ws2019)]
        [InlineData(Ws2016, IsolationMode.Process, Ws2016)]
        [InlineData(Ws2016, IsolationMode.HyperV, Ws2016)]
        [InlineData(22631, IsolationMode.Process, Ws2022)]
        [InlineData(22631, IsolationMode.HyperV, Ws2022)]
        [InlineData(25398, IsolationMode.Process, Ws2022)]
        [InlineData(19045, IsolationMode.HyperV, 19042)]
        [InlineData(19042, IsolationMode.Process, 19042)]
        [InlineData(26200, IsolationMode.Process, Ws2025)]
        public void Newest_runnable_image_build(int host, object isolation, int expected)
        {
            Assert.Equal(expected, HostCompatibility.NewestRunnableImageBuild(host, (IsolationMode)isolation));
        }

        [Theory]
        [InlineData(19045, IsolationMode.Process)] // Windows 10 22H2: no image has its build
        [InlineData(19043, IsolationMode.Process)]
        [InlineData(10240, IsolationMode.Process)]
        [InlineData(10240, IsolationMode.HyperV)]
        [InlineData(0, IsolationMode.HyperV)]
        [InlineData(-5, IsolationMode.Process)]
        public void No_runnable_image_build(int host, object isolation)
        {
            Assert.Null(HostCompatibility.NewestRunnableImageBuild(host, (IsolationMode)isolation));
        }
    }
}
