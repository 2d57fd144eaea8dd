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
        Kubernetes,
        Aspire,
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

        /// <summary>
        /// For a launch in a helper that continues a caller's builder: how a fix at the call gives it an isolation
        /// (extending the builder the call passes), when <see cref="IsolationEdit"/> would edit the helper.
        /// </summary>
        public LaunchEdit CallSiteIsolationEdit { get; set; }

        /// <summary>The memory limit in bytes (<c>HostConfig.Memory</c>, <c>-m</c>, swarm <c>MemoryBytes</c>); empty when not given.</summary>
        public ImmutableArray<LaunchValue> Memory { get; init; } = ImmutableArray<LaunchValue>.Empty;

        /// <summary>Settings that Windows daemons or Hyper-V isolation reject when set (rules.md §1, windows-containers.md §5).</summary>
        public ImmutableArray<LaunchSetting> Settings { get; init; } = ImmutableArray<LaunchSetting>.Empty;

        /// <summary>
        /// For a container of a Kubernetes pod: how the pod is scheduled and which runtime runs it. Its RuntimeClass
        /// then decides the isolation (<see cref="Isolation"/> stays empty) and its node selector may name the hosts.
        /// Null on every other surface.
        /// </summary>
        public PodScheduling? Scheduling { get; init; }
    }

    /// <summary>The Windows-relevant settings besides isolation and memory.</summary>
    internal enum LaunchSettingKind
    {
        MemoryReservation,
        MemorySwap,
        MemorySwappiness,
        Device,
        NetworkMode,
    }

    /// <summary>One such setting as written, and how a fix removes it.</summary>
    internal readonly struct LaunchSetting
    {
        public LaunchSetting(LaunchSettingKind kind, LaunchValue value, LaunchEdit removal)
        {
            Kind = kind;
            Value = value;
            Removal = removal;
        }

        public LaunchSettingKind Kind { get; }

        /// <summary>The value (a number, a string such as <c>container:db</c>, or unknown).</summary>
        public LaunchValue Value { get; }

        /// <summary>How a fix deletes the setting (the assignment, or the flag and its value).</summary>
        public LaunchEdit Removal { get; }
    }
}
