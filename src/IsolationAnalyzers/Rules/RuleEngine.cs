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
            foreach (var finding in findings)
            {
                if (reported.Add((finding.Descriptor.Id, finding.Location)))
                {
                    report(finding.ToDiagnostic());
                }
            }
        }
    }
}
