using Microsoft.CodeAnalysis;

namespace IsolationAnalyzers.Launches
{
    /// <summary>What a recognizer could tell about one possible value of a launch setting.</summary>
    internal enum ValueKind
    {
        /// <summary>The value is a compile-time constant (possibly <c>null</c>).</summary>
        Known,

        /// <summary>The value is not a compile-time value (a parameter, a method call, ...).</summary>
        Unknown,
    }

    /// <summary>
    /// One possible value of a setting, with the expression it was written as (the use site): a diagnostic
    /// about the value is reported there and a code fix edits it.
    /// </summary>
    internal readonly struct LaunchValue
    {
        // What few values carry (how a fix removes the setting, a tag edit, a declaration apart from the use, the
        // parameter the value flows from) is kept in one object beside the value, so that the value itself, copied into
        // every list and array of every launch, stays small (a copy was 128 bytes with them inline).
        private readonly Extras? extras;

        private LaunchValue(ValueKind kind, string? text, long? number, Location location, bool isStringLiteral, LaunchEdit edit, IParameterSymbol? sourceParameter = null)
            : this(kind, text, number, location, isStringLiteral, edit, Extras.Of(sourceParameter, default, default, null))
        {
        }

        private LaunchValue(ValueKind kind, string? text, long? number, Location location, bool isStringLiteral, LaunchEdit edit, Extras? extras)
        {
            Edit = edit;
            Kind = kind;
            Text = text;
            Number = number;
            Location = location;
            IsStringLiteral = isStringLiteral;
            this.extras = extras;
        }

        public ValueKind Kind { get; }

        /// <summary>The string value when <see cref="Kind"/> is Known; null for a null constant.</summary>
        public string? Text { get; }

        /// <summary>The integral value of a known numeric constant.</summary>
        public long? Number { get; }

        public Location Location { get; }

        /// <summary>True when the expression is a plain string literal, which a fix may rewrite in place.</summary>
        public bool IsStringLiteral { get; }

        /// <summary>How a fix replaces this value (an expression, or characters inside a literal).</summary>
        public LaunchEdit Edit { get; }

        /// <summary>How a fix removes the setting this value belongs to (the assignment, or the flag and its value).</summary>
        public LaunchEdit Removal => extras?.Removal ?? default;

        /// <summary>
        /// For an image whose tag a fix must rewrite on its own (Aspire, where the tag may be an argument of its own,
        /// or the registry another one): how to write a new tag. None elsewhere: the fix then rewrites the whole image.
        /// </summary>
        public LaunchEdit TagEdit => extras?.TagEdit ?? default;

        /// <summary>The parameter of the enclosing method the value flows from (directly, through locals or interpolation), if any.</summary>
        public IParameterSymbol? SourceParameter => extras?.SourceParameter;

        /// <summary>
        /// Where the value is written when that is not where the launch uses it (a member's initializer, a method's
        /// return): the diagnostic's additional location (rules.md §1.2 point 3).
        /// </summary>
        public Location? Declaration => extras?.Declaration;

        public bool IsKnown => Kind == ValueKind.Known;

        public LaunchValue WithRemoval(LaunchEdit removal) =>
            new LaunchValue(Kind, Text, Number, Location, IsStringLiteral, Edit, Extras.Of(SourceParameter, removal, TagEdit, Declaration));

        public LaunchValue WithDeclaration(Location declaration) =>
            new LaunchValue(Kind, Text, Number, Location, IsStringLiteral, Edit, Extras.Of(SourceParameter, Removal, TagEdit, declaration));

        public LaunchValue WithTagEdit(LaunchEdit tagEdit) =>
            new LaunchValue(Kind, Text, Number, Location, IsStringLiteral, Edit, Extras.Of(SourceParameter, Removal, tagEdit, Declaration));

        /// <summary>
        /// The same value, reported where the launch uses it (<paramref name="use"/>) rather than where it is written,
        /// which becomes the declaration; a fix may replace the use with <paramref name="edit"/>.
        /// </summary>
        public LaunchValue UsedAt(Location use, LaunchEdit edit) =>
            new LaunchValue(Kind, Text, Number, use, false, edit, Extras.Of(SourceParameter, Removal, default, Declaration ?? Location));

        /// <summary>
        /// A known string (or null) written as an expression: a fix may replace the whole expression, unless it holds a
        /// parse error (an unterminated literal runs to the end of its line, over code a replacement would delete).
        /// </summary>
        public static LaunchValue KnownString(string? text, Location location, bool isStringLiteral) =>
            new LaunchValue(ValueKind.Known, text, null, location, isStringLiteral, ReplaceUnlessErroneous(LaunchEditKind.ReplaceExpression, location));

        /// <summary>A known string a fix changes with <paramref name="edit"/> (a default a call leaves out: a named argument is added).</summary>
        public static LaunchValue KnownStringWithEdit(string? text, Location location, LaunchEdit edit) =>
            new LaunchValue(ValueKind.Known, text, null, location, false, edit);

        /// <summary>A known number a fix changes with <paramref name="edit"/>.</summary>
        public static LaunchValue KnownNumberWithEdit(long number, Location location, LaunchEdit edit) =>
            new LaunchValue(ValueKind.Known, null, number, location, false, edit);

        /// <summary>A known string that is part of a larger text (a command-line token): edits go to <paramref name="edit"/>.</summary>
        public static LaunchValue KnownToken(string text, Location location, LaunchEdit edit) =>
            new LaunchValue(ValueKind.Known, text, null, location, false, edit);

        /// <summary>A known number written as a C# expression: a fix may replace it with other code.</summary>
        public static LaunchValue KnownNumber(long number, Location location) =>
            new LaunchValue(ValueKind.Known, null, number, location, false, ReplaceUnlessErroneous(LaunchEditKind.ReplaceCode, location));

        /// <summary>A known number written inside a command line (<c>-m 512m</c>): a fix replaces the token's characters.</summary>
        public static LaunchValue KnownNumberToken(long number, string text, Location location, LaunchEdit edit) =>
            new LaunchValue(ValueKind.Known, text, number, location, false, edit);

        /// <summary>A known size written as text (a Kubernetes quantity, <c>"512Mi"</c>): a fix replaces the expression with another string.</summary>
        public static LaunchValue KnownSize(long bytes, string text, Location location, bool isStringLiteral) =>
            new LaunchValue(ValueKind.Known, text, bytes, location, isStringLiteral, new LaunchEdit(LaunchEditKind.ReplaceExpression, location));

        public static LaunchValue Unknown(Location location, IParameterSymbol? sourceParameter = null) =>
            new LaunchValue(ValueKind.Unknown, null, null, location, false, LaunchEdit.None, sourceParameter);

        private static LaunchEdit ReplaceUnlessErroneous(LaunchEditKind kind, Location location) =>
            SyntaxErrors.At(location) ? LaunchEdit.None : new LaunchEdit(kind, location);

        /// <summary>The parts of a value most values leave out; none at all is no object.</summary>
        private sealed class Extras
        {
            private Extras(IParameterSymbol? sourceParameter, LaunchEdit removal, LaunchEdit tagEdit, Location? declaration)
            {
                SourceParameter = sourceParameter;
                Removal = removal;
                TagEdit = tagEdit;
                Declaration = declaration;
            }

            public IParameterSymbol? SourceParameter { get; }

            public LaunchEdit Removal { get; }

            public LaunchEdit TagEdit { get; }

            public Location? Declaration { get; }

            public static Extras? Of(IParameterSymbol? sourceParameter, LaunchEdit removal, LaunchEdit tagEdit, Location? declaration) =>
                sourceParameter is null && IsNone(removal) && IsNone(tagEdit) && declaration is null
                    ? null
                    : new Extras(sourceParameter, removal, tagEdit, declaration);

            private static bool IsNone(LaunchEdit edit) => edit.Kind == LaunchEditKind.None && edit.Anchor is null && edit.Template is null;
        }
    }
}
