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
            "{0} does not choose an isolation mode, so the daemon default applies (process on Windows Server, hyperv on Windows 10/11); set it explicitly",
            DiagnosticSeverity.Warning,
            "A Windows container without an explicit isolation mode runs with process isolation on Windows Server and Hyper-V isolation on Windows 10/11. The same code then behaves differently, and may fail, depending on the host.");

        public static readonly DiagnosticDescriptor ISO0002 = Create(
            RuleIds.ProcessIsolationBuildMismatch,
            "Process isolation with an image build the host cannot run",
            "Image '{0}' (build {1}) cannot run with process isolation on host {2}; use Hyper-V isolation or an {3} image",
            DiagnosticSeverity.Warning,
            "Process-isolated Windows containers share the host kernel: the image's OS build must match what the host can run. The container fails to start with HCS error 0xc0370101 otherwise.");

        public static readonly DiagnosticDescriptor ISO0003 = Create(
            RuleIds.ImageNewerThanHost,
            "Image is newer than the container host",
            "Image '{0}' (build {1}) is newer than host {2}; no isolation mode can run it there and the daemon refuses the pull",
            DiagnosticSeverity.Warning,
            "A Windows container image can never run on a host with an older OS build, with either isolation mode.");

        public static readonly DiagnosticDescriptor ISO0005 = Create(
            RuleIds.InvalidIsolationValue,
            "Isolation value is not one the daemon accepts",
            "Isolation value '{0}' is not accepted by the daemon; use one of 'process', 'hyperv', 'default' or \"\"{1}",
            DiagnosticSeverity.Warning,
            "A Windows daemon accepts only '', 'default', 'process' and 'hyperv' (any other value fails with 'invalid isolation'); a Linux daemon only '' and 'default'.");

        public static readonly DiagnosticDescriptor ISO0006 = Create(
            RuleIds.IsolationValueNotLowerCase,
            "Isolation value is not lower case",
            "Isolation value '{0}' is not lower case; write '{1}'",
            DiagnosticSeverity.Info,
            "The daemon lowercases the isolation value today, but marks this for change: write the value in lower case.");

        public static readonly DiagnosticDescriptor ISO0099 = Create(
            RuleIds.InvalidConfiguration,
            "Invalid IsolationAnalyzers configuration",
            "Configuration '{0}' has an invalid value '{1}'; accepted values: {2}. The option is ignored.",
            DiagnosticSeverity.Warning,
            "An IsolationAnalyzers option could not be parsed, so it is treated as unset.",
            WellKnownDiagnosticTags.CompilationEnd);

        /// <summary>Every descriptor the analyzer reports.</summary>
        public static readonly ImmutableArray<DiagnosticDescriptor> All = ImmutableArray.Create(
            ISO0001, ISO0002, ISO0003, ISO0005, ISO0006, ISO0099);

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
