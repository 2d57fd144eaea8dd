using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using IsolationAnalyzers.Knowledge;
using IsolationAnalyzers.Launches;
using IsolationAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;

namespace IsolationAnalyzers.CodeFixes
{
    /// <summary>
    /// "Use Hyper-V isolation" (ISO0001, ISO0002) and "Use process isolation" (ISO0001): sets the isolation where the
    /// analyzer said it can be set (replace a value, add it to an initializer, or add a HostConfig).
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseIsolationModeCodeFixProvider)), Shared]
    public sealed class UseIsolationModeCodeFixProvider : CodeFixProvider
    {
        private const string DockerModels = "global::Docker.DotNet.Models.";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } =
            ImmutableArray.Create(RuleIds.MissingIsolation, RuleIds.ProcessIsolationBuildMismatch);

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            foreach (var diagnostic in context.Diagnostics)
            {
                if (!diagnostic.Properties.TryGetValue(FixProperties.IsolationEdit, out var editName)
                    || !System.Enum.TryParse<IsolationEditKind>(editName, out var edit)
                    || edit == IsolationEditKind.None
                    || diagnostic.AdditionalLocations.Count == 0)
                {
                    continue;
                }

                var anchor = diagnostic.AdditionalLocations[0];
                context.RegisterCodeFix(
                    CodeAction.Create(
                        "Use Hyper-V isolation",
                        token => SetIsolationAsync(context.Document, anchor, edit, IsolationValues.HyperV, token),
                        EquivalenceKeys.UseHyperVIsolation),
                    diagnostic);

                if (diagnostic.Id == RuleIds.MissingIsolation && diagnostic.Properties.ContainsKey(FixProperties.ProcessFixAllowed))
                {
                    context.RegisterCodeFix(
                        CodeAction.Create(
                            "Use process isolation",
                            token => SetIsolationAsync(context.Document, anchor, edit, IsolationValues.Process, token),
                            EquivalenceKeys.UseProcessIsolation),
                        diagnostic);
                }
            }

            return Task.CompletedTask;
        }

        private static async Task<Document> SetIsolationAsync(Document document, Location anchor, IsolationEditKind edit, string value, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (root is null)
            {
                return document;
            }

            SyntaxNode? newRoot = null;
            switch (edit)
            {
                case IsolationEditKind.ReplaceValue:
                    if (SyntaxEdits.FindNode<ExpressionSyntax>(root, anchor.SourceSpan) is { } expression)
                    {
                        newRoot = SyntaxEdits.ReplaceWithString(root, expression, value);
                    }

                    break;

                case IsolationEditKind.AddToInitializer:
                    if (SyntaxEdits.FindNode<BaseObjectCreationExpressionSyntax>(root, anchor.SourceSpan) is { } settings)
                    {
                        var member = SyntaxEdits.Member("Isolation", SyntaxEdits.StringLiteral(value));
                        newRoot = root.ReplaceNode(settings, SyntaxEdits.AddMember(settings, member, SyntaxEdits.EndOfLine(root)));
                    }

                    break;

                case IsolationEditKind.AddHostConfig:
                    if (SyntaxEdits.FindNode<BaseObjectCreationExpressionSyntax>(root, anchor.SourceSpan) is { } parameters)
                    {
                        var hostConfig = SyntaxFactory.ObjectCreationExpression(
                                SyntaxFactory.ParseTypeName(DockerModels + "HostConfig").WithAdditionalAnnotations(Simplifier.Annotation).WithTrailingTrivia(SyntaxFactory.Space),
                                null,
                                SyntaxFactory.InitializerExpression(
                                    SyntaxKind.ObjectInitializerExpression,
                                    SyntaxFactory.Token(SyntaxKind.OpenBraceToken).WithTrailingTrivia(SyntaxFactory.Space),
                                    SyntaxFactory.SingletonSeparatedList<ExpressionSyntax>(SyntaxEdits.Member("Isolation", SyntaxEdits.StringLiteral(value))),
                                    SyntaxFactory.Token(SyntaxKind.CloseBraceToken).WithLeadingTrivia(SyntaxFactory.Space)))
                            .WithNewKeyword(SyntaxFactory.Token(SyntaxKind.NewKeyword).WithTrailingTrivia(SyntaxFactory.Space));
                        var member = SyntaxEdits.Member("HostConfig", hostConfig);
                        newRoot = root.ReplaceNode(parameters, SyntaxEdits.AddMember(parameters, member, SyntaxEdits.EndOfLine(root)));
                    }

                    break;
            }

            return newRoot is null ? document : document.WithSyntaxRoot(newRoot);
        }
    }
}
