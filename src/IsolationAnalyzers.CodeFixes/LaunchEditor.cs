using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using IsolationAnalyzers.Launches;
using IsolationAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;
using Microsoft.CodeAnalysis.Text;

namespace IsolationAnalyzers.CodeFixes
{
    /// <summary>
    /// Applies the edit the analyzer chose for a diagnostic (<see cref="FixProperties.Edit"/> and additional
    /// location 0) with a given value. Fixes differ only in the value they write.
    /// </summary>
    internal static class LaunchEditor
    {
        private const string DockerModels = "global::Docker.DotNet.Models.";
        private const string StringDictionary = "global::System.Collections.Generic.Dictionary<string, string>";

        /// <summary>The edit a diagnostic carries, or null when it carries none a fix can make.</summary>
        public static (LaunchEditKind Kind, Location Anchor, string? Template)? EditOf(Diagnostic diagnostic)
        {
            if (!diagnostic.Properties.TryGetValue(FixProperties.Edit, out var name)
                || !Enum.TryParse<LaunchEditKind>(name, out var kind)
                || kind == LaunchEditKind.None
                || diagnostic.AdditionalLocations.Count == 0)
            {
                return null;
            }

            diagnostic.Properties.TryGetValue(FixProperties.EditTemplate, out var template);
            if (kind == LaunchEditKind.InsertText && template is null)
            {
                return null;
            }

            return (kind, diagnostic.AdditionalLocations[0], template);
        }

        /// <summary>
        /// The solution with the edit made where its anchor is, which may be another document of the solution (the helper
        /// that starts the container, for a finding reported at one of its calls); null when the edit cannot be made,
        /// changes nothing or adds a syntax error (<see cref="TryApplyAsync"/>).
        /// </summary>
        public static async Task<Solution?> TryApplyToSolutionAsync(Document document, Diagnostic diagnostic, string value, CancellationToken cancellationToken)
        {
            if (EditOf(diagnostic) is not { } edit || edit.Anchor.SourceTree is not { } tree)
            {
                return null;
            }

            var target = document.Project.Solution.GetDocument(tree) ?? document;
            var changed = await TryApplyAsync(target, diagnostic, value, cancellationToken).ConfigureAwait(false);
            return changed?.Project.Solution;
        }

        /// <summary>
        /// Registers a fix that writes <paramref name="value"/>, computed now, so that it is offered only when it can be
        /// made: the anchor is still there, the text changes, and the fixed text parses with no syntax error it did not
        /// have before (<see cref="AddsSyntaxErrors"/>). Half-typed code gets no fix rather than a broken one.
        /// </summary>
        public static async Task RegisterAsync(CodeFixContext context, Diagnostic diagnostic, string title, string value, string equivalenceKey)
        {
            var fixedDocument = await TryApplyAsync(context.Document, diagnostic, value, context.CancellationToken).ConfigureAwait(false);
            if (fixedDocument is not null)
            {
                context.RegisterCodeFix(CodeAction.Create(title, _ => Task.FromResult(fixedDocument), equivalenceKey), diagnostic);
            }
        }

        /// <summary>The fixed document, or null when the edit cannot be made or would add a syntax error.</summary>
        public static async Task<Document?> TryApplyAsync(Document document, Diagnostic diagnostic, string value, CancellationToken cancellationToken)
        {
            var changed = await ApplyAsync(document, diagnostic, value, cancellationToken).ConfigureAwait(false);
            if (changed == document
                || await document.GetSyntaxTreeAsync(cancellationToken).ConfigureAwait(false) is not { } before)
            {
                return null;
            }

            // An edit that writes what is already there is no fix.
            var text = await changed.GetTextAsync(cancellationToken).ConfigureAwait(false);
            if (text.ContentEquals(await document.GetTextAsync(cancellationToken).ConfigureAwait(false)))
            {
                return null;
            }

            return AddsSyntaxErrors(before, before.WithChangedText(text), cancellationToken) ? null : changed;
        }

        /// <summary>
        /// True when some syntax error ID occurs more often in <paramref name="after"/> than in <paramref name="before"/>.
        /// The fixed text is parsed again (incrementally) rather than trusting the edited tree, which keeps whatever
        /// tokens the edit put next to each other even where they would not parse that way.
        /// </summary>
        internal static bool AddsSyntaxErrors(SyntaxTree before, SyntaxTree after, CancellationToken cancellationToken)
        {
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var diagnostic in before.GetDiagnostics(cancellationToken))
            {
                if (diagnostic.Severity == DiagnosticSeverity.Error)
                {
                    counts[diagnostic.Id] = counts.TryGetValue(diagnostic.Id, out var n) ? n + 1 : 1;
                }
            }

            foreach (var diagnostic in after.GetDiagnostics(cancellationToken))
            {
                if (diagnostic.Severity != DiagnosticSeverity.Error)
                {
                    continue;
                }

                if (!counts.TryGetValue(diagnostic.Id, out var left) || left == 0)
                {
                    return true;
                }

                counts[diagnostic.Id] = left - 1;
            }

            return false;
        }

        public static async Task<Document> ApplyAsync(Document document, Diagnostic diagnostic, string value, CancellationToken cancellationToken)
        {
            if (EditOf(diagnostic) is not { } edit)
            {
                return document;
            }

            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (root is null || edit.Anchor.SourceSpan.End > root.FullSpan.End)
            {
                return document;
            }

            var span = edit.Anchor.SourceSpan;
            switch (edit.Kind)
            {
                case LaunchEditKind.ReplaceExpression:
                    return SyntaxEdits.FindNode<ExpressionSyntax>(root, span) is { } expression
                        ? document.WithSyntaxRoot(SyntaxEdits.ReplaceWithString(root, expression, value))
                        : document;

                case LaunchEditKind.ReplaceText:
                case LaunchEditKind.ReplaceCode:
                case LaunchEditKind.InsertText:
                case LaunchEditKind.DeleteText:
                    var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
                    var newText = edit.Kind switch
                    {
                        LaunchEditKind.InsertText => string.Format(CultureInfo.InvariantCulture, edit.Template!, value),
                        LaunchEditKind.DeleteText => string.Empty,
                        LaunchEditKind.ReplaceText => SyntaxEdits.EscapeFor(root.FindToken(span.Start), value),
                        _ => value,
                    };
                    return newText is null ? document : document.WithText(text.WithChanges(new TextChange(span, newText)));

                case LaunchEditKind.AddToInitializer:
                    if (SyntaxEdits.FindNode<BaseObjectCreationExpressionSyntax>(root, span) is { } settings)
                    {
                        var member = SyntaxEdits.Member("Isolation", SyntaxEdits.StringLiteral(value));
                        return document.WithSyntaxRoot(root.ReplaceNode(settings, SyntaxEdits.AddMember(settings, member, SyntaxEdits.EndOfLine(root))));
                    }

                    return document;

                case LaunchEditKind.AddHostConfig:
                    if (SyntaxEdits.FindNode<BaseObjectCreationExpressionSyntax>(root, span) is { } parameters)
                    {
                        var member = SyntaxEdits.Member("HostConfig", NewHostConfig(value));
                        return document.WithSyntaxRoot(root.ReplaceNode(parameters, SyntaxEdits.AddMember(parameters, member, SyntaxEdits.EndOfLine(root))));
                    }

                    return document;

                case LaunchEditKind.AddProperty:
                case LaunchEditKind.AddDictionary:
                    if (SyntaxEdits.FindNode<BaseObjectCreationExpressionSyntax>(root, span) is { } owner && edit.Template is { } property)
                    {
                        ExpressionSyntax assigned = edit.Kind == LaunchEditKind.AddProperty ? SyntaxEdits.StringLiteral(value) : NewStringDictionary(Entries(value));
                        var member = SyntaxEdits.Member(property, assigned);
                        return document.WithSyntaxRoot(root.ReplaceNode(owner, SyntaxEdits.AddMember(owner, member, SyntaxEdits.EndOfLine(root))));
                    }

                    return document;

                case LaunchEditKind.AddEntries:
                    return AddEntries(document, root, span, Entries(value));

                default:
                    return document;
            }
        }

        /// <summary>The <c>key=value</c> lines of a node selector fix.</summary>
        private static (string Key, string Value)[] Entries(string value)
        {
            var lines = value.Split('\n');
            var entries = new (string, string)[lines.Length];
            for (var i = 0; i < lines.Length; i++)
            {
                var separator = lines[i].IndexOf('=');
                entries[i] = separator < 0 ? (lines[i], string.Empty) : (lines[i].Substring(0, separator), lines[i].Substring(separator + 1));
            }

            return entries;
        }

        /// <summary>
        /// Adds entries to a dictionary's initializer (of its creation, or a nested <c>Name = { … }</c>), in the style of its
        /// first entry: <c>{ "key", "value" }</c> when it uses that form, else <c>["key"] = "value"</c>.
        /// </summary>
        private static Document AddEntries(Document document, SyntaxNode root, TextSpan span, (string Key, string Value)[] entries)
        {
            var endOfLine = SyntaxEdits.EndOfLine(root);
            if (SyntaxEdits.FindNode<BaseObjectCreationExpressionSyntax>(root, span) is { } creation)
            {
                var pairs = FirstIsPair(creation.Initializer);
                var updated = creation;
                foreach (var (key, value) in entries)
                {
                    updated = SyntaxEdits.AddMember(updated, Entry(key, value, pairs), endOfLine);
                }

                return document.WithSyntaxRoot(root.ReplaceNode(creation, updated));
            }

            if (SyntaxEdits.FindNode<InitializerExpressionSyntax>(root, span) is { } initializer)
            {
                var pairs = FirstIsPair(initializer);
                var updated = initializer;
                foreach (var (key, value) in entries)
                {
                    updated = SyntaxEdits.AddMember(updated, Entry(key, value, pairs), endOfLine);
                }

                return document.WithSyntaxRoot(root.ReplaceNode(initializer, updated));
            }

            return document;
        }

        private static bool FirstIsPair(InitializerExpressionSyntax? initializer) =>
            initializer is { Expressions.Count: > 0 } && initializer.Expressions[0].IsKind(SyntaxKind.ComplexElementInitializerExpression);

        /// <summary><c>["key"] = "value"</c>, or <c>{ "key", "value" }</c>.</summary>
        private static ExpressionSyntax Entry(string key, string value, bool pair)
        {
            if (pair)
            {
                return SyntaxFactory.InitializerExpression(
                    SyntaxKind.ComplexElementInitializerExpression,
                    SyntaxFactory.Token(SyntaxKind.OpenBraceToken).WithTrailingTrivia(SyntaxFactory.Space),
                    SyntaxFactory.SeparatedList<ExpressionSyntax>(
                        new SyntaxNodeOrToken[] { SyntaxEdits.StringLiteral(key), SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(SyntaxFactory.Space), SyntaxEdits.StringLiteral(value) }),
                    SyntaxFactory.Token(SyntaxKind.CloseBraceToken).WithLeadingTrivia(SyntaxFactory.Space));
            }

            return SyntaxFactory.AssignmentExpression(
                SyntaxKind.SimpleAssignmentExpression,
                SyntaxFactory.ImplicitElementAccess(
                    SyntaxFactory.BracketedArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(SyntaxEdits.StringLiteral(key))))).WithTrailingTrivia(SyntaxFactory.Space),
                SyntaxFactory.Token(SyntaxKind.EqualsToken).WithTrailingTrivia(SyntaxFactory.Space),
                SyntaxEdits.StringLiteral(value));
        }

        /// <summary><c>new Dictionary&lt;string, string&gt; { ["key"] = "value", … }</c>, the type name simplified against the file's usings.</summary>
        private static ObjectCreationExpressionSyntax NewStringDictionary((string Key, string Value)[] entries)
        {
            var items = new System.Collections.Generic.List<SyntaxNodeOrToken>();
            foreach (var (key, value) in entries)
            {
                if (items.Count > 0)
                {
                    items.Add(SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(SyntaxFactory.Space));
                }

                items.Add(Entry(key, value, pair: false));
            }

            return NewObject(StringDictionary, SyntaxFactory.SeparatedList<ExpressionSyntax>(items));
        }

        /// <summary><c>new HostConfig { Isolation = "…" }</c>, the type name simplified against the file's usings.</summary>
        private static ObjectCreationExpressionSyntax NewHostConfig(string value) =>
            NewObject(DockerModels + "HostConfig", SyntaxFactory.SingletonSeparatedList<ExpressionSyntax>(SyntaxEdits.Member("Isolation", SyntaxEdits.StringLiteral(value))));

        /// <summary><c>new T { … }</c> on one line, the type name (fully qualified) simplified against the file's usings.</summary>
        private static ObjectCreationExpressionSyntax NewObject(string typeName, SeparatedSyntaxList<ExpressionSyntax> members) =>
            SyntaxFactory.ObjectCreationExpression(
                    SyntaxFactory.ParseTypeName(typeName).WithAdditionalAnnotations(Simplifier.Annotation).WithTrailingTrivia(SyntaxFactory.Space),
                    null,
                    SyntaxFactory.InitializerExpression(
                        SyntaxKind.ObjectInitializerExpression,
                        SyntaxFactory.Token(SyntaxKind.OpenBraceToken).WithTrailingTrivia(SyntaxFactory.Space),
                        members,
                        SyntaxFactory.Token(SyntaxKind.CloseBraceToken).WithLeadingTrivia(SyntaxFactory.Space)))
                .WithNewKeyword(SyntaxFactory.Token(SyntaxKind.NewKeyword).WithTrailingTrivia(SyntaxFactory.Space));
    }
}
