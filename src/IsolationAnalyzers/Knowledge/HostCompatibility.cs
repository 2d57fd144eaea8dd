using System.Collections.Generic;

namespace IsolationAnalyzers.Knowledge
{
    /// <summary>
    /// Which image build runs on which host build (windows-containers.md §3; Microsoft "Windows container version
    /// compatibility", containerd/platforms <c>checkWindowsHostAndContainerCompat</c>).
    /// </summary>
    internal static class HostCompatibility
    {
        /// <summary>
        /// The LTSC builds from which process isolation tolerates a version window, ascending. On a host at or above
        /// one of them, process isolation runs images from the LTSC before the newest one ≤ host (or that one itself
        /// when it is the first) up to the host build.
        /// </summary>
        private static readonly int[] s_windowLtscBuilds = { 20348, 26100 };

        public static bool CanRun(int hostBuild, int imageBuild, IsolationMode isolation)
        {
            if (hostBuild <= 0 || imageBuild <= 0)
            {
                return false;
            }

            if (isolation == IsolationMode.HyperV)
            {
                // A newer image never runs on an older host; the daemon even refuses to pull it.
                return imageBuild <= hostBuild;
            }

            int newest = -1;
            for (int i = 0; i < s_windowLtscBuilds.Length; i++)
            {
                if (s_windowLtscBuilds[i] <= hostBuild)
                {
                    newest = i;
                }
            }

            if (newest < 0)
            {
                // Before Windows Server 2022, process isolation needs the exact build.
                return imageBuild == hostBuild;
            }

            int floor = s_windowLtscBuilds[newest == 0 ? 0 : newest - 1];
            return imageBuild >= floor && imageBuild <= hostBuild;
        }

        /// <summary>The newest published image build that runs on the host with that isolation, or null.</summary>
        public static int? NewestRunnableImageBuild(int hostBuild, IsolationMode isolation)
        {
            IReadOnlyList<int> builds = WindowsReleases.ImageBuilds;
            for (int i = builds.Count - 1; i >= 0; i--)
            {
                if (CanRun(hostBuild, builds[i], isolation))
                {
                    return builds[i];
                }
            }

            return null;
        }
    }
}
