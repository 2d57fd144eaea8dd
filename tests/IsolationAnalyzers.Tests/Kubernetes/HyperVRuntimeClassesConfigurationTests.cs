using System.Threading.Tasks;
using IsolationAnalyzers.Configuration;
using IsolationAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace IsolationAnalyzers.Tests.Kubernetes
{
    /// <summary><c>isolation_analyzers.hyperv_runtime_classes</c> / <c>ContainerHyperVRuntimeClasses</c> (rules.md §3).</summary>
    public class HyperVRuntimeClassesConfigurationTests
    {
        private const string Key = IsolationSettings.HyperVRuntimeClassesKey;

        // An untrusted pod in RuntimeClass 'sandbox': ISO0004 fires unless 'sandbox' is a Hyper-V class.
        private const string Source = KubernetesLaunchTests.Usings + """
            class Operator
            {
                V1PodSpec A() => new V1PodSpec
                {
                    NodeSelector = new Dictionary<string, string> { ["kubernetes.io/os"] = "windows" },
                    RuntimeClassName = {|#0:"sandbox"|},
                    Containers = [new V1Container { Image = "mcr.microsoft.com/windows/servercore:ltsc2022" }],
                };
            }
            """;

        private const string Untrusted = "isolation_analyzers.workload_trust = untrusted\n";

        [Fact]
        public void Default_IsTheHyperVHandlerName()
        {
            Assert.Equal(new[] { "runhcs-wcow-hypervisor" }, IsolationSettings.Empty.HyperVRuntimeClasses);
            Assert.Equal(new[] { "runhcs-wcow-hypervisor" }, IsolationSettings.Parse("ltsc2022", null, null, null).HyperVRuntimeClasses);
        }

        [Theory]
        [InlineData("sandbox", new[] { "sandbox" })]
        [InlineData(" sandbox , windows-hyperv.contoso.com ", new[] { "sandbox", "windows-hyperv.contoso.com" })]
        [InlineData("sandbox,sandbox", new[] { "sandbox" })]
        [InlineData("a,,b", new[] { "a", "b" })]
        public void Parses_a_list_of_names(string value, string[] expected)
        {
            var settings = IsolationSettings.Parse(null, null, null, null, value);
            Assert.Empty(settings.Errors);
            Assert.Equal(expected, settings.HyperVRuntimeClasses);
        }

        [Theory]
        [InlineData("Sandbox")]
        [InlineData("sandbox, hyper_v")]
        [InlineData("-sandbox")]
        [InlineData(",")]
        [InlineData("sandbox; windows")]
        public void Invalid_value_is_an_error_and_the_default_applies(string value)
        {
            var settings = IsolationSettings.Parse(null, null, null, null, value);
            var error = Assert.Single(settings.Errors);
            Assert.Equal(Key, error.Key);
            Assert.Equal(value, error.Value);
            Assert.Equal(new[] { "runhcs-wcow-hypervisor" }, settings.HyperVRuntimeClasses);
        }

        [Fact]
        public Task ConfiguredName_IsHyperV()
        {
            return Verify.Analyzer(Source, Untrusted + Key + " = sandbox", DockerLibrary.Kubernetes);
        }

        [Fact]
        public Task Unset_TheDefaultNameOnlyIsHyperV()
        {
            return Verify.Analyzer(
                Source,
                Untrusted,
                DockerLibrary.Kubernetes,
                new DiagnosticResult("ISO0004", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations)
                    .WithArguments("workload_trust = untrusted", " (RuntimeClass 'sandbox' is not in hyperv_runtime_classes: runhcs-wcow-hypervisor)", ""));
        }

        [Fact]
        public Task InvalidValue_ReportsISO0099_AndIsTreatedAsUnset()
        {
            return Verify.Analyzer(
                Source,
                Untrusted + Key + " = Sandbox",
                DockerLibrary.Kubernetes,
                DiagnosticResult.CompilerWarning("ISO0099").WithArguments(Key, "Sandbox", IsolationSettings.AcceptedHyperVRuntimeClasses),
                new DiagnosticResult("ISO0004", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations)
                    .WithArguments("workload_trust = untrusted", " (RuntimeClass 'sandbox' is not in hyperv_runtime_classes: runhcs-wcow-hypervisor)", ""));
        }

        [Fact]
        public Task InvalidMsBuildProperty_IsReported()
        {
            return Verify.Analyzer(
                "class Empty { }",
                "build_property.ContainerHyperVRuntimeClasses = hyperv/isolated",
                DockerLibrary.None,
                DiagnosticResult.CompilerWarning("ISO0099").WithArguments(Key, "hyperv/isolated", IsolationSettings.AcceptedHyperVRuntimeClasses));
        }

        [Fact]
        public Task MsBuildProperty_IsRead()
        {
            return Verify.Analyzer(Source, Untrusted + "build_property.ContainerHyperVRuntimeClasses = sandbox", DockerLibrary.Kubernetes);
        }
    }
}
