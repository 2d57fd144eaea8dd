using Microsoft.CodeAnalysis;

namespace IsolationAnalyzers.Launches
{
    /// <summary>The kinds of edit the code fixes make. The recognizer, which knows the syntax, picks one.</summary>
    internal enum LaunchEditKind
    {
        /// <summary>No safe edit is known (the settings object or the text comes from elsewhere).</summary>
        None,

        /// <summary>Add <c>Isolation = "…"</c> to the object creation at the anchor (HostConfig, ContainerSpec).</summary>
        AddToInitializer,

        /// <summary>Add <c>HostConfig = new HostConfig { Isolation = "…" }</c> to the CreateContainerParameters creation at the anchor.</summary>
        AddHostConfig,

        /// <summary>Replace the expression at the anchor with a string literal of the new value.</summary>
        ReplaceExpression,

        /// <summary>Replace the characters at the anchor (inside a string literal) with the new value.</summary>
        ReplaceText,

        /// <summary>Insert the template, with <c>{0}</c> replaced by the new value, at the anchor (an empty span).</summary>
        InsertText,

        /// <summary>Replace the expression at the anchor with C# code (the value is code, not a string).</summary>
        ReplaceCode,

        /// <summary>Delete the characters at the anchor (a flag and its value inside a command line).</summary>
        DeleteText,

        /// <summary>Add <c>Template = "value"</c> to the object creation at the anchor (a pod's <c>RuntimeClassName</c>).</summary>
        AddProperty,

        /// <summary>
        /// Add string entries to the dictionary at the anchor (an object creation, or a nested collection initializer);
        /// the value is one <c>key=value</c> per line.
        /// </summary>
        AddEntries,

        /// <summary>
        /// Add <c>Template = new Dictionary&lt;string, string&gt; { … }</c> to the object creation at the anchor (a pod's
        /// <c>NodeSelector</c>); the value is one <c>key=value</c> per line.
        /// </summary>
        AddDictionary,
    }

    /// <summary>One edit a fix can make: what, where, and for text insertions the text around the value.</summary>
    internal readonly struct LaunchEdit
    {
        public LaunchEdit(LaunchEditKind kind, Location? anchor, string? template = null)
        {
            Kind = anchor is null ? LaunchEditKind.None : kind;
            Anchor = anchor;
            Template = template;
        }

        public LaunchEditKind Kind { get; }

        public Location? Anchor { get; }

        /// <summary>
        /// For <see cref="LaunchEditKind.InsertText"/>: the text to insert, <c>{0}</c> standing for the value; for
        /// <see cref="LaunchEditKind.AddProperty"/> and <see cref="LaunchEditKind.AddDictionary"/>: the property name.
        /// </summary>
        public string? Template { get; }

        public static LaunchEdit None => default;
    }
}
