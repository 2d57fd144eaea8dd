using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using IsolationAnalyzers.Knowledge;
using IsolationAnalyzers.Launches;
using Microsoft.CodeAnalysis;

namespace IsolationAnalyzers.Rules
{
    /// <summary>ISO0009: a memory limit below the documented minimum (windows-containers.md §4), or below 6 MB.</summary>
    internal sealed class MemoryBelowMinimumRule : LaunchRule
    {
        private const long Megabyte = 1024 * 1024;

        public override DiagnosticDescriptor Descriptor => Descriptors.ISO0009;

        public override void Evaluate(LaunchFacts facts, List<Finding> findings)
        {
            var (minimum, what) = Minimum(facts);
            foreach (var memory in facts.Launch.Memory)
            {
                if (memory.Number is not { } bytes || bytes <= 0 || bytes >= minimum)
                {
                    continue;
                }

                var properties = ImmutableDictionary.CreateBuilder<string, string?>();
                var asText = memory.Edit.Kind == LaunchEditKind.ReplaceText;
                var minimumMegabytes = (minimum + Megabyte - 1) / Megabyte;
                var described = Describe(bytes);
                if (facts.Launch.Surface == LaunchSurface.Kubernetes)
                {
                    // A quantity string: rewritten in its own notation (64Mi → 130Mi, 100M → 137M).
                    var raised = KubernetesQuantity.FormatAtLeast(minimum, memory.Text);
                    properties[FixProperties.RaiseMemoryTo] = raised;
                    properties[FixProperties.RaiseMemoryLabel] = raised;
                    if (bytes < Megabyte && KubernetesQuantity.AsMebibytes(memory.Text) is { } mebibytes)
                    {
                        properties[FixProperties.MemoryAsMegabytes] = mebibytes;
                    }

                    described = "'" + memory.Text + "' (" + described + ")";
                }
                else
                {
                    properties[FixProperties.RaiseMemoryTo] = asText ? Megabytes(minimumMegabytes) : Code(minimumMegabytes);
                    properties[FixProperties.RaiseMemoryLabel] = minimumMegabytes.ToString(CultureInfo.InvariantCulture) + " MB";
                    if (bytes < Megabyte)
                    {
                        properties[FixProperties.MemoryAsMegabytes] = asText ? Megabytes(bytes) : Code(bytes);
                    }
                }

                findings.Add(new Finding(Descriptor, memory.Location, new object?[] { described, Describe(minimum), what }, properties.ToImmutable(), memory.Edit));
            }
        }

        /// <summary>The minimum for the image's base and the effective isolation (the smaller one when unknown).</summary>
        private static (long Bytes, string What) Minimum(LaunchFacts facts)
        {
            foreach (var image in facts.Images)
            {
                if (image.Classification.Os != ImageOs.Windows)
                {
                    continue;
                }

                IsolationMode? isolation = facts.CanBeProcess && !facts.CanBeHyperV ? IsolationMode.Process
                    : facts.CanBeHyperV && !facts.CanBeProcess && !facts.IsolationHasUnknown ? IsolationMode.HyperV
                    : null;
                var @base = image.Classification.Base == WindowsBase.NanoServer ? WindowsBase.NanoServer : WindowsBase.ServerCore;
                var name = @base == WindowsBase.NanoServer ? "a Nano Server container" : "a Windows Server Core container";
                var with = isolation switch
                {
                    IsolationMode.Process => " with process isolation",
                    IsolationMode.HyperV => " with Hyper-V isolation",
                    _ => string.Empty,
                };
                return (MemoryMinimums.WindowsMinimumBytes(@base, isolation), name + with);
            }

            return (MemoryMinimums.LinuxMinimumBytes, "any container (the daemon rejects limits below 6 MB; is this a number of megabytes written as bytes?)");
        }

        private static string Code(long megabytes) => megabytes.ToString(CultureInfo.InvariantCulture) + "L * 1024 * 1024";

        private static string Megabytes(long megabytes) => megabytes.ToString(CultureInfo.InvariantCulture) + "m";

        private static string Describe(long bytes) =>
            bytes % Megabyte == 0
                ? (bytes / Megabyte).ToString(CultureInfo.InvariantCulture) + " MB"
                : bytes.ToString("N0", CultureInfo.InvariantCulture) + " bytes";
    }
}
