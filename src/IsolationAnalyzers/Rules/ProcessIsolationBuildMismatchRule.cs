using System.Collections.Generic;
using IsolationAnalyzers.Knowledge;
using Microsoft.CodeAnalysis;

namespace IsolationAnalyzers.Rules
{
    /// <summary>ISO0002: process isolation with an image build that some configured host cannot run that way.</summary>
    internal sealed class ProcessIsolationBuildMismatchRule : LaunchRule
    {
        public override DiagnosticDescriptor Descriptor => Descriptors.ISO0002;

        public override void Evaluate(LaunchFacts facts, List<Finding> findings)
        {
            if (facts.Hosts.IsEmpty || (facts.ExplicitProcess.Count == 0 && !facts.ProcessComesFromDefault && !facts.ProcessByRuntime))
            {
                return;
            }

            foreach (var image in facts.Images)
            {
                if (image.Classification.Os != ImageOs.Windows || image.Classification.Build is not { } build)
                {
                    continue;
                }

                var failing = facts.HostsThatCannotRun(build, IsolationMode.Process);
                if (failing.Count == 0)
                {
                    continue;
                }

                var arguments = new object?[] { image.Reference.Text, build, LaunchFacts.Describe(failing), SuitableReleases(failing) };
                if (facts.ExplicitProcess.Count > 0)
                {
                    // Reported on each explicit "process": the fix replaces that very value.
                    foreach (var process in facts.ExplicitProcess)
                    {
                        findings.Add(new Finding(Descriptor, process.Location, arguments, edit: process.Edit));
                    }
                }
                else if (facts.Launch.Scheduling is { } pod)
                {
                    // A pod runs process isolated by its runtime: reported on the image; the fix selects nodes of its build.
                    var (edit, properties) = PodFixes.SelectBuild(pod, build);
                    findings.Add(new Finding(Descriptor, image.Value.Location, arguments, properties, edit));
                }
                else
                {
                    // Process comes from default_isolation: reported on the image; the fix adds isolation.
                    findings.Add(new Finding(Descriptor, image.Value.Location, arguments, edit: facts.Launch.IsolationEdit));
                }
            }
        }

        private static string SuitableReleases(List<HostOs> hosts)
        {
            var releases = new List<string>();
            foreach (var host in hosts)
            {
                if (HostCompatibility.NewestRunnableImageBuild(host.Build, IsolationMode.Process) is { } build
                    && WindowsReleases.ReleaseTokenForBuild(build) is { } release
                    && !releases.Contains(release))
                {
                    releases.Add(release);
                }
            }

            return releases.Count == 0 ? "matching" : string.Join(" / ", releases);
        }
    }
}
