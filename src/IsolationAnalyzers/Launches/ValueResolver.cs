using System.Collections.Generic;
using System.Threading;
using IsolationAnalyzers.Flow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace IsolationAnalyzers.Launches
{
    /// <summary>
    /// Turns an expression into the set of values it can take (rules.md §5.1 "Known values"): compile-time constants,
    /// <c>string.Empty</c>, <c>static readonly</c> fields initialized with a literal, and the branches of conditional
    /// expressions. Everything else is unknown. Locations are always the use site.
    /// </summary>
    internal static class ValueResolver
    {
        // Conditional expressions nest; deeper than this is machine-made code and is simply unknown.
        private const int MaxDepth = 32;

        public static void AddStringValues(IOperation? operation, List<LaunchValue> values, FlowContext context)
        {
            if (operation is not null)
            {
                AddStringValues(operation, values, 0, context);
            }
        }

        private static void AddStringValues(IOperation operation, List<LaunchValue> values, int depth, FlowContext context)
        {
            var constant = operation.ConstantValue;
            if (constant.HasValue)
            {
                values.Add(LaunchValue.KnownString(constant.Value as string, operation.Syntax.GetLocation(), IsStringLiteral(operation.Syntax)));
                return;
            }

            if (depth >= MaxDepth)
            {
                values.Add(LaunchValue.Unknown(operation.Syntax.GetLocation()));
                return;
            }

            switch (operation)
            {
                case IConversionOperation conversion when conversion.IsImplicit:
                    AddStringValues(conversion.Operand, values, depth + 1, context);
                    return;

                case IConditionalOperation { WhenFalse: { } whenFalse } conditional:
                    AddStringValues(conditional.WhenTrue, values, depth + 1, context);
                    AddStringValues(whenFalse, values, depth + 1, context);
                    return;

                case ICoalesceOperation coalesce:
                    values.Add(LaunchValue.Unknown(coalesce.Value.Syntax.GetLocation()));
                    AddStringValues(coalesce.WhenNull, values, depth + 1, context);
                    return;

                case IFieldReferenceOperation fieldReference when TryGetReadOnlyFieldText(fieldReference.Field, context, out var text):
                    values.Add(LaunchValue.KnownString(text, operation.Syntax.GetLocation(), isStringLiteral: false));
                    return;

                default:
                    values.Add(LaunchValue.Unknown(operation.Syntax.GetLocation(), SourceParameter(operation, 0)));
                    return;
            }
        }

        /// <summary>
        /// An integral setting (a memory limit in bytes): a compile-time constant is known, a conditional gives both
        /// branches, anything else is unknown.
        /// </summary>
        public static void AddNumberValues(IOperation? operation, List<LaunchValue> values, FlowContext context)
        {
            if (operation is not null)
            {
                AddNumberValues(operation, values, 0, context);
            }
        }

        private static void AddNumberValues(IOperation operation, List<LaunchValue> values, int depth, FlowContext context)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var constant = operation.ConstantValue;
            if (constant is { HasValue: true, Value: null })
            {
                // `MemorySwappiness = null`: not set.
                return;
            }

            if (constant.HasValue && ToNumber(constant.Value) is { } number)
            {
                values.Add(LaunchValue.KnownNumber(number, operation.Syntax.GetLocation()));
                return;
            }

            if (depth < MaxDepth)
            {
                switch (operation)
                {
                    case IConversionOperation conversion when conversion.IsImplicit:
                        AddNumberValues(conversion.Operand, values, depth + 1, context);
                        return;
                    case IConditionalOperation { WhenFalse: { } whenFalse } conditional:
                        AddNumberValues(conditional.WhenTrue, values, depth + 1, context);
                        AddNumberValues(whenFalse, values, depth + 1, context);
                        return;
                }
            }

            values.Add(LaunchValue.Unknown(operation.Syntax.GetLocation(), SourceParameter(operation, 0)));
        }

        private static long? ToNumber(object? value) => value switch
        {
            int i => i,
            long l => l,
            short s => s,
            byte b => b,
            sbyte sb => sb,
            ushort us => us,
            uint ui => ui,
            ulong ul when ul <= long.MaxValue => (long)ul,
            _ => null,
        };

        /// <summary>
        /// The parameter of the enclosing method a value flows from: the parameter itself, a local assigned from it,
        /// or a string built from it by interpolation, concatenation or <c>string.Format</c>/<c>Concat</c>.
        /// </summary>
        public static IParameterSymbol? SourceParameter(IOperation operation, int depth)
        {
            if (depth > MaxDepth)
            {
                return null;
            }

            operation = OperationSearch.WithoutConversions(operation);
            switch (operation)
            {
                case IParameterReferenceOperation { Parameter: { ContainingSymbol: IMethodSymbol { MethodKind: not MethodKind.LambdaMethod } } parameter }:
                    return parameter;

                case IInterpolatedStringOperation interpolated:
                    foreach (var part in interpolated.Parts)
                    {
                        if (part is IInterpolationOperation hole && SourceParameter(hole.Expression, depth + 1) is { } fromHole)
                        {
                            return fromHole;
                        }
                    }

                    return null;

                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } binary:
                    return SourceParameter(binary.LeftOperand, depth + 1) ?? SourceParameter(binary.RightOperand, depth + 1);

                case ICoalesceOperation coalesce:
                    return SourceParameter(coalesce.Value, depth + 1) ?? SourceParameter(coalesce.WhenNull, depth + 1);

                case IConditionalOperation { WhenFalse: { } whenFalse } conditional:
                    return SourceParameter(conditional.WhenTrue, depth + 1) ?? SourceParameter(whenFalse, depth + 1);

                case IInvocationOperation invocation when invocation.TargetMethod.ContainingType?.SpecialType == SpecialType.System_String:
                    foreach (var argument in invocation.Arguments)
                    {
                        if (SourceParameter(argument.Value, depth + 1) is { } fromArgument)
                        {
                            return fromArgument;
                        }
                    }

                    return null;

                case IArrayCreationOperation { Initializer: { } initializer }:
                    foreach (var element in initializer.ElementValues)
                    {
                        if (SourceParameter(element, depth + 1) is { } fromElement)
                        {
                            return fromElement;
                        }
                    }

                    return null;

                case ILocalReferenceOperation local:
                    foreach (var assigned in OperationSearch.ValuesAssignedTo(local.Local, OperationSearch.Root(operation)))
                    {
                        if (SourceParameter(assigned, depth + 1) is { } fromLocal)
                        {
                            return fromLocal;
                        }
                    }

                    return null;

                default:
                    return null;
            }
        }

        private static bool IsStringLiteral(SyntaxNode syntax) =>
            syntax.IsKind(SyntaxKind.StringLiteralExpression);

        /// <summary><c>string.Empty</c>, or a <c>static readonly string</c> field whose initializer is a literal.</summary>
        private static bool TryGetReadOnlyFieldText(IFieldSymbol field, FlowContext context, out string? text)
        {
            text = null;
            if (!field.IsStatic || !field.IsReadOnly || field.Type.SpecialType != SpecialType.System_String)
            {
                return false;
            }

            if (field.Name == "Empty" && field.ContainingType?.SpecialType == SpecialType.System_String)
            {
                text = string.Empty;
                return true;
            }

            var references = field.DeclaringSyntaxReferences;
            if (references.Length != 1)
            {
                return false;
            }

            // Syntax only: asking another tree's semantic model from an analyzer is costly and discouraged.
            if (references[0].GetSyntax(context.CancellationToken) is VariableDeclaratorSyntax { Initializer.Value: { } value })
            {
                while (value is ParenthesizedExpressionSyntax parenthesized)
                {
                    value = parenthesized.Expression;
                }

                if (value is LiteralExpressionSyntax literal)
                {
                    if (literal.IsKind(SyntaxKind.StringLiteralExpression))
                    {
                        text = literal.Token.ValueText;
                        return true;
                    }

                    if (literal.IsKind(SyntaxKind.NullLiteralExpression))
                    {
                        return true;
                    }
                }
            }

            return false;
        }
    }
}
