using System.Collections.Generic;
using System.Collections.Immutable;
using IsolationAnalyzers.Knowledge;
using Microsoft.CodeAnalysis;

namespace IsolationAnalyzers.Rules
{
    /// <summary>ISO0001: a Windows container whose isolation is left to the daemon default.</summary>
    internal sealed class MissingIsolationRule : LaunchRule
    {
        public override DiagnosticDescriptor Descriptor => Descriptors.ISO0001;

        public override void Evaluate(LaunchFacts facts, List<Finding> findings)
        {
            var launch = facts.Launch;
            if (!launch.HasImage || !facts.IsolationAbsent)
            {
                return;
            }

            ClassifiedImage? windowsImage = null;
            foreach (var image in facts.Images)
            {
                if (image.Classification.Os == ImageOs.Windows)
                {
                    windowsImage = image;
                    break;
                }
            }

            string subject;
            if (windowsImage is { } found)
            {
                subject = "Windows container image '" + found.Reference.Text + "'";
            }
            else if (facts.PlatformIsWindows)
            {
                subject = "Container with platform '" + facts.Platform + "'";
            }
            else
            {
                return;
            }

            var properties = CanUseProcess(facts)
                ? ImmutableDictionary<string, string?>.Empty.Add(FixProperties.ProcessFixAllowed, "true")
                : ImmutableDictionary<string, string?>.Empty;
            findings.Add(new Finding(Descriptor, launch.Creation, new object?[] { subject }, properties, launch.IsolationEdit));
        }

        /// <summary>"Use process isolation" only where every configured host can run every known image build that way.</summary>
        private static bool CanUseProcess(LaunchFacts facts)
        {
            if (facts.Hosts.IsEmpty)
            {
                return true;
            }

            foreach (var image in facts.Images)
            {
                if (image.Classification.Os != ImageOs.Windows)
                {
                    continue;
                }

                if (image.Classification.Build is not { } build || facts.HostsThatCannotRun(build, IsolationMode.Process).Count > 0)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
