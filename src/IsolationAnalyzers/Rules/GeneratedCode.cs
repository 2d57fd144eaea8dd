using System;
using System.Threading;
using IsolationAnalyzers.Candidates;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace IsolationAnalyzers.Rules
{
    /// <summary>
    /// Which of our diagnostics stand in generated code, decided as the compiler's analyzer driver decides it for an
    /// analyzer that does not report there: a hidden region (<c>#line hidden</c>, and in such a file the code before
    /// the first <c>#line</c>), or, in a file that names it, a declaration that carries
    /// <c>System.CodeDom.Compiler.GeneratedCodeAttribute</c> itself or on a containing type (or on the module or
    /// assembly). Generated files (by name, by an <c>&lt;auto-generated&gt;</c> header, by <c>generated_code = true</c>)
    /// are never analyzed at all: the driver skips them, since we do not ask to analyze generated code.
    /// <para>
    /// The analyzer registers <see cref="Microsoft.CodeAnalysis.Diagnostics.GeneratedCodeAnalysisFlags.ReportDiagnostics"/>
    /// and filters here instead, because the driver's own filter reads every token of a file that we report in (to
    /// find a <c>GeneratedCode</c> token) and bills it to the first analyzer that reports there: 14–17 ms of ours on
    /// the benchmark's 1,000 files when no other analyzer reported in them. This filter reads the text, which
    /// <see cref="TreeScan"/> already holds, and binds nothing unless the file names the attribute.
    /// </para>
    /// </summary>
    internal sealed class GeneratedCode
    {
        internal const string AttributeName = "GeneratedCode";

        private const string AttributeMetadataName = "System.CodeDom.Compiler.GeneratedCodeAttribute";

        private readonly SemanticModel model;
        private readonly INamedTypeSymbol? attribute;
        private readonly bool hiddenRegions;

        private GeneratedCode(SemanticModel model, INamedTypeSymbol? attribute, bool hiddenRegions)
        {
            this.model = model;
            this.attribute = attribute;
            this.hiddenRegions = hiddenRegions;
        }

        /// <summary>
        /// The filter for the diagnostics of one analyzed file, or null when none of them can be in generated code:
        /// the file has no hidden region and does not name the attribute (as the driver, which looks for a
        /// <c>GeneratedCode</c> or <c>GeneratedCodeAttribute</c> token first).
        /// </summary>
        public static GeneratedCode? For(SemanticModel model, CancellationToken cancellationToken)
        {
            var tree = model.SyntaxTree;
            var hiddenRegions = tree.HasHiddenRegions();
            var named = TreeScan.For(tree).NamesGeneratedCode(cancellationToken);
            if (!hiddenRegions && !named)
            {
                return null;
            }

            var attribute = named ? model.Compilation.GetTypeByMetadataName(AttributeMetadataName) : null;
            return attribute is null && !hiddenRegions ? null : new GeneratedCode(model, attribute, hiddenRegions);
        }

        /// <summary>The report action of a file: <paramref name="report"/> itself, or one that drops diagnostics in generated code.</summary>
        public static Action<Diagnostic> Filter(SemanticModel model, Action<Diagnostic> report, CancellationToken cancellationToken)
        {
            var generated = For(model, cancellationToken);
            return generated is null
                ? report
                : diagnostic =>
                {
                    if (!generated.Contains(diagnostic.Location, cancellationToken))
                    {
                        report(diagnostic);
                    }
                };
        }

        /// <summary>True when the location is in a hidden region or inside a declaration marked as generated code.</summary>
        public bool Contains(Location location, CancellationToken cancellationToken)
        {
            if (!location.IsInSource || location.SourceTree != model.SyntaxTree)
            {
                return false;
            }

            var tree = model.SyntaxTree;
            // As the compiler's own test of a hidden position: in a file with hidden regions, code before the first
            // #line directive is hidden too.
            if (hiddenRegions && tree.GetLineVisibility(location.SourceSpan.Start, cancellationToken) is LineVisibility.Hidden or LineVisibility.BeforeFirstLineDirective)
            {
                return true;
            }

            if (attribute is null)
            {
                return false;
            }

            for (var node = tree.GetRoot(cancellationToken).FindNode(location.SourceSpan, getInnermostNodeForTie: true); node is not null; node = node.Parent)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (node is BaseFieldDeclarationSyntax field)
                {
                    foreach (var variable in field.Declaration.Variables)
                    {
                        if (IsMarked(model.GetDeclaredSymbol(variable, cancellationToken)))
                        {
                            return true;
                        }
                    }
                }
                else if (node is MemberDeclarationSyntax or AccessorDeclarationSyntax && IsMarked(model.GetDeclaredSymbol(node, cancellationToken)))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// The symbol or one that contains it (a type, the module, the assembly) carries the attribute, as the driver
        /// reads it: a symbol declared in more than one place (a partial type or method) counts as written by hand,
        /// whatever its parts say, and so does a namespace.
        /// </summary>
        private bool IsMarked(ISymbol? symbol)
        {
            for (; symbol is not null; symbol = symbol.ContainingSymbol)
            {
                if (symbol.Kind == SymbolKind.Namespace || symbol.DeclaringSyntaxReferences.Length > 1)
                {
                    continue;
                }

                foreach (var data in symbol.GetAttributes())
                {
                    if (SymbolEqualityComparer.Default.Equals(data.AttributeClass, attribute))
                    {
                        return true;
                    }
                }
            }

            return false;
        }
    }
}
