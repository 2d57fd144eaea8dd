using System.Globalization;

namespace IsolationAnalyzers.Knowledge
{
    /// <summary>
    /// What Kubernetes says about Windows nodes (windows-containers.md §6): the labels the kubelet puts on them, the
    /// RuntimeClass handler for Hyper-V isolation, and the form of RuntimeClass names.
    /// </summary>
    internal static class KubernetesNodes
    {
        /// <summary>The node label with the node's OS (<c>windows</c>, <c>linux</c>).</summary>
        public const string OsLabel = "kubernetes.io/os";

        /// <summary>The node label with a Windows node's build, <c>10.0.&lt;build&gt;</c>.</summary>
        public const string WindowsBuildLabel = "node.kubernetes.io/windows-build";

        public const string WindowsOs = "windows";

        /// <summary>The containerd handler that runs a pod Hyper-V isolated; examples name the RuntimeClass after it.</summary>
        public const string HyperVHandler = "runhcs-wcow-hypervisor";

        /// <summary>The <c>windows-build</c> label value of the nodes that run an OS build (<c>10.0.20348</c>).</summary>
        public static string WindowsBuildLabelValue(int build) => "10.0." + build.ToString(CultureInfo.InvariantCulture);

        /// <summary>
        /// A DNS-1123 subdomain, the form of a RuntimeClass name: at most 253 characters, dot-separated parts of lower
        /// case letters, digits and '-', each starting and ending with a letter or digit (apimachinery <c>IsDNS1123Subdomain</c>).
        /// </summary>
        public static bool IsRuntimeClassName(string? name)
        {
            if (name is null || name.Length == 0 || name.Length > 253)
            {
                return false;
            }

            var labelLength = 0;
            var previous = '.';
            foreach (var c in name)
            {
                if (c == '.')
                {
                    if (labelLength == 0 || previous == '-')
                    {
                        return false;
                    }

                    labelLength = 0;
                }
                else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
                {
                    labelLength++;
                }
                else if (c == '-' && labelLength > 0)
                {
                    labelLength++;
                }
                else
                {
                    return false;
                }

                previous = c;
            }

            return labelLength > 0 && previous != '-';
        }
    }
}
