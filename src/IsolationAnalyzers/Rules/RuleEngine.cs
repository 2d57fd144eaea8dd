using System;
using System.Collections.Generic;
using IsolationAnalyzers.Configuration;
using IsolationAnalyzers.Launches;
using Microsoft.CodeAnalysis;

namespace IsolationAnalyzers.Rules
{
    /// <summary>
    /// Evaluates every rule on a launch, then applies the precedence of rules.md §5: where two rules would report
    /// the same fact, only the more specific one reports; and each rule reports once per location.
    /// </summary>
    internal static class RuleEngine
    {
        private static readonly LaunchRule[] Rules =
        {
            new MissingIsolationRule(),
            new ProcessIsolationBuildMismatchRule(),
            new ImageNewerThanHostRule(),
            new InvalidIsolationValueRule(),
            new IsolationValueNotLowerCaseRule(),
            new UntrustedWithoutHyperVRule(),
            new IsolationOnLinuxContainerRule(),
            new UnpinnedWindowsBaseImageRule(),
            new MemoryBelowMinimumRule(),
            new UnsupportedWindowsSettingRule(),
            new UnconstrainedWindowsPodRule(),
        };

        /// <summary>(more specific, suppressed) at one launch.</summary>
        private static readonly (string Specific, string Suppressed)[] Precedence =
        {
            (RuleIds.ImageNewerThanHost, RuleIds.ProcessIsolationBuildMismatch),
            (RuleIds.UntrustedWithoutHyperV, RuleIds.MissingIsolation),
        };

        public static void Evaluate(ContainerLaunch launch, IsolationSettings settings, ISymbol? owner, Action<Diagnostic> report)
        {
            foreach (var finding in Findings(launch, settings, owner))
            {
                report(finding.ToDiagnostic());
            }
        }

        /// <summary>The findings on one launch, after precedence, once per rule and location.</summary>
        public static List<Finding> Findings(ContainerLaunch launch, IsolationSettings settings, ISymbol? owner)
        {
            var facts = new LaunchFacts(launch, settings, launch.HasImage ? TrustEvidence.Find(launch, owner) : default);
            var findings = new List<Finding>();
            foreach (var rule in Rules)
            {
                rule.Evaluate(facts, findings);
            }

            foreach (var (specific, suppressed) in Precedence)
            {
                if (findings.Exists(f => f.Descriptor.Id == specific))
                {
                    findings.RemoveAll(f => f.Descriptor.Id == suppressed);
                }
            }

            var reported = new HashSet<(string, Location)>();
            findings.RemoveAll(finding => !reported.Add((finding.Descriptor.Id, finding.Location)));
            foreach (var finding in findings)
            {
                if (DeclarationAt(launch, finding.Location) is { } declaration)
                {
                    finding.Related.Add(declaration);
                }
            }

            return findings;
        }

        /// <summary>Where a value reported at <paramref name="location"/> is written, when elsewhere (rules.md §1.2 point 3).</summary>
        private static Location? DeclarationAt(ContainerLaunch launch, Location location)
        {
            foreach (var values in new[] { launch.Images, launch.Isolation, launch.Memory, launch.Platforms })
            {
                foreach (var value in values)
                {
                    if (value.Declaration is { } declaration && value.Location == location)
                    {
                        return declaration;
                    }
                }
            }

            foreach (var setting in launch.Settings)
            {
                if (setting.Value.Declaration is { } declaration && setting.Value.Location == location)
                {
                    return declaration;
                }
            }

            // A finding at the creation (ISO0001, ISO0004) rests on the image.
            if (location == launch.Creation)
            {
                foreach (var image in launch.Images)
                {
                    if (image.Declaration is { } declaration)
                    {
                        return declaration;
                    }
                }
            }

            return null;
        }
    }
}
