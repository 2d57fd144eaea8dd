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

            var images = ImmutableArray.CreateBuilder<ClassifiedImage>();
            foreach (var image in launch.Images)
            {
                if (image.IsKnown && ImageReference.Parse(image.Text) is { } reference)
                {
                    images.Add(new ClassifiedImage(image, reference, ImageClassifier.Classify(reference, Platform)));
                }
            }

            Images = images.ToImmutable();

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
        }

        public ContainerLaunch Launch { get; }

        public IsolationSettings Settings { get; }

        /// <summary>The trust markers the code carries (attributes on the image parameter, method or type).</summary>
        public TrustEvidence Trust { get; }

        /// <summary>Some possible value means "daemon default" (or none is given at all).</summary>
        public bool HasAbsentIsolation { get; }

        /// <summary>Some possible isolation is Hyper-V: explicitly, or through the configured default where absent.</summary>
        public bool CanBeHyperV => ExplicitHyperV || (HasAbsentIsolation && Settings.DefaultIsolation == IsolationMode.HyperV);

        /// <summary>Some possible isolation is process: explicitly, or through the configured default where absent.</summary>
        public bool CanBeProcess => ExplicitProcess.Count > 0 || (HasAbsentIsolation && Settings.DefaultIsolation == IsolationMode.Process);

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

        public bool IsolationHasUnknown { get; }

        /// <summary>The explicit values that select process isolation (any case).</summary>
        public List<LaunchValue> ExplicitProcess { get; } = new List<LaunchValue>();

        public bool ExplicitHyperV { get; }

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
            foreach (var host in Settings.Hosts)
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
            foreach (var host in Settings.Hosts)
            {
                if (host.Build < imageBuild)
                {
                    older.Add(host);
                }
            }

            return older;
        }

        public static string Describe(IEnumerable<HostOs> hosts) => string.Join(", ", hosts);
    }
}
