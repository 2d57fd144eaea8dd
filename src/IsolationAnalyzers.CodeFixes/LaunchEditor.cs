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
        /// Registers a fix that writes <paramref name="value"/>, computed now, so that it is offered only when it can be
        /// made: the anchor is still there, and the fixed text parses with no syntax error it did not have before
        /// (<see cref="AddsSyntaxErrors"/>). Half-typed code gets no fix rather than a broken one.
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

            var text = await changed.GetTextAsync(cancellationToken).ConfigureAwait(false);
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

                default:
                    return document;
            }
        }

        /// <summary><c>new HostConfig { Isolation = "…" }</c>, the type name simplified against the file's usings.</summary>
        private static ObjectCreationExpressionSyntax NewHostConfig(string value) =>
            SyntaxFactory.ObjectCreationExpression(
                    SyntaxFactory.ParseTypeName(DockerModels + "HostConfig").WithAdditionalAnnotations(Simplifier.Annotation).WithTrailingTrivia(SyntaxFactory.Space),
                    null,
                    SyntaxFactory.InitializerExpression(
                        SyntaxKind.ObjectInitializerExpression,
                        SyntaxFactory.Token(SyntaxKind.OpenBraceToken).WithTrailingTrivia(SyntaxFactory.Space),
                        SyntaxFactory.SingletonSeparatedList<ExpressionSyntax>(SyntaxEdits.Member("Isolation", SyntaxEdits.StringLiteral(value))),
                        SyntaxFactory.Token(SyntaxKind.CloseBraceToken).WithLeadingTrivia(SyntaxFactory.Space)))
                .WithNewKeyword(SyntaxFactory.Token(SyntaxKind.NewKeyword).WithTrailingTrivia(SyntaxFactory.Space));
    }
}
