using System.Collections.Generic;
using k8s.Models;

namespace KubernetesOperator
{
    /// <summary>Runs tenants' images as Jobs and CronJobs. Tenant code is not trusted: it needs Hyper-V isolation.</summary>
    [UntrustedWorkload]
    public sealed class TenantJobOperator
    {
        /// <summary>A one-off job in the cluster's Hyper-V RuntimeClass: isolated, and sized for its utility VM.</summary>
        public V1Job RunOnce(string tenant, string image) => new V1Job
        {
            Metadata = new V1ObjectMeta { Name = "job-" + tenant },
            Spec = new V1JobSpec
            {
                Template = new V1PodTemplateSpec
                {
                    Spec = new V1PodSpec
                    {
                        RuntimeClassName = "windows-hyperv",
                        RestartPolicy = "Never",
                        NodeSelector = new Dictionary<string, string> { ["kubernetes.io/os"] = "windows" },
                        Containers =
                        [
                            new V1Container
                            {
                                Name = "job",
                                Image = image,
                                Resources = new V1ResourceRequirements { Limits = new Dictionary<string, ResourceQuantity> { ["memory"] = "2Gi" } },
                            },
                        ],
                    },
                },
            },
        };

        /// <summary>The virus scan every upload goes through, in the Hyper-V RuntimeClass: its utility VM needs more memory.</summary>
        public V1Job Scan(string tenant) => new V1Job
        {
            Metadata = new V1ObjectMeta { Name = "scan-" + tenant },
            Spec = new V1JobSpec
            {
                Template = new V1PodTemplateSpec
                {
                    Spec = new V1PodSpec
                    {
                        RuntimeClassName = "windows-hyperv",
                        RestartPolicy = "Never",
                        NodeSelector = new Dictionary<string, string> { ["kubernetes.io/os"] = "windows" },
                        Containers =
                        [
                            new V1Container
                            {
                                Name = "scan",
                                Image = "contoso.azurecr.io/scanner:5.1-nanoserver-ltsc2022",
                                Resources = new V1ResourceRequirements { Limits = new Dictionary<string, ResourceQuantity> { ["memory"] = "64Mi" } }, // expect: ISO0009
                            },
                        ],
                    },
                },
            },
        };

        /// <summary>A nightly job that was put in the default (process-isolated) RuntimeClass by mistake.</summary>
        public V1CronJob Nightly(string tenant, string image)
        {
            var spec = new V1PodSpec { RestartPolicy = "OnFailure" };
            spec.RuntimeClassName = "runhcs-wcow-process"; // expect: ISO0004
            spec.NodeSelector = new Dictionary<string, string> { ["kubernetes.io/os"] = "windows" };
            spec.Containers = [new V1Container { Name = "nightly", Image = image }];
            return new V1CronJob
            {
                Metadata = new V1ObjectMeta { Name = "nightly-" + tenant },
                Spec = new V1CronJobSpec
                {
                    Schedule = "0 2 * * *",
                    JobTemplate = new V1JobTemplateSpec { Spec = new V1JobSpec { Template = new V1PodTemplateSpec { Spec = spec } } },
                },
            };
        }

        /// <summary>A tenant's web hook as a bare pod: no RuntimeClass at all.</summary>
        public V1Pod Hook(string tenant, string image) => new V1Pod
        {
            Metadata = new V1ObjectMeta { Name = "hook-" + tenant },
            Spec = new V1PodSpec
            {
                NodeSelector = new Dictionary<string, string> { ["kubernetes.io/os"] = "windows" },
                Containers = [new V1Container { Name = "hook", Image = image }], // expect: ISO0004
            },
        };
    }
}
