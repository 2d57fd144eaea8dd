using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using IsolationAnalyzers.Knowledge.Cli;
using IsolationAnalyzers.Flow;
using IsolationAnalyzers.Candidates;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace IsolationAnalyzers.Launches.Cli
{
    /// <summary>
    /// Rebuilds the command line a piece of C# produces (rules.md §1.1, argument forms): literals, interpolations
    /// (a hole is an unknown token part), concatenation, <c>string.Format</c>/<c>Join</c>/<c>Concat</c>, string and
    /// <c>StringBuilder</c> locals, arrays, collection expressions, <c>List&lt;string&gt;</c> locals. Anything else is
    /// unknown. Long concatenation chains are walked without recursion.
    /// </summary>
    internal sealed class CommandLineReader
    {
        // Nesting deeper than this (parentheses, nested calls) is machine-made code: it becomes unknown.
        private const int MaxDepth = 24;

        private readonly FlowContext context;

        public CommandLineReader(FlowContext context)
        {
            this.context = context;
        }

        /// <summary>A command string (split like a shell).</summary>
        public CommandSource ReadString(IOperation value)
        {
            var source = new CommandSource(isList: false);
            AddString(value, source, source.Pieces, 0);
            return source;
        }

        /// <summary>An argument collection (one token per element).</summary>
        public CommandSource ReadCollection(IOperation value)
        {
            var source = new CommandSource(isList: true);
            AddCollection(value, source, 0);
            return source;
        }

        /// <summary>Arguments given one by one (params arrays, <c>ArgumentList.Add</c> calls, builder chains).</summary>
        public void AddElement(CommandSource source, IOperation value, LaunchEdit insertAfter)
        {
            var pieces = new List<CommandPiece>();
            var first = source.Origins.Count;
            AddString(value, source, pieces, 0);
            for (var i = first; i < source.Origins.Count; i++)
            {
                source.Origins[i].InsertAfter = insertAfter;
            }

            source.Elements.Add(pieces);
        }

        public static void AddSplice(CommandSource source, SyntaxNode holder)
        {
            var id = source.Add(new PieceOrigin(holder));
            if (source.IsList)
            {
                source.Elements.Add(new[] { CommandPiece.Splice(id) });
            }
            else
            {
                source.Pieces.Add(CommandPiece.Splice(id));
            }
        }

        public void AddCollection(IOperation value, CommandSource source, int depth)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            value = OperationSearch.WithoutAnyConversion(value);
            if (depth > MaxDepth)
            {
                AddSplice(source, value.Syntax);
                return;
            }

            if (value.Syntax is CollectionExpressionSyntax collection && value.SemanticModel is { } model)
            {
                AddCollectionExpression(collection, model, source);
                return;
            }

            switch (value)
            {
                case IArrayCreationOperation { Initializer: { } initializer }:
                    foreach (var element in initializer.ElementValues)
                    {
                        AddElement(source, element, InsertElementAfter(element.Syntax));
                    }

                    return;

                case IObjectCreationOperation { Initializer: IObjectOrCollectionInitializerOperation initializer } creation when IsStringList(creation.Type):
                    AddCollectionInitializer(initializer, source);
                    if (OperationSearch.StoredLocal(creation) is { } listLocal)
                    {
                        AddListCalls(listLocal, OperationSearch.Root(creation), source, depth);
                    }

                    return;

                case IObjectCreationOperation creation when IsStringList(creation.Type) && creation.Arguments.Length == 0:
                    if (OperationSearch.StoredLocal(creation) is { } emptyListLocal)
                    {
                        AddListCalls(emptyListLocal, OperationSearch.Root(creation), source, depth);
                    }

                    return;

                case ILocalReferenceOperation local when ValueResolver.SingleValue(local) is { } assigned:
                    AddCollection(assigned, source, depth + 1);
                    if (IsStringList(local.Local.Type) && OperationSearch.WithoutConversions(assigned) is not IObjectCreationOperation)
                    {
                        AddListCalls(local.Local, OperationSearch.Root(local), source, depth);
                    }

                    return;

                case IParameterReferenceOperation parameter when Bound(parameter) is { } bound:
                    // A helper's argument list, bound at a call site (a params array, a list built by the caller).
                    bound.Reader.AddCollection(bound.Argument.Value, source, depth + 1);
                    return;

                default:
                    AddSplice(source, value.Syntax);
                    source.Origins[source.Origins.Count - 1].Parameter = ValueResolver.SourceParameter(value, context, 0);
                    return;
            }
        }

        private void AddCollectionExpression(CollectionExpressionSyntax collection, SemanticModel model, CommandSource source)
        {
            foreach (var element in collection.Elements)
            {
                if (element is ExpressionElementSyntax expressionElement && SafeOperations.Of(model, expressionElement.Expression, context.CancellationToken) is { } operation)
                {
                    AddElement(source, operation, InsertElementAfter(expressionElement));
                }
                else
                {
                    AddSplice(source, element);
                }
            }
        }

        private void AddCollectionInitializer(IObjectOrCollectionInitializerOperation initializer, CommandSource source)
        {
            foreach (var item in initializer.Initializers)
            {
                if (item is IInvocationOperation { TargetMethod.Name: "Add", Arguments.Length: 1 } add)
                {
                    AddElement(source, add.Arguments[0].Value, InsertElementAfter(add.Syntax));
                }
                else
                {
                    AddSplice(source, item.Syntax);
                }
            }
        }

        /// <summary><c>list.Add(x)</c> / <c>list.AddRange(xs)</c> on a local, in source order.</summary>
        private void AddListCalls(ILocalSymbol list, IOperation root, CommandSource source, int depth)
        {
            foreach (var operation in root.Descendants())
            {
                if (operation is not IInvocationOperation { Instance: { } instance } call
                    || !OperationSearch.IsLocal(instance, list)
                    || call.Parent is not IExpressionStatementOperation statement)
                {
                    continue;
                }

                if (IsInLoop(call))
                {
                    if (!TryAddForEach(call, source))
                    {
                        AddSplice(source, call.Syntax);
                    }
                }
                else if (call.TargetMethod.Name == "Add" && call.Arguments.Length == 1)
                {
                    AddElement(source, call.Arguments[0].Value, InsertStatementAfter(statement, instance.Syntax.ToString() + ".Add(\"{0}\");"));
                }
                else if (call.TargetMethod.Name == "AddRange" && call.Arguments.Length == 1)
                {
                    AddCollection(call.Arguments[0].Value, source, depth + 1);
                }
                else if (call.TargetMethod.Name is "Insert" or "InsertRange")
                {
                    AddSplice(source, call.Syntax);
                }
            }
        }

        /// <summary>Appends the pieces of a string expression; <c>a + b + c …</c> is walked as a list, not recursively.</summary>
        public void AddString(IOperation value, CommandSource source, List<CommandPiece> pieces, int depth)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            value = OperationSearch.WithoutConversions(value);
            if (depth > MaxDepth)
            {
                pieces.Add(CommandPiece.Hole(source.Add(new PieceOrigin(value.Syntax))));
                return;
            }

            if (value is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } && value.Type?.SpecialType == SpecialType.System_String)
            {
                var operands = new Stack<IOperation>();
                var left = value;
                while (OperationSearch.WithoutConversions(left) is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } binary
                       && binary.Type?.SpecialType == SpecialType.System_String)
                {
                    operands.Push(binary.RightOperand);
                    left = binary.LeftOperand;
                }

                AddString(left, source, pieces, depth + 1);
                while (operands.Count > 0)
                {
                    AddString(operands.Pop(), source, pieces, depth + 1);
                }

                return;
            }

            if (value.ConstantValue is { HasValue: true } constant)
            {
                if (constant.Value is string text)
                {
                    var literal = value.Syntax is LiteralExpressionSyntax literalSyntax ? literalSyntax.Token : default;
                    pieces.Add(CommandPiece.Constant(text, source.Add(new PieceOrigin(value.Syntax, literal) { ConstantText = literal.RawKind == 0 ? text : null })));
                }
                else if (constant.Value is not null)
                {
                    pieces.Add(CommandPiece.Constant(Convert.ToString(constant.Value, CultureInfo.InvariantCulture) ?? string.Empty, source.Add(new PieceOrigin(value.Syntax))));
                }

                return;
            }

            switch (value)
            {
                case IInterpolatedStringOperation interpolated:
                    AddInterpolation(interpolated, source, pieces);
                    return;

                case IInvocationOperation invocation when IsStringMethod(invocation, "Format"):
                    AddFormat(invocation, source, pieces, depth);
                    return;

                case IInvocationOperation invocation when IsStringMethod(invocation, "Join"):
                    AddJoin(invocation, source, pieces, depth);
                    return;

                case IInvocationOperation invocation when IsStringMethod(invocation, "Concat"):
                    foreach (var part in ParamsOrArguments(invocation))
                    {
                        AddString(part, source, pieces, depth + 1);
                    }

                    return;

                case IInvocationOperation { TargetMethod.Name: "ToString", Arguments.Length: 0, Instance: ILocalReferenceOperation builder }
                    when IsStringBuilder(builder.Local.Type):
                    AddStringBuilder(builder.Local, value, source, pieces, depth);
                    return;

                case ILocalReferenceOperation local when local.Local.Type?.SpecialType == SpecialType.System_String && ValueResolver.SingleValue(local) is { } assigned:
                    AddString(assigned, source, pieces, depth + 1);
                    return;

                case IParameterReferenceOperation parameter when Bound(parameter) is { } bound:
                    // A helper's parameter, bound at a call site: the caller's argument, where the caller writes it.
                    AddBound(bound, source, pieces, depth + 1);
                    return;

                case IFieldReferenceOperation or IPropertyReferenceOperation or IInvocationOperation when MemberText(value) is { } text:
                    // A member whose one value is known (rules.md §1.2 point 1): its text, reported at the use.
                    pieces.Add(CommandPiece.Constant(text, source.Add(new PieceOrigin(value.Syntax) { ConstantText = text })));
                    return;

                default:
                    pieces.Add(CommandPiece.Hole(source.Add(new PieceOrigin(value.Syntax) { Parameter = ValueResolver.SourceParameter(value, context, 0) })));
                    return;
            }
        }

        /// <summary>The text of a member or method result with exactly one possible value, a known string.</summary>
        private string? MemberText(IOperation value)
        {
            if (value.Type?.SpecialType != SpecialType.System_String || ValueResolver.MemberOf(value) is null)
            {
                return null;
            }

            var values = new List<LaunchValue>();
            ValueResolver.AddStringValues(value, values, context);
            return values.Count == 1 && values[0].IsKnown && values[0].Text is { } text ? text : null;
        }

        private void AddInterpolation(IInterpolatedStringOperation interpolated, CommandSource source, List<CommandPiece> pieces)
        {
            foreach (var part in interpolated.Parts)
            {
                switch (part)
                {
                    case IInterpolatedStringTextOperation text when text.Text.ConstantValue.Value is string constant:
                        var token = text.Syntax is InterpolatedStringTextSyntax textSyntax ? textSyntax.TextToken : default;
                        pieces.Add(CommandPiece.Constant(constant, source.Add(new PieceOrigin(interpolated.Syntax, token))));
                        break;

                    case IInterpolationOperation { Alignment: null, FormatString: null } hole when hole.Expression.ConstantValue is { HasValue: true } folded:
                        pieces.Add(CommandPiece.Constant(Convert.ToString(folded.Value, CultureInfo.InvariantCulture) ?? string.Empty, source.Add(new PieceOrigin(interpolated.Syntax))));
                        break;

                    case IInterpolationOperation { Alignment: null, FormatString: null } hole
                        when OperationSearch.WithoutConversions(hole.Expression) is IParameterReferenceOperation parameterHole && Bound(parameterHole) is { } bound:
                        AddBound(bound, source, pieces, 1);
                        break;

                    case IInterpolationOperation { Alignment: null, FormatString: null } hole when MemberText(OperationSearch.WithoutConversions(hole.Expression)) is { } memberText:
                        pieces.Add(CommandPiece.Constant(memberText, source.Add(new PieceOrigin(hole.Expression.Syntax))));
                        break;

                    default:
                        var parameter = part is IInterpolationOperation interpolation ? ValueResolver.SourceParameter(interpolation.Expression, context, 0) : null;
                        pieces.Add(CommandPiece.Hole(source.Add(new PieceOrigin(interpolated.Syntax) { Parameter = parameter })));
                        break;
                }
            }
        }

        /// <summary><c>string.Format("run --isolation={0} {1}", …)</c>: the format's text keeps its literal positions.</summary>
        private void AddFormat(IInvocationOperation invocation, CommandSource source, List<CommandPiece> pieces, int depth)
        {
            var arguments = ParamsOrArguments(invocation);
            var formatIndex = arguments.Count > 0 && arguments[0].Type?.SpecialType != SpecialType.System_String ? 1 : 0; // Format(IFormatProvider, …)
            if (arguments.Count <= formatIndex || arguments[formatIndex].ConstantValue.Value is not string format)
            {
                pieces.Add(CommandPiece.Hole(source.Add(new PieceOrigin(invocation.Syntax))));
                return;
            }

            var formatSyntax = arguments[formatIndex].Syntax;
            var literal = formatSyntax is LiteralExpressionSyntax literalSyntax ? literalSyntax.Token : default;
            var segmentStart = 0;
            var i = 0;
            void Flush(int end)
            {
                if (end > segmentStart)
                {
                    pieces.Add(CommandPiece.Constant(format.Substring(segmentStart, end - segmentStart), source.Add(new PieceOrigin(formatSyntax, literal, segmentStart))));
                }
            }

            while (i < format.Length)
            {
                var c = format[i];
                if ((c == '{' || c == '}') && i + 1 < format.Length && format[i + 1] == c)
                {
                    Flush(i);
                    pieces.Add(CommandPiece.Constant(c.ToString(), source.Add(new PieceOrigin(formatSyntax))));
                    i += 2;
                    segmentStart = i;
                    continue;
                }

                if (c == '{')
                {
                    var close = format.IndexOf('}', i);
                    if (close < 0)
                    {
                        break;
                    }

                    Flush(i);
                    var spec = format.Substring(i + 1, close - i - 1);
                    var end = spec.IndexOfAny(new[] { ',', ':' });
                    var number = end < 0 ? spec : spec.Substring(0, end);
                    if (end < 0
                        && int.TryParse(number.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var index)
                        && formatIndex + 1 + index < arguments.Count)
                    {
                        AddString(arguments[formatIndex + 1 + index], source, pieces, depth + 1);
                    }
                    else
                    {
                        pieces.Add(CommandPiece.Hole(source.Add(new PieceOrigin(invocation.Syntax))));
                    }

                    i = close + 1;
                    segmentStart = i;
                    continue;
                }

                i++;
            }

            Flush(format.Length);
        }

        /// <summary><c>string.Join(" ", …)</c>: the elements joined by white space, each editable as an element.</summary>
        private void AddJoin(IInvocationOperation invocation, CommandSource source, List<CommandPiece> pieces, int depth)
        {
            if (invocation.Arguments.Length < 2
                || invocation.Arguments[0].Value.ConstantValue.Value is not { } separatorValue
                || Convert.ToString(separatorValue, CultureInfo.InvariantCulture) is not { Length: > 0 } separator
                || separator.Trim().Length != 0)
            {
                pieces.Add(CommandPiece.Hole(source.Add(new PieceOrigin(invocation.Syntax))));
                return;
            }

            var elements = new CommandSource(isList: true);
            if (invocation.Arguments.Length == 2)
            {
                AddCollection(invocation.Arguments[1].Value, elements, depth + 1);
            }
            else
            {
                for (var i = 1; i < invocation.Arguments.Length; i++)
                {
                    AddElement(elements, invocation.Arguments[i].Value, InsertElementAfter(invocation.Arguments[i].Syntax));
                }
            }

            // Re-home the elements' pieces into this string, separated by the separator.
            var offset = source.Origins.Count;
            source.Origins.AddRange(elements.Origins);
            for (var e = 0; e < elements.Elements.Count; e++)
            {
                if (e > 0)
                {
                    pieces.Add(CommandPiece.Constant(separator, source.Add(new PieceOrigin(invocation.Syntax))));
                }

                foreach (var piece in elements.Elements[e])
                {
                    pieces.Add(piece.IsSplice ? CommandPiece.Hole(piece.Source + offset)
                        : piece.IsHole ? CommandPiece.Hole(piece.Source + offset)
                        : CommandPiece.Constant(piece.Text ?? string.Empty, piece.Source + offset));
                }
            }
        }

        /// <summary><c>new StringBuilder(…)</c> and <c>sb.Append(…)</c> calls on one local, in source order, before the <c>ToString()</c>.</summary>
        private void AddStringBuilder(ILocalSymbol builder, IOperation toString, CommandSource source, List<CommandPiece> pieces, int depth)
        {
            var end = toString.Syntax.SpanStart;
            foreach (var operation in OperationSearch.Root(toString).Descendants())
            {
                if (operation.Syntax.SpanStart >= end)
                {
                    continue;
                }

                if (operation is IVariableDeclaratorOperation declarator
                    && SymbolEqualityComparer.Default.Equals(declarator.Symbol, builder)
                    && declarator.Initializer?.Value is { } initial
                    && OperationSearch.WithoutConversions(initial) is IObjectCreationOperation creation)
                {
                    if (creation.Arguments.Length > 0 && creation.Arguments[0].Value.Type?.SpecialType == SpecialType.System_String)
                    {
                        AddString(creation.Arguments[0].Value, source, pieces, depth + 1);
                    }

                    continue;
                }

                if (operation is IInvocationOperation { TargetMethod.Name: "Append" or "AppendLine" } append
                    && BuilderLocal(append) is { } local
                    && SymbolEqualityComparer.Default.Equals(local, builder))
                {
                    if (IsInLoop(append))
                    {
                        pieces.Add(CommandPiece.Hole(source.Add(new PieceOrigin(append.Syntax))));
                    }
                    else if (append.Arguments.Length == 1)
                    {
                        AddString(append.Arguments[0].Value, source, pieces, depth + 1);
                    }
                    else if (append.Arguments.Length == 0)
                    {
                        pieces.Add(CommandPiece.Constant("\n", source.Add(new PieceOrigin(append.Syntax))));
                    }
                    else
                    {
                        pieces.Add(CommandPiece.Hole(source.Add(new PieceOrigin(append.Syntax))));
                    }

                    if (append.TargetMethod.Name == "AppendLine" && append.Arguments.Length == 1)
                    {
                        pieces.Add(CommandPiece.Constant("\n", source.Add(new PieceOrigin(append.Syntax))));
                    }
                }
            }
        }

        /// <summary>The local a <c>sb.Append(…)</c> call (possibly chained: <c>sb.Append(a).Append(b)</c>) appends to.</summary>
        private static ILocalSymbol? BuilderLocal(IInvocationOperation append)
        {
            var instance = append.Instance;
            for (var steps = 0; steps < MaxDepth && instance is IInvocationOperation { TargetMethod.Name: "Append" or "AppendLine" } inner; steps++)
            {
                instance = inner.Instance;
            }

            return instance is ILocalReferenceOperation local ? local.Local : null;
        }

        /// <summary>
        /// The caller's argument for a bound parameter. An omitted optional parameter's default is written nowhere in the
        /// call: its text is known, reported on the call, and set by passing the parameter by name, never by replacing
        /// the call.
        /// </summary>
        private static void AddBound((IArgumentOperation Argument, CommandLineReader Reader) bound, CommandSource source, List<CommandPiece> pieces, int depth)
        {
            if (bound.Argument.ArgumentKind != ArgumentKind.DefaultValue)
            {
                bound.Reader.AddString(bound.Argument.Value, source, pieces, depth);
                return;
            }

            var call = bound.Argument.Parent?.Syntax ?? bound.Argument.Syntax;
            if (bound.Argument.Value.ConstantValue is { HasValue: true, Value: string text })
            {
                pieces.Add(CommandPiece.Constant(text, source.Add(new PieceOrigin(call)
                {
                    ConstantText = text,
                    ValueEdit = ValueResolver.NamedStringArgumentInsertion(call, bound.Argument.Parameter),
                })));
                return;
            }

            pieces.Add(CommandPiece.Hole(source.Add(new PieceOrigin(call))));
        }

        /// <summary>The argument a call binds to a parameter, and a reader for the caller's code; null when unbound.</summary>
        private (IArgumentOperation Argument, CommandLineReader Reader)? Bound(IParameterReferenceOperation parameter)
        {
            if (!context.TryBind(parameter.Parameter, out var argument, out var caller) || !context.Spend())
            {
                return null;
            }

            return (argument, new CommandLineReader(caller));
        }

        private static List<IOperation> ParamsOrArguments(IInvocationOperation invocation)
        {
            var values = new List<IOperation>();
            foreach (var argument in invocation.Arguments)
            {
                if (argument.ArgumentKind == ArgumentKind.ParamArray && argument.Value is IArrayCreationOperation { Initializer: { } initializer })
                {
                    values.AddRange(initializer.ElementValues);
                }
                else
                {
                    values.Add(argument.Value);
                }
            }

            return values;
        }

        private static bool IsStringMethod(IInvocationOperation invocation, string name) =>
            invocation.TargetMethod.Name == name && invocation.TargetMethod.ContainingType?.SpecialType == SpecialType.System_String;

        private static bool IsStringBuilder(ITypeSymbol? type) =>
            type is { Name: "StringBuilder", ContainingNamespace: { Name: "Text", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } };

        public static bool IsStringList(ITypeSymbol? type) =>
            type is INamedTypeSymbol { Name: "List", Arity: 1 } list
            && list.TypeArguments[0].SpecialType == SpecialType.System_String
            && list.ContainingNamespace is { Name: "Generic", ContainingNamespace: { Name: "Collections", ContainingNamespace.Name: "System" } };

        /// <summary>
        /// <c>foreach (var a in args) list.Add(a);</c>: the collection's elements, one argument each, when the loop adds
        /// its variable and nothing else (a helper's params array, bound at a call site, or an array in the method).
        /// </summary>
        public bool TryAddForEach(IInvocationOperation add, CommandSource list)
        {
            if (add.TargetMethod.Name != "Add" || add.Arguments.Length != 1 || EnclosingLoop(add) is not IForEachLoopOperation loop)
            {
                return false;
            }

            var variable = loop.LoopControlVariable is IVariableDeclaratorOperation declarator ? declarator.Symbol : null;
            if (variable is null || !OperationSearch.IsLocal(add.Arguments[0].Value, variable))
            {
                return false;
            }

            foreach (var other in loop.Body.Descendants())
            {
                if (other is IInvocationOperation { TargetMethod.Name: "Add" or "AddRange" or "Insert" } call && call != add)
                {
                    return false;
                }
            }

            AddCollection(loop.Collection, list, 1);
            return true;
        }

        private static ILoopOperation? EnclosingLoop(IOperation operation)
        {
            for (var parent = operation.Parent; parent is not null; parent = parent.Parent)
            {
                if (parent is ILoopOperation loop)
                {
                    return loop;
                }

                if (parent is IAnonymousFunctionOperation or ILocalFunctionOperation)
                {
                    return null;
                }
            }

            return null;
        }

        public static bool IsInLoop(IOperation operation)
        {
            for (var parent = operation.Parent; parent is not null; parent = parent.Parent)
            {
                if (parent is ILoopOperation)
                {
                    return true;
                }

                if (parent is IAnonymousFunctionOperation or ILocalFunctionOperation)
                {
                    return false;
                }
            }

            return false;
        }

        /// <summary>Insert <c>, "--isolation=…"</c> after an element of an array, collection or argument list.</summary>
        public static LaunchEdit InsertElementAfter(SyntaxNode element) =>
            SyntaxErrors.In(ListOf(element))
                ? LaunchEdit.None
                : new LaunchEdit(LaunchEditKind.InsertText, Location.Create(element.SyntaxTree, new Microsoft.CodeAnalysis.Text.TextSpan(element.Span.End, 0)), ", \"--isolation={0}\"");

        /// <summary>
        /// The separated list an element is written in (argument list, array or collection initializer, collection
        /// expression), or null: what an edit between elements touches.
        /// </summary>
        public static SyntaxNode? ListOf(SyntaxNode element)
        {
            // The element itself, or its ArgumentSyntax / ExpressionElementSyntax, is a child of the list.
            var node = element.Parent;
            for (var steps = 0; node is not null && steps < 2; steps++, node = node.Parent)
            {
                if (node is BaseArgumentListSyntax or InitializerExpressionSyntax or CollectionExpressionSyntax)
                {
                    return node;
                }
            }

            return null;
        }

        /// <summary>Insert a new statement <c>receiver.Add("--isolation=…");</c> on its own line after a statement.</summary>
        public static LaunchEdit InsertStatementAfter(IOperation statement, string callTemplate)
        {
            var syntax = statement.Syntax;
            if (SyntaxErrors.In(syntax))
            {
                return LaunchEdit.None;
            }

            var tree = syntax.SyntaxTree;
            var text = tree.GetText();
            var line = text.Lines.GetLineFromPosition(syntax.SpanStart);
            var indentation = 0;
            while (line.Start + indentation < line.End && char.IsWhiteSpace(text[line.Start + indentation]))
            {
                indentation++;
            }

            // The new statement goes on its own line after the statement's line, so a comment at the end of that line
            // stays with the statement it was written for.
            var lastLine = text.Lines.GetLineFromPosition(syntax.Span.End);
            var lineBreak = lastLine.EndIncludingLineBreak > lastLine.End ? text.ToString(Microsoft.CodeAnalysis.Text.TextSpan.FromBounds(lastLine.End, lastLine.EndIncludingLineBreak)) : "\n";
            var template = lineBreak + text.ToString(new Microsoft.CodeAnalysis.Text.TextSpan(line.Start, indentation)) + callTemplate.Replace("\"{0}\"", "\"--isolation={0}\"");
            return new LaunchEdit(LaunchEditKind.InsertText, Location.Create(tree, new Microsoft.CodeAnalysis.Text.TextSpan(lastLine.End, 0)), template.Replace("{", "{{").Replace("}", "}}").Replace("{{0}}", "{0}"));
        }
    }
}
