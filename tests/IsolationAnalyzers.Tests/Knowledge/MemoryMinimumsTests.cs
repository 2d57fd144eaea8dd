using IsolationAnalyzers.Knowledge;
using Xunit;

namespace IsolationAnalyzers.Tests.Knowledge
{
    public class MemoryMinimumsTests
    {
        private const long MB = 1024L * 1024;

        // windows-containers.md §4: the larger row per base (Nano 40/130, Server Core and anything else 50/360).
        [Theory]
        [InlineData(WindowsBase.NanoServer, IsolationMode.Process, 40)]
        [InlineData(WindowsBase.NanoServer, IsolationMode.HyperV, 130)]
        [InlineData(WindowsBase.ServerCore, IsolationMode.Process, 50)]
        [InlineData(WindowsBase.ServerCore, IsolationMode.HyperV, 360)]
        [InlineData(WindowsBase.Unknown, IsolationMode.Process, 50)]
        [InlineData(WindowsBase.Unknown, IsolationMode.HyperV, 360)]
        public void Minimum_per_base_and_isolation(object @base, object isolation, long megabytes)
        {
            Assert.Equal(megabytes * MB, MemoryMinimums.WindowsMinimumBytes((WindowsBase)@base, (IsolationMode)isolation));
        }

        [Theory]
        [InlineData(WindowsBase.NanoServer, 40)]
        [InlineData(WindowsBase.ServerCore, 50)]
        [InlineData(WindowsBase.Unknown, 50)]
        public void Unknown_isolation_takes_the_smaller_minimum(object @base, long megabytes)
        {
            Assert.Equal(megabytes * MB, MemoryMinimums.WindowsMinimumBytes((WindowsBase)@base, null));
        }

        [Fact]
        public void Linux_minimum_is_6_MB_in_bytes()
        {
            Assert.Equal(6_291_456L, MemoryMinimums.LinuxMinimumBytes);
        }

        [Fact]
        public void Out_of_range_enum_values_do_not_throw()
        {
            Assert.Equal(50 * MB, MemoryMinimums.WindowsMinimumBytes((WindowsBase)42, (IsolationMode)42));
        }
    }
}
