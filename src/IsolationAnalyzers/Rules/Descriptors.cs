using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace IsolationAnalyzers.Rules
{
    /// <summary>Every diagnostic descriptor, in one place. Severity follows false-positive risk.</summary>
    public static class Descriptors
    {
        public static readonly DiagnosticDescriptor ISO0001 = Create(
            RuleIds.MissingIsolation,
            "Windows container does not choose an isolation mode",
            "{0} does not choose an isolation mode, so the daemon default applies (process on Windows Server, hyperv on Windows 10/11); set it explicitly{1}",
            DiagnosticSeverity.Warning,
            "A Windows container without an explicit isolation mode runs with process isolation on Windows Server and Hyper-V isolation on Windows 10/11. The same code then behaves differently, and may fail, depending on the host.");

        public static readonly DiagnosticDescriptor ISO0002 = Create(
            RuleIds.ProcessIsolationBuildMismatch,
            "Process isolation with an image build the host cannot run",
            "Image '{0}' (build {1}) cannot run with process isolation on host {2}; use Hyper-V isolation or an {3} image{4}",
            DiagnosticSeverity.Warning,
            "Process-isolated Windows containers share the host kernel: the image's OS build must match what the host can run. The container fails to start with HCS error 0xc0370101 otherwise.");

        public static readonly DiagnosticDescriptor ISO0003 = Create(
            RuleIds.ImageNewerThanHost,
            "Image is newer than the container host",
            "Image '{0}' (build {1}) is newer than host {2}; no isolation mode can run it there and the daemon refuses the pull{3}",
            DiagnosticSeverity.Warning,
            "A Windows container image can never run on a host with an older OS build, with either isolation mode.");

        public static readonly DiagnosticDescriptor ISO0004 = Create(
            RuleIds.UntrustedWithoutHyperV,
            "Untrusted workload without Hyper-V isolation",
            "Untrusted workload ({0}) runs without Hyper-V isolation{1}; only Hyper-V isolation is a security boundary for Windows containers{2}",
            DiagnosticSeverity.Warning,
            "Process-isolated Windows containers share the host's kernel and are not a security boundary. Microsoft recommends Hyper-V isolation for untrusted code and multi-tenant services.");

        public static readonly DiagnosticDescriptor ISO0005 = Create(
            RuleIds.InvalidIsolationValue,
            "Isolation value is not one the daemon accepts",
            "Isolation value '{0}' is not accepted by the daemon; use one of 'process', 'hyperv', 'default' or \"\"{1}{2}",
            DiagnosticSeverity.Warning,
            "A Windows daemon accepts only '', 'default', 'process' and 'hyperv' (any other value fails with 'invalid isolation'); a Linux daemon only '' and 'default'.");

        public static readonly DiagnosticDescriptor ISO0006 = Create(
            RuleIds.IsolationValueNotLowerCase,
            "Isolation value is not lower case",
            "Isolation value '{0}' is not lower case; write '{1}'{2}",
            DiagnosticSeverity.Info,
            "The daemon lowercases the isolation value today, but marks this for change: write the value in lower case.");

        public static readonly DiagnosticDescriptor ISO0007 = Create(
            RuleIds.IsolationOnLinuxContainer,
            "Isolation mode set for a Linux container",
            "Isolation '{0}' is set for Linux image '{1}'; a Linux daemon accepts only 'default' and fails with \"invalid isolation ({0}): linux only supports 'default'\"{2}",
            DiagnosticSeverity.Warning,
            "Isolation modes exist only for Windows containers. A Linux daemon rejects 'process' and 'hyperv'.");

        public static readonly DiagnosticDescriptor ISO0008 = Create(
            RuleIds.UnpinnedWindowsBaseImage,
            "Windows base image without an OS version tag",
            "Windows base image '{0}' names no OS release in its tag; 'latest' is not published for Windows base images and a multi-release tag resolves differently per host: pin it to a release such as '{1}'{2}",
            DiagnosticSeverity.Warning,
            "Windows base OS images must match the host's OS release (process isolation) or not be newer than it (Hyper-V isolation). A tag that names no release cannot be checked and may not exist.");

        public static readonly DiagnosticDescriptor ISO0009 = Create(
            RuleIds.MemoryBelowMinimum,
            "Memory limit below what the container needs",
            "Memory limit of {0} is below the minimum of {1} for {2}{3}",
            DiagnosticSeverity.Warning,
            "Windows containers need a documented minimum of memory (more with Hyper-V isolation); Linux daemons reject limits below 6 MB. A tiny limit is usually bytes written where megabytes were meant.");

        public static readonly DiagnosticDescriptor ISO0010 = Create(
            RuleIds.UnsupportedWindowsSetting,
            "Setting not supported by Windows containers or by Hyper-V isolation",
            "{0} is not supported {1}: {2}{3}",
            DiagnosticSeverity.Warning,
            "Windows daemons reject MemoryReservation, MemorySwap and MemorySwappiness; Hyper-V isolated containers cannot use devices or another container's network stack.");

        public static readonly DiagnosticDescriptor ISO0011 = Create(
            RuleIds.UnconstrainedWindowsPod,
            "Windows pod can be scheduled on nodes that cannot run it",
            "The pod of Windows image '{0}' selects no Windows nodes (no node selector on 'kubernetes.io/os' = 'windows' or 'node.kubernetes.io/windows-build', no RuntimeClass, no affinity), so it can be scheduled on Linux nodes or on Windows nodes of another build{1}{2}",
            DiagnosticSeverity.Warning,
            "Kubernetes schedules a pod on any node unless its node selector, RuntimeClass or affinity says otherwise; 'spec.os.name' does not. A Windows container starts only on a Windows node whose build can run its image, so a cluster with Linux nodes or several Windows builds needs a node selector.");

        public static readonly DiagnosticDescriptor ISO0099 = Create(
            RuleIds.InvalidConfiguration,
            "Invalid IsolationAnalyzers configuration",
            "Configuration '{0}' has an invalid value '{1}'; accepted values: {2}. The option is ignored.",
            DiagnosticSeverity.Warning,
            "An IsolationAnalyzers option could not be parsed, so it is treated as unset.",
            WellKnownDiagnosticTags.CompilationEnd);

        /// <summary>Every descriptor the analyzer reports.</summary>
        public static readonly ImmutableArray<DiagnosticDescriptor> All = ImmutableArray.Create(
            ISO0001, ISO0002, ISO0003, ISO0004, ISO0005, ISO0006, ISO0007, ISO0008, ISO0009, ISO0010, ISO0011, ISO0099);

        private static DiagnosticDescriptor Create(
            string id, string title, string message, DiagnosticSeverity severity, string description, params string[] tags) =>
            new DiagnosticDescriptor(
                id,
                title,
                message,
                RuleIds.Category,
                severity,
                isEnabledByDefault: true,
                description: description,
                helpLinkUri: RuleIds.HelpLink(id),
                customTags: tags);
    }
}
