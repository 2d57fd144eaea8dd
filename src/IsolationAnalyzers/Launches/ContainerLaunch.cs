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

    /// <summary>How a code fix can give a launch an isolation value.</summary>
    internal enum IsolationEditKind
    {
        /// <summary>No safe edit is known (the settings object comes from elsewhere).</summary>
        None,

        /// <summary>Add <c>Isolation = "…"</c> to the object creation at the anchor (HostConfig, ContainerSpec).</summary>
        AddToInitializer,

        /// <summary>Add <c>HostConfig = new HostConfig { Isolation = "…" }</c> to the CreateContainerParameters creation at the anchor.</summary>
        AddHostConfig,

        /// <summary>Replace the isolation value expression at the anchor.</summary>
        ReplaceValue,
    }

    /// <summary>The edit a "Use … isolation" fix makes, decided by the recognizer (which knows the syntax).</summary>
    internal readonly struct IsolationEdit
    {
        public IsolationEdit(IsolationEditKind kind, Location? anchor)
        {
            Kind = anchor is null ? IsolationEditKind.None : kind;
            Anchor = anchor;
        }

        public IsolationEditKind Kind { get; }

        public Location? Anchor { get; }

        public static IsolationEdit None => new IsolationEdit(IsolationEditKind.None, null);
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
            IsolationEdit isolationEdit)
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

        public IsolationEdit IsolationEdit { get; }
    }
}
