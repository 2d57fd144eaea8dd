using System.Threading.Tasks;
using IsolationAnalyzers.Tests.Aspire;
using IsolationAnalyzers.Tests.Kubernetes;
using IsolationAnalyzers.Tests.Verifiers;
using Xunit;

namespace IsolationAnalyzers.Tests.Flow
{
    /// <summary>
    /// rules.md §1.2 on the Aspire and Kubernetes surfaces: their recognizers read values through the same resolver,
    /// so members of other classes are known where a resource or a pod uses them, and reported there.
    /// </summary>
    public class SurfaceFlowTests
    {
        private const string Ltsc2022Host = "isolation_analyzers.host_os = ltsc2022";

        [Fact]
        public Task Aspire_Members()
        {
            return Verify.Analyzer(
                AspireLaunchTests.Usings + """
                static class Images
                {
                    public static readonly string Agent = "mcr.microsoft.com/windows/servercore:ltsc2022";
                    public static string Next { get; } = "mcr.microsoft.com/windows/servercore:ltsc2025";
                    public static string Repository => "mcr.microsoft.com/windows/servercore";
                    public static string Tag(bool next) => next ? "ltsc2025" : "ltsc2022";
                }

                static class RuntimeArguments
                {
                    public static readonly string Sandboxed = "--isolation=hyper-v";
                    public static readonly string Memory = "--memory=256m";
                }

                class AppModel
                {
                    void M(IDistributedApplicationBuilder builder, bool next)
                    {
                        builder.AddContainer("a", {|ISO0001:Images.Agent|});
                        builder.AddContainer("b", {|ISO0003:Images.Next|}).WithContainerRuntimeArgs("--isolation=hyperv");
                        builder.AddContainer("c", {|ISO0003:Images.Repository|}, Images.Tag(next)).WithContainerRuntimeArgs("--isolation=hyperv");
                        builder.AddContainer("d", Images.Agent).WithContainerRuntimeArgs({|ISO0005:RuntimeArguments.Sandboxed|});
                        builder.AddContainer("e", Images.Agent).WithContainerRuntimeArgs("--isolation=hyperv", {|ISO0009:RuntimeArguments.Memory|});
                    }
                }
                """,
                Ltsc2022Host,
                DockerLibrary.Aspire);
        }

        [Fact]
        public Task Aspire_Members_EveryRule()
        {
            return Verify.Analyzer(
                AspireLaunchTests.Usings + """
                static class Images
                {
                    public static readonly string Legacy = "mcr.microsoft.com/windows/servercore:ltsc2019";
                    public static readonly string Unpinned = "mcr.microsoft.com/windows/nanoserver";
                    public static readonly string Cache = "redis:7-alpine";
                }

                static class RuntimeArguments
                {
                    public static readonly string SharedKernel = "--isolation=process";
                    public static readonly string Sandboxed = "--isolation=HyperV";
                    public static readonly string Swap = "--memory-swap=4g";
                }

                class AppModel
                {
                    void M(IDistributedApplicationBuilder builder)
                    {
                        builder.AddContainer("a", Images.Legacy).WithContainerRuntimeArgs({|ISO0002:RuntimeArguments.SharedKernel|});
                        builder.AddContainer("b", Images.Legacy).WithContainerRuntimeArgs({|ISO0006:RuntimeArguments.Sandboxed|});
                        builder.AddContainer("c", Images.Cache).WithContainerRuntimeArgs({|ISO0007:"--isolation=hyperv"|});
                        builder.AddContainer("d", {|ISO0008:Images.Unpinned|}).WithContainerRuntimeArgs("--isolation=hyperv");
                        builder.AddContainer("e", "mcr.microsoft.com/windows/servercore:ltsc2022").WithContainerRuntimeArgs("--isolation=process", {|ISO0010:RuntimeArguments.Swap|});
                    }

                    [UntrustedWorkload]
                    void Tenants(IDistributedApplicationBuilder builder) =>
                        builder.AddContainer("tenant", {|ISO0004:Images.Legacy|});
                }

                [System.AttributeUsage(System.AttributeTargets.All)]
                sealed class UntrustedWorkloadAttribute : System.Attribute { }
                """,
                Ltsc2022Host,
                DockerLibrary.Aspire);
        }

        [Fact]
        public Task Aspire_Helpers()
        {
            return Verify.Analyzer(
                AspireLaunchTests.Usings + """
                static class Resources
                {
                    public static IResourceBuilder<ContainerResource> AddAgent(IDistributedApplicationBuilder builder, string image) =>
                        builder.AddContainer("agent", image);

                    public static IResourceBuilder<ContainerResource> AddTool(IDistributedApplicationBuilder builder, string image, string isolation) =>
                        builder.AddContainer("tool", image).WithContainerRuntimeArgs("--isolation=" + isolation);
                }

                class AppModel
                {
                    void M(IDistributedApplicationBuilder builder)
                    {
                        Resources.AddAgent(builder, {|ISO0001:"mcr.microsoft.com/windows/servercore:ltsc2022"|});
                        Resources.AddAgent(builder, "redis:7-alpine");
                        Resources.AddTool(builder, "mcr.microsoft.com/windows/servercore:ltsc2019", {|ISO0002:"process"|});
                        Resources.AddTool(builder, "mcr.microsoft.com/windows/servercore:ltsc2022", {|ISO0005:"hyper-v"|});
                    }
                }
                """,
                Ltsc2022Host,
                DockerLibrary.Aspire);
        }

        [Fact]
        public Task Kubernetes_Members()
        {
            return Verify.Analyzer(
                KubernetesLaunchTests.Usings + """
                static class Images
                {
                    public static readonly string Agent = "mcr.microsoft.com/windows/servercore:ltsc2022";
                    public static string Legacy { get; } = "mcr.microsoft.com/windows/servercore:ltsc2019";
                }

                static class Cluster
                {
                    public const string HyperV = "runhcs-wcow-hypervisor";
                    public static readonly string Process = "windows-process";
                    public static readonly string Small = "16Mi";
                }

                class Operator
                {
                    V1PodSpec A() => new V1PodSpec { Containers = [new V1Container { Image = {|ISO0011:Images.Agent|} }] };

                    V1PodSpec B() => new V1PodSpec
                    {
                        NodeSelector = new Dictionary<string, string> { ["kubernetes.io/os"] = "windows" },
                        RuntimeClassName = Cluster.Process,
                        Containers = [new V1Container { Image = {|ISO0002:Images.Legacy|} }],
                    };

                    V1PodSpec C() => new V1PodSpec
                    {
                        NodeSelector = new Dictionary<string, string> { ["kubernetes.io/os"] = "windows" },
                        RuntimeClassName = Cluster.HyperV,
                        Containers = [new V1Container { Image = Images.Legacy, Resources = new V1ResourceRequirements { Limits = new Dictionary<string, ResourceQuantity> { ["memory"] = new ResourceQuantity({|ISO0009:Cluster.Small|}) } } }],
                    };
                }
                """,
                Ltsc2022Host,
                DockerLibrary.Kubernetes);
        }

        [Fact]
        public Task Kubernetes_Members_ImageRulesAndTrust()
        {
            return Verify.Analyzer(
                KubernetesLaunchTests.Usings + """
                static class Images
                {
                    public static readonly string Next = "mcr.microsoft.com/windows/servercore:ltsc2025";
                    public static string Unpinned => "mcr.microsoft.com/windows/servercore";
                }

                class Operator
                {
                    V1PodSpec A() => new V1PodSpec
                    {
                        NodeSelector = new Dictionary<string, string> { ["kubernetes.io/os"] = "windows" },
                        RuntimeClassName = "runhcs-wcow-hypervisor",
                        Containers = [new V1Container { Image = {|ISO0003:Images.Next|} }, new V1Container { Image = {|ISO0008:Images.Unpinned|} }],
                    };

                    // Untrusted: no Hyper-V RuntimeClass, so ISO0004 on the image (the member use).
                    V1PodSpec B() => new V1PodSpec
                    {
                        NodeSelector = new Dictionary<string, string> { ["kubernetes.io/os"] = "windows" },
                        Containers = [new V1Container { Image = {|ISO0004:{|ISO0008:Images.Unpinned|}|} }],
                    };
                }
                """,
                Ltsc2022Host + "\nisolation_analyzers.workload_trust = untrusted",
                DockerLibrary.Kubernetes);
        }

        [Fact]
        public Task Kubernetes_Helpers()
        {
            return Verify.Analyzer(
                KubernetesLaunchTests.Usings + """
                static class Pods
                {
                    public static V1Pod Windows(string image) => new V1Pod
                    {
                        Spec = new V1PodSpec { Containers = [new V1Container { Name = "main", Image = image }] },
                    };

                    public static V1PodSpec OnWindowsNodes(string image, string runtimeClass) => new V1PodSpec
                    {
                        NodeSelector = new Dictionary<string, string> { ["kubernetes.io/os"] = "windows" },
                        RuntimeClassName = runtimeClass,
                        Containers = [new V1Container { Name = "main", Image = image }],
                    };
                }

                class Operator
                {
                    V1Pod A() => Pods.Windows({|ISO0011:"mcr.microsoft.com/windows/servercore:ltsc2022"|});
                    V1Pod B() => Pods.Windows("redis:7-alpine");

                    // The image decides: reported on it, as in one method.
                    V1PodSpec C() => Pods.OnWindowsNodes({|ISO0002:"mcr.microsoft.com/windows/servercore:ltsc2019"|}, "windows-process");
                    V1PodSpec D() => Pods.OnWindowsNodes("mcr.microsoft.com/windows/servercore:ltsc2019", "runhcs-wcow-hypervisor");
                    V1PodSpec E() => Pods.OnWindowsNodes("mcr.microsoft.com/windows/servercore:ltsc2022", "windows-process");
                }
                """,
                Ltsc2022Host,
                DockerLibrary.Kubernetes);
        }
    }
}
