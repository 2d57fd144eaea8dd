using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using IsolationAnalyzers.Configuration;
using IsolationAnalyzers.Knowledge;
using IsolationAnalyzers.Launches;

namespace IsolationAnalyzers.Rules
{
    /// <summary>A known image value with what the knowledge layer says of it.</summary>
    internal readonly struct ClassifiedImage
    {
        public ClassifiedImage(LaunchValue value, ImageReference reference, ImageClassification classification)
        {
            Value = value;
            Reference = reference;
            Classification = classification;
        }

        public LaunchValue Value { get; }

        public ImageReference Reference { get; }

        public ImageClassification Classification { get; }
    }

    /// <summary>
    /// What every rule needs to know of one launch under one configuration, derived once (rules.md §2, §5.1).
    /// </summary>
    internal sealed class LaunchFacts
    {
        public LaunchFacts(ContainerLaunch launch, IsolationSettings settings, TrustEvidence trust = default)
        {
            Launch = launch;
            Settings = settings;
            Trust = trust;

            foreach (var platform in launch.Platforms)
            {
                if (platform.IsKnown && !string.IsNullOrEmpty(platform.Text))
                {
                    Platform = platform.Text;
                    break;
                }
            }

            // Sized to the launch's images (a builder's default holds eight of these large structs, a kilobyte and
            // more for each of the launch's facts, which are made again for every call of a helper).
            var images = ImmutableArray.CreateBuilder<ClassifiedImage>(launch.Images.Length);
            foreach (var image in launch.Images)
            {
                if (image.IsKnown && ImageReference.Parse(image.Text) is { } reference)
                {
                    images.Add(new ClassifiedImage(image, reference, ImageClassifier.Classify(reference, Platform)));
                }
            }

            Images = images.Count == images.Capacity ? images.MoveToImmutable() : images.ToImmutable();

            IsolationAbsent = true;
            HasAbsentIsolation = launch.Isolation.IsEmpty;
            foreach (var value in launch.Isolation)
            {
                if (!value.IsKnown)
                {
                    IsolationAbsent = false;
                    IsolationHasUnknown = true;
                    continue;
                }

                switch (IsolationValues.Classify(value.Text))
                {
                    case IsolationValueKind.Absent:
                        HasAbsentIsolation = true;
                        break;
                    case IsolationValueKind.Process:
                        IsolationAbsent = false;
                        ExplicitProcess.Add(value);
                        break;
                    case IsolationValueKind.HyperV:
                        IsolationAbsent = false;
                        ExplicitHyperV = true;
                        break;
                    default:
                        IsolationAbsent = false;
                        break;
                }
            }

            Hosts = settings.Hosts;
            if (launch.Scheduling is { } pod)
            {
                // Kubernetes (rules.md §1.1): the pod's RuntimeClass decides the isolation, no daemon default applies,
                // and a windows-build node selector names the hosts.
                IsolationAbsent = false;
                HasAbsentIsolation = false;
                ReadRuntimeClass(pod, settings);
                Hosts = PodHosts(pod, settings);
            }
        }

        public ContainerLaunch Launch { get; }

        public IsolationSettings Settings { get; }

        /// <summary>The trust markers the code carries (attributes on the image parameter, method or type).</summary>
        public TrustEvidence Trust { get; }

        /// <summary>Some possible value means "daemon default" (or none is given at all).</summary>
        public bool HasAbsentIsolation { get; }

        /// <summary>Some possible isolation is Hyper-V: explicitly, or through the configured default where absent.</summary>
        public bool CanBeHyperV => ExplicitHyperV || (HasAbsentIsolation && Settings.DefaultIsolation == IsolationMode.HyperV);

        /// <summary>Some possible isolation is process: explicitly, by the pod's runtime, or through the configured default where absent.</summary>
        public bool CanBeProcess => ExplicitProcess.Count > 0 || ProcessByRuntime || (HasAbsentIsolation && Settings.DefaultIsolation == IsolationMode.Process);

        /// <summary>
        /// The hosts the launch runs on: those of <c>host_os</c>, or for a pod those its windows-build node selector names
        /// (none, so no host rule fires, when the pod or its selector is not known).
        /// </summary>
        public ImmutableArray<HostOs> Hosts { get; }

        /// <summary>A pod runs process isolated: it names no RuntimeClass, or one that is not in <c>hyperv_runtime_classes</c>.</summary>
        public bool ProcessByRuntime { get; private set; }

        /// <summary>The RuntimeClass names of a pod that are not Hyper-V ones (each a reason it runs process isolated).</summary>
        public List<LaunchValue> NonHyperVRuntimeClasses { get; } = new List<LaunchValue>();

        public bool PlatformIsLinux => Platform is not null && Platform.StartsWith("linux", StringComparison.OrdinalIgnoreCase);

        /// <summary>Some known image is a Windows image.</summary>
        public bool HasWindowsImage
        {
            get
            {
                foreach (var image in Images)
                {
                    if (image.Classification.Os == ImageOs.Windows)
                    {
                        return true;
                    }
                }

                return false;
            }
        }

        /// <summary>Every possible image is Linux (and there is at least one), or the platform is linux.</summary>
        public bool IsLinux
        {
            get
            {
                if (PlatformIsLinux)
                {
                    return true;
                }

                if (Images.IsEmpty || Images.Length != Launch.Images.Length)
                {
                    return false;
                }

                foreach (var image in Images)
                {
                    if (image.Classification.Os != ImageOs.Linux)
                    {
                        return false;
                    }
                }

                return true;
            }
        }

        /// <summary>rules.md §2: the image is Windows, the platform is windows, or an isolation value is process/hyperv.</summary>
        public bool TargetsWindows => HasWindowsImage || PlatformIsWindows || ExplicitProcess.Count > 0 || ExplicitHyperV;

        /// <summary>The first known, non-empty platform (<c>windows/amd64</c>, <c>linux</c>), or null.</summary>
        public string? Platform { get; }

        /// <summary>The known, parseable image values.</summary>
        public ImmutableArray<ClassifiedImage> Images { get; }

        /// <summary>True when every possible isolation value means "daemon default" (or none is given).</summary>
        public bool IsolationAbsent { get; }

        public bool IsolationHasUnknown { get; private set; }

        /// <summary>The explicit values that select process isolation (any case).</summary>
        public List<LaunchValue> ExplicitProcess { get; } = new List<LaunchValue>();

        public bool ExplicitHyperV { get; private set; }

        public bool PlatformIsWindows => Platform is not null && Platform.StartsWith("windows", StringComparison.OrdinalIgnoreCase);

        /// <summary>
        /// The effective isolation can be process: explicitly, or by the configured default when none is given.
        /// Unknown never counts as process.
        /// </summary>
        public bool ProcessComesFromDefault => IsolationAbsent && Settings.DefaultIsolation == IsolationMode.Process;

        /// <summary>The configured hosts on which the image build cannot run with the given isolation.</summary>
        public List<HostOs> HostsThatCannotRun(int imageBuild, IsolationMode isolation)
        {
            var failing = new List<HostOs>();
            foreach (var host in Hosts)
            {
                if (!HostCompatibility.CanRun(host.Build, imageBuild, isolation))
                {
                    failing.Add(host);
                }
            }

            return failing;
        }

        /// <summary>The configured hosts whose build is older than the image's.</summary>
        public List<HostOs> HostsOlderThan(int imageBuild)
        {
            var older = new List<HostOs>();
            foreach (var host in Hosts)
            {
                if (host.Build < imageBuild)
                {
                    older.Add(host);
                }
            }

            return older;
        }

        public static string Describe(IEnumerable<HostOs> hosts) => string.Join(", ", hosts);

        /// <summary>A pod's RuntimeClass: none (or null) is process isolation, a Hyper-V class is Hyper-V, another name process.</summary>
        private void ReadRuntimeClass(PodScheduling pod, IsolationSettings settings)
        {
            if (!pod.IsKnown)
            {
                IsolationHasUnknown = true;
                return;
            }

            ProcessByRuntime = pod.RuntimeClass.IsEmpty;
            foreach (var value in pod.RuntimeClass)
            {
                if (!value.IsKnown)
                {
                    IsolationHasUnknown = true;
                }
                else if (string.IsNullOrEmpty(value.Text))
                {
                    ProcessByRuntime = true;
                }
                else if (settings.HyperVRuntimeClasses.Contains(value.Text!))
                {
                    ExplicitHyperV = true;
                }
                else
                {
                    ProcessByRuntime = true;
                    NonHyperVRuntimeClasses.Add(value);
                }
            }
        }

        /// <summary>
        /// The hosts of a pod: each known <c>node.kubernetes.io/windows-build</c> value (<c>10.0.20348</c>), else <c>host_os</c>.
        /// An unknown pod, selector or value gives none.
        /// </summary>
        private static ImmutableArray<HostOs> PodHosts(PodScheduling pod, IsolationSettings settings)
        {
            if (pod.BuildSelector.IsEmpty)
            {
                return pod.SelectorHasUnknown ? ImmutableArray<HostOs>.Empty : settings.Hosts;
            }

            var hosts = ImmutableArray.CreateBuilder<HostOs>();
            foreach (var value in pod.BuildSelector)
            {
                if (!value.IsKnown
                    || value.Text is not { } label
                    || !label.StartsWith("10.0.", StringComparison.Ordinal)
                    || !WindowsReleases.TryParseHost(label, out var host))
                {
                    return ImmutableArray<HostOs>.Empty;
                }

                hosts.Add(new HostOs(KubernetesNodes.WindowsBuildLabel + "=" + label, host.Build));
            }

            return hosts.ToImmutable();
        }
    }
}
