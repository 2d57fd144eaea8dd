using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace IsolationAnalyzers.Rules
{
    /// <summary>One verdict of a rule on a launch, before it becomes a <see cref="Diagnostic"/>.</summary>
    internal sealed class Finding
    {
        public Finding(
            DiagnosticDescriptor descriptor,
            Location location,
            object?[] arguments,
            ImmutableDictionary<string, string?>? properties = null,
            Location? fixAnchor = null)
        {
            Descriptor = descriptor;
            Location = location;
            Arguments = arguments;
            Properties = properties ?? ImmutableDictionary<string, string?>.Empty;
            FixAnchor = fixAnchor;
        }

        public DiagnosticDescriptor Descriptor { get; }

        public Location Location { get; }

        public object?[] Arguments { get; }

        public ImmutableDictionary<string, string?> Properties { get; }

        /// <summary>The node a fix edits when it is not the reported one.</summary>
        public Location? FixAnchor { get; }

        public Diagnostic ToDiagnostic() =>
            Diagnostic.Create(
                Descriptor,
                Location,
                FixAnchor is null ? null : new[] { FixAnchor },
                Properties,
                Arguments);
    }
}
