using System.Collections.Generic;
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

        /// <summary>
        /// Where the facts behind the finding are written when that is elsewhere (a member's declaration, the launch in
        /// a helper): additional locations after the edit's anchor.
        /// </summary>
        public List<Location> Related { get; } = new List<Location>();

        /// <summary>Appended to the message (the last placeholder of every rule's format): how the value reaches the launch.</summary>
        public string Note { get; set; } = string.Empty;

        /// <summary>A copy reported elsewhere, with other edit, properties and note (an instance of a helper's launch).</summary>
        public Finding With(Location location, LaunchEdit edit, ImmutableDictionary<string, string?> properties, string note)
        {
            var copy = new Finding(Descriptor, location, Arguments, properties, edit) { Note = note };
            copy.Related.AddRange(Related);
            return copy;
        }

        public Diagnostic ToDiagnostic()
        {
            var properties = Properties;
            var additional = new List<Location>(1 + Related.Count);
            // An edit goes where the finding is, except the one a fix makes in a helper for all of its calls.
            if (Edit.Kind != LaunchEditKind.None && Edit.Anchor is { } anchor
                && (anchor.SourceTree == Location.SourceTree || properties.ContainsKey(FixProperties.Helper)))
            {
                properties = properties.SetItem(FixProperties.Edit, Edit.Kind.ToString());
                if (Edit.Template is { } template)
                {
                    properties = properties.SetItem(FixProperties.EditTemplate, template);
                }

                additional.Add(anchor);
            }

            foreach (var related in Related)
            {
                if (related != Location && !additional.Contains(related))
                {
                    additional.Add(related);
                }
            }

            var arguments = new object?[Arguments.Length + 1];
            Arguments.CopyTo(arguments, 0);
            arguments[Arguments.Length] = Note;
            return Diagnostic.Create(Descriptor, Location, additional.Count == 0 ? null : additional, properties, arguments);
        }
    }
}
