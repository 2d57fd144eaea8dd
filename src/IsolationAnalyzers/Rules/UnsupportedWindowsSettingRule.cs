using System;
using System.Collections.Generic;
using IsolationAnalyzers.Launches;
using Microsoft.CodeAnalysis;

namespace IsolationAnalyzers.Rules
{
    /// <summary>ISO0010: settings a Windows daemon rejects, or that Hyper-V isolation rejects (windows-containers.md §5).</summary>
    internal sealed class UnsupportedWindowsSettingRule : LaunchRule
    {
        public override DiagnosticDescriptor Descriptor => Descriptors.ISO0010;

        public override void Evaluate(LaunchFacts facts, List<Finding> findings)
        {
            if (!facts.TargetsWindows)
            {
                return;
            }

            var cli = facts.Launch.Surface == LaunchSurface.DockerCli;
            foreach (var setting in facts.Launch.Settings)
            {
                var value = setting.Value;
                string? name = null;
                string? scope = null;
                string? error = null;
                switch (setting.Kind)
                {
                    case LaunchSettingKind.MemoryReservation when value.Number is { } reservation && reservation != 0:
                        (name, scope, error) = (cli ? "--memory-reservation" : "MemoryReservation", "by Windows containers", "the daemon fails with 'invalid option: Windows does not support MemoryReservation'");
                        break;
                    case LaunchSettingKind.MemorySwap when value.Number is { } swap && swap != 0:
                        (name, scope, error) = (cli ? "--memory-swap" : "MemorySwap", "by Windows containers", "the daemon fails with 'invalid option: Windows does not support MemorySwap'");
                        break;
                    case LaunchSettingKind.MemorySwappiness when value.Number is { } swappiness && swappiness != -1:
                        (name, scope, error) = (cli ? "--memory-swappiness" : "MemorySwappiness", "by Windows containers", "the daemon fails with 'invalid option: Windows does not support MemorySwappiness'");
                        break;
                    case LaunchSettingKind.Device when facts.CanBeHyperV:
                        (name, scope, error) = (cli ? "--device" : "Devices", "with Hyper-V isolation", "devices can be assigned only to process-isolated containers");
                        break;
                    case LaunchSettingKind.NetworkMode when facts.CanBeHyperV && value.IsKnown && value.Text is { } mode && mode.StartsWith("container:", StringComparison.OrdinalIgnoreCase):
                        (name, scope, error) = ((cli ? "--network " : "NetworkMode ") + mode, "with Hyper-V isolation", "the daemon fails with 'invalid network-mode: using the network stack of another container is not supported while using Hyper-V Containers'");
                        break;
                }

                if (name is not null)
                {
                    findings.Add(new Finding(Descriptor, value.Location, new object?[] { name, scope, error }, edit: setting.Removal));
                }
            }
        }
    }
}
