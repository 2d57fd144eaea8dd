using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Threading;
using IsolationAnalyzers.Candidates;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace IsolationAnalyzers.Flow
{
    /// <summary>One expression a member's value can come from.</summary>
    internal readonly struct MemberValue
    {
        public MemberValue(IOperation value, IMethodSymbol? constructor)
        {
            Value = value;
            Constructor = constructor;
        }

        /// <summary>The initializer, the constructor assignment's value, or the returned expression.</summary>
        public IOperation Value { get; }

        /// <summary>For a value assigned in a constructor: that constructor (an instance made by another one does not get it).</summary>
        public IMethodSymbol? Constructor { get; }
    }

    /// <summary>
    /// The compilation's value-flow services (rules.md §1.2): the values of members and method results, and the
    /// launch templates of helper methods. Created once per compilation; everything it computes is cached, so a
    /// member read by many launches is bound once.
    /// </summary>
    internal sealed partial class ValueFlow
    {
        private readonly ConcurrentDictionary<SyntaxTree, SemanticModel> models = new ConcurrentDictionary<SyntaxTree, SemanticModel>();
        private readonly ConcurrentDictionary<ISymbol, ImmutableArray<MemberValue>> values = new ConcurrentDictionary<ISymbol, ImmutableArray<MemberValue>>(SymbolEqualityComparer.Default);

        public ValueFlow(Compilation compilation)
        {
            Compilation = compilation;
        }

        public Compilation Compilation { get; }

        /// <summary>Lets the flow reuse the semantic model the driver gave for a file (its bound members are cached there).</summary>
        public void Offer(SemanticModel model) => models.TryAdd(model.SyntaxTree, model);

        /// <summary>The semantic model of a file of this compilation.</summary>
        public SemanticModel? Model(SyntaxTree tree) =>
            Compilation.ContainsSyntaxTree(tree) ? models.GetOrAdd(tree, NewModel) : null;

        /// <summary>The operation tree of a node in a file of this compilation (null where the compiler cannot build one).</summary>
        private IOperation? OperationOf(SyntaxNode node, CancellationToken cancellationToken) =>
            Model(node.SyntaxTree) is { } model ? SafeOperations.Of(model, node, cancellationToken) : null;

        [SuppressMessage("MicrosoftCodeAnalysisPerformance", "RS1030:Do not invoke Compilation.GetSemanticModel() method within a diagnostic analyzer", Justification = "Values written in another file (rules.md §1.2); one model per file, cached, only for members a launch reads.")]
        private SemanticModel NewModel(SyntaxTree tree)
        {
            AnalysisProbe.SemanticModelRequested();
            return Compilation.GetSemanticModel(tree);
        }

        /// <summary>
        /// The expressions a member's value comes from (rules.md §1.2 point 1), empty when the member does not qualify:
        /// <c>static readonly</c> fields and static get-only properties (initializer, static constructor assignments, or
        /// the getter's returned expressions); <c>readonly</c> instance fields and get-only auto-properties (initializer
        /// and every constructor assignment); getters and non-virtual methods (every returned expression). Only members
        /// declared in source of this compilation.
        /// </summary>
        public ImmutableArray<MemberValue> ValuesOf(ISymbol member, CancellationToken cancellationToken)
        {
            member = member.OriginalDefinition;
            if (values.TryGetValue(member, out var found))
            {
                return found;
            }

            // Computed outside the cache's lock; a race computes the same values twice.
            return values.GetOrAdd(member, Compute(member, cancellationToken));
        }

        private ImmutableArray<MemberValue> Compute(ISymbol member, CancellationToken cancellationToken)
        {
            var builder = ImmutableArray.CreateBuilder<MemberValue>();
            switch (member)
            {
                case IFieldSymbol { IsReadOnly: true, IsConst: false } field:
                    AddInitializers(field, builder, cancellationToken);
                    AddConstructorAssignments(field, field.IsStatic, builder, cancellationToken);
                    break;

                case IPropertySymbol { IsIndexer: false, SetMethod: null } property when !IsOverridable(property):
                    if (IsAutoProperty(property, cancellationToken))
                    {
                        AddInitializers(property, builder, cancellationToken);
                        AddConstructorAssignments(property, property.IsStatic, builder, cancellationToken);
                    }
                    else if (property.GetMethod is { } getter)
                    {
                        AddReturns(getter, builder, cancellationToken);
                    }

                    break;

                case IMethodSymbol { MethodKind: MethodKind.Ordinary or MethodKind.PropertyGet or MethodKind.LocalFunction, ReturnsVoid: false } method when !IsOverridable(method):
                    AddReturns(method, builder, cancellationToken);
                    break;
            }

            return builder.ToImmutable();
        }

        private static bool IsOverridable(ISymbol member) =>
            (member.IsVirtual || member.IsAbstract || member.IsOverride || member.IsExtern)
            && !member.IsSealed && member.ContainingType is { IsSealed: false }
            || member.ContainingType is { TypeKind: TypeKind.Interface };

        private static bool IsAutoProperty(IPropertySymbol property, CancellationToken cancellationToken)
        {
            foreach (var reference in property.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax(cancellationToken) is PropertyDeclarationSyntax { ExpressionBody: null, AccessorList: { } accessors })
                {
                    foreach (var accessor in accessors.Accessors)
                    {
                        if (accessor.Body is not null || accessor.ExpressionBody is not null)
                        {
                            return false;
                        }
                    }

                    return true;
                }
            }

            return false;
        }

        private void AddInitializers(ISymbol member, ImmutableArray<MemberValue>.Builder builder, CancellationToken cancellationToken)
        {
            foreach (var reference in member.DeclaringSyntaxReferences)
            {
                var syntax = reference.GetSyntax(cancellationToken);
                EqualsValueClauseSyntax? initializer = syntax switch
                {
                    VariableDeclaratorSyntax declarator => declarator.Initializer,
                    PropertyDeclarationSyntax property => property.Initializer,
                    _ => null,
                };
                if (initializer is not null && OperationOf(initializer, cancellationToken) is ISymbolInitializerOperation operation)
                {
                    builder.Add(new MemberValue(operation.Value, null));
                }
            }
        }

        /// <summary><c>x = …</c> / <c>this.x = …</c> in the type's constructors (static ones for static members).</summary>
        private void AddConstructorAssignments(ISymbol member, bool isStatic, ImmutableArray<MemberValue>.Builder builder, CancellationToken cancellationToken)
        {
            var type = member.ContainingType;
            foreach (var constructor in isStatic ? type.StaticConstructors : type.InstanceConstructors)
            {
                foreach (var reference in constructor.DeclaringSyntaxReferences)
                {
                    var syntax = reference.GetSyntax(cancellationToken);
                    if (syntax is not ConstructorDeclarationSyntax declaration || OperationOf(declaration, cancellationToken) is not { } body)
                    {
                        continue;
                    }

                    foreach (var operation in body.Descendants())
                    {
                        if (operation is ISimpleAssignmentOperation assignment && IsMember(assignment.Target, member))
                        {
                            builder.Add(new MemberValue(assignment.Value, constructor));
                        }
                    }
                }
            }
        }

        private static bool IsMember(IOperation target, ISymbol member)
        {
            var symbol = target switch
            {
                IFieldReferenceOperation field when field.Instance is null or IInstanceReferenceOperation => (ISymbol)field.Field,
                IPropertyReferenceOperation property when property.Instance is null or IInstanceReferenceOperation => property.Property,
                _ => null,
            };
            return symbol is not null && SymbolEqualityComparer.Default.Equals(symbol.OriginalDefinition, member);
        }

        /// <summary>Every expression the method returns (not those of lambdas or local functions inside it).</summary>
        private void AddReturns(IMethodSymbol method, ImmutableArray<MemberValue>.Builder builder, CancellationToken cancellationToken)
        {
            foreach (var reference in method.DeclaringSyntaxReferences)
            {
                var syntax = reference.GetSyntax(cancellationToken);
                var model = Model(syntax.SyntaxTree);
                if (model is null)
                {
                    continue;
                }

                IOperation? body = syntax switch
                {
                    ArrowExpressionClauseSyntax arrow => SafeOperations.Of(model, arrow.Expression, cancellationToken),
                    PropertyDeclarationSyntax { ExpressionBody: { } arrow } => SafeOperations.Of(model, arrow.Expression, cancellationToken),
                    MethodDeclarationSyntax { ExpressionBody: { } arrow } => SafeOperations.Of(model, arrow.Expression, cancellationToken),
                    LocalFunctionStatementSyntax { ExpressionBody: { } arrow } => SafeOperations.Of(model, arrow.Expression, cancellationToken),
                    AccessorDeclarationSyntax { ExpressionBody: { } arrow } => SafeOperations.Of(model, arrow.Expression, cancellationToken),
                    MethodDeclarationSyntax { Body: { } block } => SafeOperations.Of(model, block, cancellationToken),
                    LocalFunctionStatementSyntax { Body: { } block } => SafeOperations.Of(model, block, cancellationToken),
                    AccessorDeclarationSyntax { Body: { } block } => SafeOperations.Of(model, block, cancellationToken),
                    _ => null,
                };
                if (body is null)
                {
                    continue;
                }

                if (body is not IBlockOperation)
                {
                    builder.Add(new MemberValue(body, null));
                    continue;
                }

                var returns = 0;
                foreach (var @return in Returns(body))
                {
                    returns++;
                    builder.Add(new MemberValue(@return, null));
                }

                if (returns == 0)
                {
                    // A body that only throws returns nothing we could use.
                    continue;
                }
            }
        }

        private static IEnumerable<IOperation> Returns(IOperation body)
        {
            var pending = new Stack<IOperation>();
            pending.Push(body);
            while (pending.Count > 0)
            {
                var operation = pending.Pop();
                if (operation is IReturnOperation { ReturnedValue: { } returned })
                {
                    yield return returned;
                    continue;
                }

                foreach (var child in operation.ChildOperations)
                {
                    if (child is not IAnonymousFunctionOperation and not ILocalFunctionOperation)
                    {
                        pending.Push(child);
                    }
                }
            }
        }
    }
}
