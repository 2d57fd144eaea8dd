using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace IsolationAnalyzers.Candidates
{
    /// <summary>One member whose code may launch a container: its operation trees and the symbol that owns them.</summary>
    internal readonly struct CandidateMember
    {
        public CandidateMember(SyntaxNode declaration, ISymbol? owner, IOperation[] roots)
        {
            Declaration = declaration;
            Owner = owner;
            Roots = roots;
        }

        /// <summary>The member's declaration (a method, accessor, field, property, or the compilation unit's top-level statements).</summary>
        public SyntaxNode Declaration { get; }

        /// <summary>The method, accessor, field or property (trust markers are read from it and its containing types).</summary>
        public ISymbol? Owner { get; }

        /// <summary>The member's operation trees: a body, an expression body, an initializer.</summary>
        public IOperation[] Roots { get; }
    }

    /// <summary>
    /// Maps text positions (where <see cref="TreeScan"/> found a word) to the members that hold them, and asks the
    /// semantic model for those members' operations only. A member is the smallest declaration with its own
    /// operation tree: a method, constructor, operator or accessor (local functions and lambdas belong to it), a
    /// field or property initializer, an expression-bodied property, or the top-level statements of a file.
    /// </summary>
    internal static class CandidateMembers
    {
        /// <summary>The distinct member declarations that contain the positions, in source order.</summary>
        public static List<SyntaxNode> At(SyntaxNode root, int[] positions, TextSpan? filterSpan, CancellationToken cancellationToken)
        {
            var members = new List<SyntaxNode>();
            var cursor = new TokenCursor(root);
            SyntaxNode? last = null;
            foreach (var position in positions)
            {
                cancellationToken.ThrowIfCancellationRequested();

                // Positions are sorted: one inside the member found last needs no walk up the tree.
                if (last is not null && last.FullSpan.Contains(position))
                {
                    continue;
                }

                if (position >= root.FullSpan.End)
                {
                    break;
                }

                var member = MemberOf(cursor.Find(position));
                if (member is null)
                {
                    // A base type a constructor calls (`: base("…")`, or a primary constructor's `: Fixture("…")`):
                    // the calls are in the constructors.
                    foreach (var constructor in BaseConstructorCalls(root, position))
                    {
                        if ((filterSpan is not { } filter || constructor.FullSpan.IntersectsWith(filter)) && !members.Contains(constructor))
                        {
                            members.Add(constructor);
                        }
                    }

                    continue;
                }

                if (filterSpan is { } span && !member.FullSpan.IntersectsWith(span))
                {
                    continue;
                }

                last = member;
                if (!members.Contains(member))
                {
                    members.Add(member);
                }
            }

            return members;
        }

        /// <summary>
        /// For a position in a type's base list: the constructors that call a base constructor, and the type itself when
        /// its primary constructor passes arguments to the base type.
        /// </summary>
        private static IEnumerable<SyntaxNode> BaseConstructorCalls(SyntaxNode root, int position)
        {
            var token = root.FindToken(position, findInsideTrivia: false);
            if (token.Parent?.FirstAncestorOrSelf<BaseListSyntax>() is not { Parent: TypeDeclarationSyntax type } baseList)
            {
                yield break;
            }

            foreach (var baseType in baseList.Types)
            {
                if (baseType is PrimaryConstructorBaseTypeSyntax && type.ParameterList is not null)
                {
                    yield return type;
                }
            }

            foreach (var member in type.Members)
            {
                if (member is ConstructorDeclarationSyntax { Initializer: { } })
                {
                    yield return member;
                }
            }
        }

        /// <summary>The innermost member declaration around a position, or null outside any (usings, namespaces, base lists).</summary>
        internal static SyntaxNode? MemberAt(SyntaxNode root, int position) => MemberOf(root.FindToken(position, findInsideTrivia: false));

        /// <summary>The innermost member declaration around a token (<see cref="MemberAt"/>).</summary>
        private static SyntaxNode? MemberOf(SyntaxToken token)
        {
            for (var node = token.Parent; node is not null; node = node.Parent)
            {
                switch (node)
                {
                    case AccessorDeclarationSyntax:
                    case BaseMethodDeclarationSyntax:
                    case BasePropertyDeclarationSyntax:
                    case BaseFieldDeclarationSyntax:
                        return node;
                    case GlobalStatementSyntax:
                        // All top-level statements of a file make one entry point: one member.
                        return node.Parent;
                    case LocalFunctionStatementSyntax:
                    case AnonymousFunctionExpressionSyntax:
                        // Part of the enclosing member's operation tree.
                        continue;
                    case BaseTypeDeclarationSyntax:
                    case DelegateDeclarationSyntax:
                    case BaseNamespaceDeclarationSyntax:
                    case CompilationUnitSyntax:
                        return null;
                }
            }

            return null;
        }

        /// <summary>The member's operation trees and owner; no roots for declarations without code.</summary>
        public static CandidateMember Resolve(SyntaxNode declaration, SemanticModel model, CancellationToken cancellationToken)
        {
            AnalysisProbe.OperationTreesRequested();
            var roots = new List<IOperation>();
            ISymbol? owner = null;
            switch (declaration)
            {
                case AccessorDeclarationSyntax accessor:
                    owner = model.GetDeclaredSymbol(accessor, cancellationToken);
                    Add(SafeOperations.Of(model, accessor, cancellationToken));
                    break;

                case BaseMethodDeclarationSyntax method:
                    owner = model.GetDeclaredSymbol(method, cancellationToken);
                    Add(SafeOperations.Of(model, method, cancellationToken));
                    break;

                case PropertyDeclarationSyntax property:
                    owner = model.GetDeclaredSymbol(property, cancellationToken);
                    if (property.ExpressionBody is { } propertyBody)
                    {
                        // The getter of `T P => …` owns the code.
                        owner = (owner as IPropertySymbol)?.GetMethod ?? owner;
                        Add(SafeOperations.Of(model, propertyBody, cancellationToken));
                    }

                    if (property.Initializer is { } initializer)
                    {
                        Add(SafeOperations.Of(model, initializer, cancellationToken));
                    }

                    break;

                case IndexerDeclarationSyntax indexer when indexer.ExpressionBody is { } indexerBody:
                    owner = (model.GetDeclaredSymbol(indexer, cancellationToken) as IPropertySymbol)?.GetMethod;
                    Add(SafeOperations.Of(model, indexerBody, cancellationToken));
                    break;

                case BaseFieldDeclarationSyntax field:
                    foreach (var variable in field.Declaration.Variables)
                    {
                        if (variable.Initializer is { } value)
                        {
                            owner ??= model.GetDeclaredSymbol(variable, cancellationToken);
                            Add(SafeOperations.Of(model, value, cancellationToken));
                        }
                    }

                    break;

                case TypeDeclarationSyntax { ParameterList: not null } type:
                    // The primary constructor: its call of the base type's constructor (and its parameters' uses).
                    if (SafeOperations.Of(model, type, cancellationToken) is { } primary)
                    {
                        roots.Add(primary);
                        owner = (model.GetDeclaredSymbol(type, cancellationToken) as INamedTypeSymbol)?.InstanceConstructors.FirstOrDefault(
                            c => c.DeclaringSyntaxReferences.Any(r => r.GetSyntax(cancellationToken) == type));
                    }

                    break;

                case CompilationUnitSyntax unit:
                    foreach (var member in unit.Members)
                    {
                        if (member is GlobalStatementSyntax statement)
                        {
                            owner ??= model.GetEnclosingSymbol(statement.Statement.SpanStart, cancellationToken);
                            Add(SafeOperations.Of(model, statement.Statement, cancellationToken));
                        }
                    }

                    break;
            }

            return new CandidateMember(declaration, owner, roots.ToArray());

            void Add(IOperation? operation)
            {
                // Only whole trees: a statement of the top-level program is its own root in the semantic model.
                if (operation is not null)
                {
                    roots.Add(operation);
                }
            }
        }
    }
}
