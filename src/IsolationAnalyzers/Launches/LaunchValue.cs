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
        private LaunchValue(ValueKind kind, string? text, long? number, Location location, bool isStringLiteral, LaunchEdit edit, IParameterSymbol? sourceParameter = null)
        {
            Edit = edit;
            SourceParameter = sourceParameter;
            Kind = kind;
            Text = text;
            Number = number;
            Location = location;
            IsStringLiteral = isStringLiteral;
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
        public LaunchEdit Removal { get; init; }

        /// <summary>The parameter of the enclosing method the value flows from (directly, through locals or interpolation), if any.</summary>
        public IParameterSymbol? SourceParameter { get; }

        public bool IsKnown => Kind == ValueKind.Known;

        public LaunchValue WithRemoval(LaunchEdit removal) =>
            new LaunchValue(Kind, Text, Number, Location, IsStringLiteral, Edit, SourceParameter) { Removal = removal };

        /// <summary>
        /// A known string (or null) written as an expression: a fix may replace the whole expression, unless it holds a
        /// parse error (an unterminated literal runs to the end of its line, over code a replacement would delete).
        /// </summary>
        public static LaunchValue KnownString(string? text, Location location, bool isStringLiteral) =>
            new LaunchValue(ValueKind.Known, text, null, location, isStringLiteral, ReplaceUnlessErroneous(LaunchEditKind.ReplaceExpression, location));

        /// <summary>A known string that is part of a larger text (a command-line token): edits go to <paramref name="edit"/>.</summary>
        public static LaunchValue KnownToken(string text, Location location, LaunchEdit edit) =>
            new LaunchValue(ValueKind.Known, text, null, location, false, edit);

        /// <summary>A known number written as a C# expression: a fix may replace it with other code.</summary>
        public static LaunchValue KnownNumber(long number, Location location) =>
            new LaunchValue(ValueKind.Known, null, number, location, false, ReplaceUnlessErroneous(LaunchEditKind.ReplaceCode, location));

        /// <summary>A known number written inside a command line (<c>-m 512m</c>): a fix replaces the token's characters.</summary>
        public static LaunchValue KnownNumberToken(long number, string text, Location location, LaunchEdit edit) =>
            new LaunchValue(ValueKind.Known, text, number, location, false, edit);

        public static LaunchValue Unknown(Location location, IParameterSymbol? sourceParameter = null) =>
            new LaunchValue(ValueKind.Unknown, null, null, location, false, LaunchEdit.None, sourceParameter);

        private static LaunchEdit ReplaceUnlessErroneous(LaunchEditKind kind, Location location) =>
            SyntaxErrors.At(location) ? LaunchEdit.None : new LaunchEdit(kind, location);
    }
}
