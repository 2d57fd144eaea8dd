using IsolationAnalyzers.Knowledge;
using Xunit;

namespace IsolationAnalyzers.Tests.Knowledge
{
    public class KubernetesNodesTests
    {
        [Theory]
        [InlineData(17763, "10.0.17763")]
        [InlineData(20348, "10.0.20348")]
        [InlineData(26100, "10.0.26100")]
        public void Windows_build_label_is_10_0_build(int build, string label)
        {
            Assert.Equal(label, KubernetesNodes.WindowsBuildLabelValue(build));
        }

        [Theory]
        [InlineData("runhcs-wcow-hypervisor")]
        [InlineData("hyperv")]
        [InlineData("a")]
        [InlineData("0")]
        [InlineData("windows.hyperv-2022")]
        [InlineData("a.b.c")]
        [InlineData("x-1.y-2")]
        public void Valid_runtime_class_names(string name)
        {
            Assert.True(KubernetesNodes.IsRuntimeClassName(name));
        }

        [Theory]
        [InlineData(null)]
        [InlineData("")]
        [InlineData("Runhcs-Wcow-Hypervisor")]
        [InlineData("-hyperv")]
        [InlineData("hyperv-")]
        [InlineData("hyper_v")]
        [InlineData("hyper v")]
        [InlineData(".hyperv")]
        [InlineData("hyperv.")]
        [InlineData("a..b")]
        [InlineData("a-.b")]
        [InlineData("a.-b")]
        [InlineData("hyperv/2022")]
        public void Invalid_runtime_class_names(string? name)
        {
            Assert.False(KubernetesNodes.IsRuntimeClassName(name));
        }

        [Fact]
        public void Runtime_class_names_are_at_most_253_characters()
        {
            Assert.True(KubernetesNodes.IsRuntimeClassName(new string('a', 253)));
            Assert.False(KubernetesNodes.IsRuntimeClassName(new string('a', 254)));
        }
    }
}
