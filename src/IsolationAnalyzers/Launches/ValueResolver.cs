using System.Collections.Generic;
using IsolationAnalyzers.Flow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace IsolationAnalyzers.Launches
{
    /// <summary>
    /// Turns an expression into the set of values it can take (rules.md §5.1 "Known values", §1.2): compile-time
    /// constants, <c>string.Empty</c>, the branches of conditional and switch expressions, locals assigned once, and,
    /// through the compilation's value flow, members (<c>static readonly</c> fields, get-only properties, readonly
    /// instance fields set in constructors), the returns of methods, and the arguments bound to parameters at a call
    /// site. Everything else is unknown. A value is reported where the launch uses it; where it is written is its
    /// declaration.
    /// </summary>
    internal static class ValueResolver
    {
        // Conditional expressions nest and members refer to members; deeper than this is machine-made code: unknown.
        private const int MaxDepth = 32;

        // A setting with more possible values than this is as good as unknown.
        private const int MaxValues = 64;

        public static void AddStringValues(IOperation? operation, List<LaunchValue> values, FlowContext context)
        {
            if (operation is not null)
            {
                AddValues(operation, values, context, ValueType.String, 0);
            }
        }

        /// <summary>
        /// An integral setting (a memory limit in bytes): a compile-time constant is known, a conditional gives both
        /// branches, members and bound arguments are followed, anything else is unknown.
        /// </summary>
        public static void AddNumberValues(IOperation? operation, List<LaunchValue> values, FlowContext context)
        {
            if (operation is not null)
            {
                AddValues(operation, values, context, ValueType.Number, 0);
            }
        }

        private enum ValueType
        {
            String,
            Number,
        }

        private static void AddValues(IOperation operation, List<LaunchValue> values, FlowContext context, ValueType type, int depth)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var constant = operation.ConstantValue;
            if (constant.HasValue)
            {
                AddConstant(constant.Value, operation, values, type);
                if (operation is IFieldReferenceOperation { Field: { IsConst: true } field } && values.Count > 0 && ConstantDeclaration(field, context) is { } declaration)
                {
                    // A constant of another member is reported where it is used; where it is written is the declaration.
                    values[values.Count - 1] = values[values.Count - 1].WithDeclaration(declaration);
                }

                return;
            }

            if (depth >= MaxDepth)
            {
                values.Add(LaunchValue.Unknown(operation.Syntax.GetLocation()));
                return;
            }

            switch (operation)
            {
                case IConversionOperation conversion when conversion.IsImplicit || type == ValueType.Number:
                    AddValues(conversion.Operand, values, context, type, depth + 1);
                    return;

                case IParenthesizedOperation parenthesized:
                    AddValues(parenthesized.Operand, values, context, type, depth + 1);
                    return;

                case IConditionalOperation { WhenFalse: { } whenFalse } conditional:
                    AddValues(conditional.WhenTrue, values, context, type, depth + 1);
                    AddValues(whenFalse, values, context, type, depth + 1);
                    return;

                case ISwitchExpressionOperation @switch:
                    foreach (var arm in Arms(@switch, context, depth))
                    {
                        AddValues(arm.Value, values, context, type, depth + 1);
                    }

                    return;

                case ICoalesceOperation coalesce when type == ValueType.String:
                    values.Add(LaunchValue.Unknown(coalesce.Value.Syntax.GetLocation()));
                    AddValues(coalesce.WhenNull, values, context, type, depth + 1);
                    return;

                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } concatenation when type == ValueType.String && concatenation.Type?.SpecialType == SpecialType.System_String:
                    AddJoined(operation, new[] { concatenation.LeftOperand, concatenation.RightOperand }, values, context, depth);
                    return;

                case IInterpolatedStringOperation interpolated when type == ValueType.String:
                    AddInterpolated(interpolated, values, context, depth);
                    return;

                case IFieldReferenceOperation { Field: { Name: "Empty", ContainingType.SpecialType: SpecialType.System_String } } when type == ValueType.String:
                    values.Add(LaunchValue.KnownString(string.Empty, operation.Syntax.GetLocation(), isStringLiteral: false));
                    return;

                case IParameterReferenceOperation parameter when context.TryBind(parameter.Parameter, out var argument, out var caller):
                    AddArgument(argument, values, caller, type, depth);
                    return;

                case ILocalReferenceOperation local when SingleValue(local) is { } assigned:
                    // A local assigned once: its value, reported where the launch uses the local.
                    AddUsedAt(operation, assigned, values, context, type, depth, keepEdits: true);
                    return;

                case IFieldReferenceOperation or IPropertyReferenceOperation or IInvocationOperation when MemberOf(operation) is { } member
                    && context.Flow is { } flow
                    && flow.ValuesOf(member, context.CancellationToken) is { IsDefaultOrEmpty: false } memberValues:
                    AddMemberValues(operation, member, memberValues, values, context, type, depth);
                    return;

                default:
                    values.Add(LaunchValue.Unknown(operation.Syntax.GetLocation(), SourceParameter(operation, context, 0)));
                    return;
            }
        }

        /// <summary>
        /// The arms a switch expression can take: the one whose constant pattern matches its value when that value is
        /// a single known constant (a bound argument, a constant), else every arm.
        /// </summary>
        internal static IEnumerable<ISwitchExpressionArmOperation> Arms(ISwitchExpressionOperation @switch, FlowContext context, int depth)
        {
            if (Constant(@switch.Value, context, depth) is not { } known)
            {
                return @switch.Arms;
            }

            foreach (var arm in @switch.Arms)
            {
                if (arm.Guard is not null)
                {
                    return @switch.Arms;
                }

                switch (arm.Pattern)
                {
                    case IConstantPatternOperation constant when constant.Value.ConstantValue is { HasValue: true } value:
                        if (Equals(value.Value, known.Value))
                        {
                            return new[] { arm };
                        }

                        continue;
                    case IDiscardPatternOperation:
                        return new[] { arm };
                    default:
                        return @switch.Arms;
                }
            }

            return @switch.Arms;
        }

        /// <summary>The one constant an expression is, through conversions and bound arguments; null when not one.</summary>
        private static Optional<object?>? Constant(IOperation operation, FlowContext context, int depth)
        {
            for (var steps = 0; steps < MaxDepth; steps++)
            {
                if (operation.ConstantValue.HasValue)
                {
                    return operation.ConstantValue;
                }

                switch (operation)
                {
                    case IConversionOperation conversion:
                        operation = conversion.Operand;
                        continue;
                    case IParameterReferenceOperation parameter when context.TryBind(parameter.Parameter, out var argument, out var caller):
                        operation = argument.Value;
                        context = caller;
                        continue;
                    default:
                        return null;
                }
            }

            return null;
        }

        /// <summary>
        /// A member's possible values, reported where the launch uses the member. Under the binding of a constructor's
        /// call, a field that constructor assigns has that value only (not its initializer, nor other constructors').
        /// </summary>
        private static void AddMemberValues(IOperation use, ISymbol member, System.Collections.Immutable.ImmutableArray<MemberValue> memberValues, List<LaunchValue> values, FlowContext context, ValueType type, int depth)
        {
            var constructor = context.Call?.Target is { MethodKind: MethodKind.Constructor } bound
                && SymbolEqualityComparer.Default.Equals(bound.ContainingType, member.ContainingType)
                ? bound
                : null;
            var assignedByBound = false;
            if (constructor is not null)
            {
                foreach (var memberValue in memberValues)
                {
                    assignedByBound |= SymbolEqualityComparer.Default.Equals(memberValue.Constructor?.OriginalDefinition, constructor);
                }
            }

            foreach (var memberValue in memberValues)
            {
                if (constructor is not null
                    && (assignedByBound
                        ? !SymbolEqualityComparer.Default.Equals(memberValue.Constructor?.OriginalDefinition, constructor)
                        : memberValue.Constructor is not null))
                {
                    continue;
                }

                if (context.EnterMember(member, memberValue.Constructor) is not { } memberContext || values.Count >= MaxValues)
                {
                    values.Add(LaunchValue.Unknown(use.Syntax.GetLocation()));
                    break;
                }

                // A method's returns read its parameters as this call binds them (a switch on an argument picks its arm).
                if (use is IInvocationOperation invocation && member is IMethodSymbol method)
                {
                    memberContext = memberContext.Bind(new CallBinding(method, invocation, invocation.Arguments, context));
                }

                var first = values.Count;
                AddValues(memberValue.Value, values, memberContext, type, depth + 1);
                UseAtWhereWrittenBy(use, member, values, first, context.CancellationToken);
            }
        }

        /// <summary>
        /// What the member's type writes itself (an initializer, a constructor's literal, a return) is reported where the
        /// launch uses the member; what comes from the arguments of a call (a constructor's, a method's) stays where that
        /// call writes it, and so does what the use's own member writes.
        /// </summary>
        internal static void UseAtWhereWrittenBy(IOperation use, ISymbol member, List<LaunchValue> values, int first, System.Threading.CancellationToken cancellationToken)
        {
            var useMember = CandidatesMemberOf(use.Syntax);
            var written = new List<LaunchValue>();
            var kept = new List<LaunchValue>();
            for (var i = first; i < values.Count; i++)
            {
                var value = values[i];
                var inUseMember = useMember is not null && value.Location.SourceTree == useMember.SyntaxTree && useMember.FullSpan.Contains(value.Location.SourceSpan);
                (!inUseMember && IsInType(value.Location, member.ContainingType, cancellationToken) ? written : kept).Add(value);
            }

            if (written.Count == 0)
            {
                return;
            }

            values.RemoveRange(first, values.Count - first);
            values.AddRange(kept);
            var relocated = values.Count;
            values.AddRange(written);
            UseAt(use, values, relocated, keepEdits: false);
        }

        private static SyntaxNode? CandidatesMemberOf(SyntaxNode node) =>
            IsolationAnalyzers.Candidates.CandidateMembers.MemberAt(node.SyntaxTree.GetRoot(), node.SpanStart);

        private static bool IsInType(Location location, INamedTypeSymbol? type, System.Threading.CancellationToken cancellationToken)
        {
            if (type is null || !location.IsInSource)
            {
                return false;
            }

            foreach (var reference in type.DeclaringSyntaxReferences)
            {
                if (reference.SyntaxTree == location.SourceTree && reference.Span.Contains(location.SourceSpan))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Where a constant of this compilation is written (its initializer's value).</summary>
        private static Location? ConstantDeclaration(IFieldSymbol field, FlowContext context)
        {
            if (context.Flow is null || field.DeclaringSyntaxReferences.Length != 1)
            {
                return null;
            }

            return field.DeclaringSyntaxReferences[0].GetSyntax(context.CancellationToken) is VariableDeclaratorSyntax { Initializer.Value: { } value }
                ? value.GetLocation()
                : null;
        }

        private static void AddConstant(object? value, IOperation operation, List<LaunchValue> values, ValueType type)
        {
            if (type == ValueType.String)
            {
                values.Add(LaunchValue.KnownString(value as string, operation.Syntax.GetLocation(), IsStringLiteral(operation.Syntax)));
            }
            else if (value is null)
            {
                // `MemorySwappiness = null`: not set.
            }
            else if (ToNumber(value) is { } number)
            {
                values.Add(LaunchValue.KnownNumber(number, operation.Syntax.GetLocation()));
            }
            else
            {
                values.Add(LaunchValue.Unknown(operation.Syntax.GetLocation()));
            }
        }

        /// <summary>
        /// A string built from parts (<c>registry + "/app:" + tag</c>): known when every part is (a member, a bound
        /// argument), one value per combination of the parts' values; unknown otherwise. Reported on the whole
        /// expression; no fix rewrites it.
        /// </summary>
        private static void AddJoined(IOperation whole, IReadOnlyList<IOperation> parts, List<LaunchValue> values, FlowContext context, int depth)
        {
            var texts = new List<string> { string.Empty };
            foreach (var part in parts)
            {
                var partValues = new List<LaunchValue>();
                if (part.ConstantValue is { HasValue: true, Value: not string and not null } number)
                {
                    // A number in a hole formats as the runtime does (invariantly for integers); an enum's name is not
                    // its constant, so it stays unknown.
                    if (part.Type?.TypeKind == TypeKind.Enum || ToNumber(number.Value) is null)
                    {
                        values.Add(LaunchValue.Unknown(whole.Syntax.GetLocation()));
                        return;
                    }

                    partValues.Add(LaunchValue.KnownString(System.Convert.ToString(number.Value, System.Globalization.CultureInfo.InvariantCulture), part.Syntax.GetLocation(), isStringLiteral: false));
                }
                else
                {
                    AddValues(part, partValues, context, ValueType.String, depth + 1);
                }

                var next = new List<string>();
                foreach (var value in partValues)
                {
                    if (!value.IsKnown || texts.Count * partValues.Count > MaxValues)
                    {
                        values.Add(LaunchValue.Unknown(whole.Syntax.GetLocation(), SourceParameter(whole, context, 0)));
                        return;
                    }

                    foreach (var text in texts)
                    {
                        next.Add(text + value.Text);
                    }
                }

                texts = next;
            }

            foreach (var text in texts)
            {
                values.Add(LaunchValue.KnownString(text, whole.Syntax.GetLocation(), isStringLiteral: false));
            }
        }

        /// <summary><c>$"mcr.microsoft.com/windows/servercore:{Release}"</c>: its text and holes as parts of one string.</summary>
        private static void AddInterpolated(IInterpolatedStringOperation interpolated, List<LaunchValue> values, FlowContext context, int depth)
        {
            var parts = new List<IOperation>();
            foreach (var part in interpolated.Parts)
            {
                switch (part)
                {
                    case IInterpolatedStringTextOperation text:
                        parts.Add(text.Text);
                        break;
                    case IInterpolationOperation { Alignment: null, FormatString: null } hole when hole.Expression.Type?.SpecialType == SpecialType.System_String:
                        parts.Add(hole.Expression);
                        break;
                    case IInterpolationOperation { Alignment: null, FormatString: null } hole when hole.Expression.ConstantValue.HasValue:
                        parts.Add(hole.Expression);
                        break;
                    default:
                        values.Add(LaunchValue.Unknown(interpolated.Syntax.GetLocation(), SourceParameter(interpolated, context, 0)));
                        return;
                }
            }

            AddJoined(interpolated, parts, values, context, depth);
        }

        /// <summary>
        /// The value a call binds to a parameter, written in the caller: an argument as written there, or the default
        /// of an optional parameter the call leaves out (then a fix passes a named argument).
        /// </summary>
        private static void AddArgument(IArgumentOperation argument, List<LaunchValue> values, FlowContext caller, ValueType type, int depth)
        {
            if (argument.ArgumentKind != ArgumentKind.DefaultValue)
            {
                AddValues(argument.Value, values, caller, type, depth + 1);
                return;
            }

            var call = argument.Parent?.Syntax ?? argument.Syntax;
            var location = call.GetLocation();
            var constant = argument.Value.ConstantValue;
            if (!constant.HasValue)
            {
                values.Add(LaunchValue.Unknown(location));
                return;
            }

            var edit = NamedArgumentInsertion(call, argument.Parameter, type);
            if (type == ValueType.String)
            {
                values.Add(LaunchValue.KnownStringWithEdit(constant.Value as string, location, edit));
            }
            else if (ToNumber(constant.Value) is { } number)
            {
                values.Add(LaunchValue.KnownNumberWithEdit(number, location, edit));
            }
        }

        /// <summary>Inserts <c>name: "value"</c> as the last argument of the call, for an omitted optional string parameter.</summary>
        internal static LaunchEdit NamedStringArgumentInsertion(SyntaxNode call, IParameterSymbol? parameter) =>
            NamedArgumentInsertion(call, parameter, ValueType.String);

        /// <summary>Inserts <c>name: "value"</c> (or <c>name: value</c>) as the last argument of the call.</summary>
        private static LaunchEdit NamedArgumentInsertion(SyntaxNode call, IParameterSymbol? parameter, ValueType type)
        {
            var arguments = call switch
            {
                InvocationExpressionSyntax invocation => invocation.ArgumentList,
                BaseObjectCreationExpressionSyntax creation => creation.ArgumentList,
                _ => null,
            };
            if (parameter is null || arguments is null || arguments.CloseParenToken.IsMissing || arguments.ContainsDiagnostics)
            {
                return LaunchEdit.None;
            }

            var name = SyntaxFacts.GetKeywordKind(parameter.Name) != SyntaxKind.None ? "@" + parameter.Name : parameter.Name;
            var value = type == ValueType.String ? "\"{0}\"" : "{0}";
            var template = (arguments.Arguments.Count > 0 ? ", " : string.Empty) + name + ": " + value;
            return new LaunchEdit(LaunchEditKind.InsertText, Location.Create(call.SyntaxTree, new TextSpan(arguments.CloseParenToken.SpanStart, 0)), template);
        }

        /// <summary>Values of another expression (a local's initializer), reported at <paramref name="use"/>.</summary>
        private static void AddUsedAt(IOperation use, IOperation value, List<LaunchValue> values, FlowContext context, ValueType type, int depth, bool keepEdits)
        {
            var first = values.Count;
            AddValues(value, values, context, type, depth + 1);
            UseAt(use, values, first, keepEdits);
        }

        /// <summary>
        /// Reports the values added since <paramref name="first"/> at the use site. A local's values keep their edits
        /// (the literal is in the same method); a member's get one that replaces the use with a literal, where the use
        /// is a string (an <c>IImage</c> or a number member is not rewritten at the use site).
        /// </summary>
        internal static void UseAt(IOperation use, List<LaunchValue> values, int first, bool keepEdits)
        {
            var location = use.Syntax.GetLocation();
            var replaceUse = use.Type?.SpecialType == SpecialType.System_String
                ? new LaunchEdit(LaunchEditKind.ReplaceExpression, location)
                : LaunchEdit.None;
            UseAt(location, keepEdits ? (LaunchEdit?)null : replaceUse, values, first);
        }

        /// <summary>Reports the values added since <paramref name="first"/> at <paramref name="location"/>, with that edit (null: their own).</summary>
        internal static void UseAt(Location location, LaunchEdit? edit, List<LaunchValue> values, int first)
        {
            for (var i = first; i < values.Count; i++)
            {
                var value = values[i];
                if (!value.IsKnown)
                {
                    // Unknown stays unknown, wherever it comes from; it is reported (if ever) where the launch uses it.
                    values[i] = LaunchValue.Unknown(location, value.SourceParameter);
                    continue;
                }

                values[i] = value.UsedAt(location, edit is not { } replacement ? value.Edit : (value.Number is null ? replacement : LaunchEdit.None));
            }
        }

        /// <summary>The field, property or method a reference reads, when value flow may look into it.</summary>
        internal static ISymbol? MemberOf(IOperation operation) => operation switch
        {
            IFieldReferenceOperation field => field.Field,
            IPropertyReferenceOperation { Arguments.Length: 0 } property => property.Property,
            IInvocationOperation invocation when invocation.TargetMethod.MethodKind is MethodKind.Ordinary or MethodKind.LocalFunction => invocation.TargetMethod,
            _ => null,
        };

        /// <summary>The one value a local ever gets in its body (its initializer), or null when it is assigned again.</summary>
        internal static IOperation? SingleValue(ILocalReferenceOperation reference)
        {
            if (reference.Local.IsRef || reference.Local.IsConst)
            {
                return null;
            }

            IOperation? value = null;
            foreach (var operation in OperationSearch.Root(reference).Descendants())
            {
                switch (operation)
                {
                    case IVariableDeclaratorOperation declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, reference.Local):
                        value = declarator.Initializer?.Value;
                        break;
                    case IAssignmentOperation assignment when OperationSearch.IsLocal(assignment.Target, reference.Local):
                    case IIncrementOrDecrementOperation increment when OperationSearch.IsLocal(increment.Target, reference.Local):
                    case IArgumentOperation { Parameter.RefKind: not RefKind.None } byReference when OperationSearch.IsLocal(byReference.Value, reference.Local):
                        return null;
                    case IDeclarationExpressionOperation declaration when declaration.Expression is ILocalReferenceOperation declared && SymbolEqualityComparer.Default.Equals(declared.Local, reference.Local):
                        // `out var x`: whatever the callee writes.
                        return null;
                }
            }

            return value;
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
        /// The parameter of the outermost method a value flows from: the parameter itself, a local assigned from it, or
        /// a string built from it by interpolation, concatenation or <c>string.Format</c>/<c>Concat</c>; a parameter a
        /// call binds is followed to the caller's argument.
        /// </summary>
        public static IParameterSymbol? SourceParameter(IOperation operation, FlowContext context, int depth)
        {
            if (depth > MaxDepth)
            {
                return null;
            }

            operation = OperationSearch.WithoutConversions(operation);
            switch (operation)
            {
                case IParameterReferenceOperation reference when context.TryBind(reference.Parameter, out var argument, out var caller):
                    return argument.ArgumentKind == ArgumentKind.DefaultValue ? null : SourceParameter(argument.Value, caller, depth + 1);

                case IParameterReferenceOperation { Parameter: { ContainingSymbol: IMethodSymbol { MethodKind: not MethodKind.LambdaMethod } } parameter }:
                    return parameter;

                case IInterpolatedStringOperation interpolated:
                    foreach (var part in interpolated.Parts)
                    {
                        if (part is IInterpolationOperation hole && SourceParameter(hole.Expression, context, depth + 1) is { } fromHole)
                        {
                            return fromHole;
                        }
                    }

                    return null;

                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } binary:
                    return SourceParameter(binary.LeftOperand, context, depth + 1) ?? SourceParameter(binary.RightOperand, context, depth + 1);

                case ICoalesceOperation coalesce:
                    return SourceParameter(coalesce.Value, context, depth + 1) ?? SourceParameter(coalesce.WhenNull, context, depth + 1);

                case IConditionalOperation { WhenFalse: { } whenFalse } conditional:
                    return SourceParameter(conditional.WhenTrue, context, depth + 1) ?? SourceParameter(whenFalse, context, depth + 1);

                case IInvocationOperation invocation when invocation.TargetMethod.ContainingType?.SpecialType == SpecialType.System_String:
                    foreach (var argument in invocation.Arguments)
                    {
                        if (SourceParameter(argument.Value, context, depth + 1) is { } fromArgument)
                        {
                            return fromArgument;
                        }
                    }

                    return null;

                case IArrayCreationOperation { Initializer: { } initializer }:
                    foreach (var element in initializer.ElementValues)
                    {
                        if (SourceParameter(element, context, depth + 1) is { } fromElement)
                        {
                            return fromElement;
                        }
                    }

                    return null;

                case ILocalReferenceOperation local:
                    foreach (var assigned in OperationSearch.ValuesAssignedTo(local.Local, OperationSearch.Root(operation)))
                    {
                        if (SourceParameter(assigned, context, depth + 1) is { } fromLocal)
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
    }
}
