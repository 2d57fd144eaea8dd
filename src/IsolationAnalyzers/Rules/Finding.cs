using System.Collections.Immutable;
using IsolationAnalyzers.Launches;
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
            LaunchEdit edit = default)
        {
            Descriptor = descriptor;
            Location = location;
            Arguments = arguments;
            Properties = properties ?? ImmutableDictionary<string, string?>.Empty;
            Edit = edit;
        }

        public DiagnosticDescriptor Descriptor { get; }

        public Location Location { get; }

        public object?[] Arguments { get; }

        public ImmutableDictionary<string, string?> Properties { get; }

        /// <summary>The edit the rule's fixes make (none when no safe edit is known).</summary>
        public LaunchEdit Edit { get; }

        public Diagnostic ToDiagnostic()
        {
            var properties = Properties;
            Location[]? additional = null;
            if (Edit.Kind != LaunchEditKind.None && Edit.Anchor is { } anchor)
            {
                properties = properties.SetItem(FixProperties.Edit, Edit.Kind.ToString());
                if (Edit.Template is { } template)
                {
                    properties = properties.SetItem(FixProperties.EditTemplate, template);
                }

                additional = new[] { anchor };
            }

            return Diagnostic.Create(Descriptor, Location, additional, properties, Arguments);
        }
    }
}
