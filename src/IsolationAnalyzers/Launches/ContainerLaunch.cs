using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace IsolationAnalyzers.Launches
{
    /// <summary>Where a launch came from.</summary>
    internal enum LaunchSurface
    {
        DockerDotNet,
        DockerCli,
        Testcontainers,
        SwarmService,
    }

    /// <summary>
    /// The neutral model of one place that creates a container (rules.md §1). Recognizers build it; rules read it.
    /// An empty value array means the setting is not given at all.
    /// </summary>
    internal sealed class ContainerLaunch
    {
        public ContainerLaunch(
            LaunchSurface surface,
            Location creation,
            bool hasImage,
            ImmutableArray<LaunchValue> images,
            ImmutableArray<LaunchValue> platforms,
            ImmutableArray<LaunchValue> isolation,
            LaunchEdit isolationEdit)
        {
            Surface = surface;
            Creation = creation;
            HasImage = hasImage;
            Images = images;
            Platforms = platforms;
            Isolation = isolation;
            IsolationEdit = isolationEdit;
        }

        public LaunchSurface Surface { get; }

        /// <summary>The creation expression a launch-level diagnostic (ISO0001) is reported on.</summary>
        public Location Creation { get; }

        /// <summary>False for settings objects that are not attached to a launch (a lone HostConfig): value rules only.</summary>
        public bool HasImage { get; }

        public ImmutableArray<LaunchValue> Images { get; }

        public ImmutableArray<LaunchValue> Platforms { get; }

        public ImmutableArray<LaunchValue> Isolation { get; }

        /// <summary>How a fix gives this launch an isolation value (when it has none, or to replace the only one).</summary>
        public LaunchEdit IsolationEdit { get; }
    }
}
