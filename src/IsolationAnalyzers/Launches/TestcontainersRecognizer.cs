using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace IsolationAnalyzers.Launches
{
    /// <summary>
    /// Testcontainers for .NET (rules.md §1.1, third bullet): a fluent builder chain such as
    /// <c>new ContainerBuilder(image).WithCreateParameterModifier(p => p.HostConfig.Isolation = "…").Build()</c>,
    /// followed through <c>builder = builder.With…(…)</c> reassignments of a local in one body. Each chain gives one
    /// launch, recognized at its outermost call (usually <c>.Build()</c>). Decides nothing.
    /// </summary>
    internal static class TestcontainersRecognizer
    {
        private const string WithImageMethod = "WithImage";
        private const string BuildMethod = "Build";
        private const string ModifierMethod = "WithCreateParameterModifier";

        /// <summary>The modifier's name before Testcontainers 3.x renamed it.</summary>
        private const string OldModifierMethod = "WithCreateContainerParametersModifier";

        private const string HostConfigProperty = "HostConfig";

        // Locals holding builders that are built from other locals: deeper than this is not a test fixture.
        private const int MaxLocalDepth = 8;

        public static ContainerLaunch? FromCreation(IObjectCreationOperation creation, TestcontainersSymbols symbols, CancellationToken cancellationToken) =>
            symbols.IsBuilder(creation.Type) && IsLaunchAnchor(creation, symbols)
                ? Recognize(creation, symbols, cancellationToken)
                : null;

        public static ContainerLaunch? FromInvocation(IInvocationOperation invocation, TestcontainersSymbols symbols, CancellationToken cancellationToken) =>
            Receiver(invocation, symbols) is not null && IsLaunchAnchor(invocation, symbols)
                ? Recognize(invocation, symbols, cancellationToken)
                : null;

        /// <summary>True for the parameter of a lambda passed to a create-parameter modifier of a builder.</summary>
        public static bool IsModifierParameter(IParameterSymbol parameter, IOperation use)
        {
            if (parameter.ContainingSymbol is not IMethodSymbol { MethodKind: MethodKind.LambdaMethod } lambda)
            {
                return false;
            }

            for (var current = use.Parent; current is not null; current = current.Parent)
            {
                if (current is IAnonymousFunctionOperation function && SymbolEqualityComparer.Default.Equals(function.Symbol, lambda))
                {
                    return OperationSearch.ValueParent(function) is IDelegateCreationOperation creation
                        && OperationSearch.ValueParent(creation) is IArgumentOperation { Parent: IInvocationOperation invocation }
                        && IsModifier(invocation.TargetMethod.Name);
                }
            }

            return false;
        }

        private static bool IsModifier(string name) => name == ModifierMethod || name == OldModifierMethod;

        /// <summary>
        /// The builder a builder call is made on (<c>x</c> of <c>x.With…()</c> or <c>x.Build()</c>), or null when the
        /// invocation is not one: other calls on a builder (<c>ToString()</c>) neither continue nor end a chain.
        /// </summary>
        private static IOperation? Receiver(IInvocationOperation invocation, TestcontainersSymbols symbols)
        {
            if (invocation.TargetMethod.Name != BuildMethod && !symbols.IsBuilder(invocation.Type))
            {
                return null;
            }

            var receiver = invocation.Instance;
            if (receiver is null && invocation.TargetMethod.IsExtensionMethod)
            {
                foreach (var argument in invocation.Arguments)
                {
                    if (argument.Parameter?.Ordinal == 0)
                    {
                        receiver = argument.Value;
                    }
                }
            }

            return receiver is not null && symbols.IsBuilder(receiver.Type) ? OperationSearch.WithoutConversions(receiver) : null;
        }

        private static bool IsChainElement(IOperation operation, TestcontainersSymbols symbols) =>
            operation switch
            {
                IObjectCreationOperation creation => symbols.IsBuilder(creation.Type),
                IInvocationOperation invocation => Receiver(invocation, symbols) is not null,
                _ => false,
            };

        /// <summary>True when another builder call is made on this operation's value (it is inside a longer chain).</summary>
        private static bool IsReceiverOfBuilderCall(IOperation operation, TestcontainersSymbols symbols)
        {
            var parent = OperationSearch.ValueParent(operation);
            if (parent is IArgumentOperation { Parent: IInvocationOperation extension } && extension.TargetMethod.IsExtensionMethod)
            {
                parent = extension;
            }

            return parent is IInvocationOperation invocation && Receiver(invocation, symbols) == operation;
        }

        /// <summary>
        /// The one place a chain is recognized: its outermost call, unless the builder it makes is stored in a local
        /// that a later chain continues (<c>builder = builder.With…()</c> … <c>builder.Build()</c>).
        /// </summary>
        private static bool IsLaunchAnchor(IOperation operation, TestcontainersSymbols symbols)
        {
            if (!symbols.IsBuilder(operation.Type))
            {
                return !IsReceiverOfBuilderCall(operation, symbols);
            }

            if (IsReceiverOfBuilderCall(operation, symbols))
            {
                return false;
            }

            if (OperationSearch.StoredLocal(operation) is not { } local || !symbols.IsBuilder(local.Type))
            {
                return true;
            }

            var end = operation.Syntax.Span.End;
            foreach (var descendant in OperationSearch.Root(operation).Descendants())
            {
                if (descendant is ILocalReferenceOperation reference
                    && reference.Syntax.SpanStart > end
                    && SymbolEqualityComparer.Default.Equals(reference.Local, local)
                    && IsReceiverOfBuilderCall(reference, symbols))
                {
                    return false;
                }
            }

            return true;
        }

        private static ContainerLaunch? Recognize(IOperation anchor, TestcontainersSymbols symbols, CancellationToken cancellationToken)
        {
            var chain = new Chain(symbols, OperationSearch.Root(anchor));
            chain.Gather(anchor, 0);
            chain.Elements.Sort((a, b) => a.Syntax.Span.End.CompareTo(b.Syntax.Span.End));

            IOperation? imageArgument = null;
            var modifiers = new List<IOperation>();
            foreach (var element in chain.Elements)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (element is IObjectCreationOperation creation)
                {
                    if (creation.Arguments.Length == 1 && IsImageParameter(creation.Arguments[0].Parameter, symbols))
                    {
                        imageArgument = creation.Arguments[0].Value;
                    }
                }
                else if (element is IInvocationOperation { Instance: not null, Arguments.Length: 1 } invocation)
                {
                    var name = invocation.TargetMethod.Name;
                    if (name == WithImageMethod && IsImageParameter(invocation.Arguments[0].Parameter, symbols))
                    {
                        imageArgument = invocation.Arguments[0].Value;
                    }
                    else if (IsModifier(name))
                    {
                        modifiers.Add(invocation.Arguments[0].Value);
                    }
                }
            }

            var images = new List<LaunchValue>();
            var platforms = new List<LaunchValue>();
            Location? imageLocation = null;
            if (imageArgument is not null)
            {
                imageLocation = AddImage(imageArgument, symbols, chain.Root, images, platforms, 0, cancellationToken);
            }

            var settings = new SettingsCollector(cancellationToken);
            IAnonymousFunctionOperation? onlyLambda = null;
            foreach (var modifier in modifiers)
            {
                var lambda = AddModifier(modifier, symbols, settings);
                if (modifiers.Count == 1)
                {
                    onlyLambda = lambda;
                }
            }

            // A builder from a parameter, a field or a method call may already carry any isolation.
            foreach (var unknownRoot in chain.UnknownRoots)
            {
                settings.AddUnknownIsolation(unknownRoot);
            }

            // Module builders (MsSqlBuilder …) default to their own, Linux, image; only an explicit image counts.
            var hasImage = imageArgument is not null;
            if (!hasImage && settings.IsEmpty)
            {
                return null;
            }

            LaunchEdit edit;
            if (settings.SingleIsolation is { } assigned)
            {
                edit = SyntaxErrors.Unless(assigned.Syntax, new LaunchEdit(LaunchEditKind.ReplaceExpression, assigned.Syntax.GetLocation()));
            }
            else if (settings.IsolationAssignments > 0 || settings.HasUnknownIsolation || (onlyLambda is not null && SyntaxErrors.In(onlyLambda.Syntax)))
            {
                edit = LaunchEdit.None;
            }
            else
            {
                var text = anchor.Syntax.SyntaxTree.GetText(cancellationToken);
                var hostConfig = HostConfigAccess(anchor, symbols);
                edit = (onlyLambda is null ? (LaunchEdit?)null : StatementInsertion(onlyLambda, hostConfig, text))
                    ?? ChainInsertion(anchor, hostConfig, symbols, text);
            }

            return settings.Launch(LaunchSurface.Testcontainers, imageLocation ?? anchor.Syntax.GetLocation(), hasImage, images, platforms, edit);
        }

        /// <summary>The <c>string image</c> or <c>IImage image</c> parameter of a builder constructor or <c>WithImage</c>.</summary>
        private static bool IsImageParameter(IParameterSymbol? parameter, TestcontainersSymbols symbols) =>
            parameter is not null
            && (parameter.Type.SpecialType == SpecialType.System_String || TestcontainersSymbols.Is(parameter.Type, symbols.Image));

        /// <summary>
        /// Adds the image a <c>string</c> or <c>IImage</c> argument names; returns where ISO0001 is reported (the
        /// string argument as written: of <c>WithImage</c>, the builder's constructor or <c>new DockerImage(…)</c>).
        /// </summary>
        private static Location AddImage(IOperation argument, TestcontainersSymbols symbols, IOperation root, List<LaunchValue> images, List<LaunchValue> platforms, int depth, CancellationToken cancellationToken)
        {
            var value = OperationSearch.WithoutConversions(argument);
            var location = argument.Syntax.GetLocation();
            if (value.Type?.SpecialType == SpecialType.System_String || value.ConstantValue.HasValue)
            {
                ValueResolver.AddStringValues(argument, images, cancellationToken);
                return location;
            }

            if (depth < MaxLocalDepth && value is IObjectCreationOperation creation && TestcontainersSymbols.Is(creation.Type, symbols.DockerImage))
            {
                IArgumentOperation? image = null;
                IArgumentOperation? platform = null;
                foreach (var parameterArgument in creation.Arguments)
                {
                    switch (parameterArgument.Parameter)
                    {
                        case { Ordinal: 0 } when creation.Arguments.Length <= 2:
                            image = parameterArgument;
                            break;
                        case { Ordinal: 1 } second when TestcontainersSymbols.Is(second.Type, symbols.Platform):
                            platform = parameterArgument;
                            break;
                    }
                }

                if (image is not null && (creation.Arguments.Length == 1 || platform is not null))
                {
                    if (platform is not null)
                    {
                        AddPlatform(platform.Value, symbols, platforms, cancellationToken);
                    }

                    // new DockerImage(string) or new DockerImage(string, Platform); new DockerImage(IImage) copies.
                    return AddImage(image.Value, symbols, root, images, platforms, depth + 1, cancellationToken);
                }
            }
            else if (depth < MaxLocalDepth && value is ILocalReferenceOperation local)
            {
                var before = images.Count;
                foreach (var assigned in OperationSearch.ValuesAssignedTo(local.Local, root))
                {
                    AddImage(assigned, symbols, root, images, platforms, depth + 1, cancellationToken);
                }

                if (images.Count > before)
                {
                    return location;
                }
            }

            images.Add(LaunchValue.Unknown(location, ValueResolver.SourceParameter(argument, 0)));
            return location;
        }

        private static void AddPlatform(IOperation argument, TestcontainersSymbols symbols, List<LaunchValue> platforms, CancellationToken cancellationToken)
        {
            var value = OperationSearch.WithoutConversions(argument);
            if (value is IObjectCreationOperation { Arguments.Length: 1 } creation && TestcontainersSymbols.Is(creation.Type, symbols.Platform))
            {
                ValueResolver.AddStringValues(creation.Arguments[0].Value, platforms, cancellationToken);
            }
            else if (value is not IDefaultValueOperation)
            {
                platforms.Add(LaunchValue.Unknown(argument.Syntax.GetLocation()));
            }
        }

        /// <summary>
        /// Reads <c>p => p.HostConfig.Isolation = "…"</c> (and <c>Memory</c>) from a modifier; returns the lambda when it
        /// is one. A modifier that is not a lambda, or hands its parameter to other code, may set any isolation.
        /// </summary>
        private static IAnonymousFunctionOperation? AddModifier(IOperation modifier, TestcontainersSymbols symbols, SettingsCollector settings)
        {
            if (OperationSearch.WithoutConversions(modifier) is not IDelegateCreationOperation { Target: IAnonymousFunctionOperation lambda }
                || lambda.Symbol.Parameters.Length != 1)
            {
                settings.AddUnknownIsolation(modifier.Syntax.GetLocation());
                return null;
            }

            var parameter = lambda.Symbol.Parameters[0];
            bool IsParameter(IOperation? operation) =>
                operation is not null
                && OperationSearch.WithoutConversions(operation) is IParameterReferenceOperation reference
                && SymbolEqualityComparer.Default.Equals(reference.Parameter, parameter);

            foreach (var assignment in DockerDotNetRecognizer.HostConfigMemberAssignments(lambda.Body, IsParameter))
            {
                settings.Add(assignment);
            }

            foreach (var operation in lambda.Body.Descendants())
            {
                if (!IsParameter(operation) || operation is IConversionOperation)
                {
                    continue;
                }

                var use = OperationSearch.ValueParent(operation);
                if (use is IPropertyReferenceOperation { Property.Name: HostConfigProperty } hostConfig)
                {
                    AddHostConfigUse(hostConfig, symbols, settings);
                }
                else if (use is not IPropertyReferenceOperation and not IFieldReferenceOperation)
                {
                    // p passed to a helper, stored, or captured elsewhere: the isolation may be set there.
                    settings.AddUnknownIsolation(operation.Syntax.GetLocation());
                }
            }

            return lambda;
        }

        /// <summary><c>p.HostConfig</c> replaced (<c>p.HostConfig = new HostConfig { … }</c>) or handed on.</summary>
        private static void AddHostConfigUse(IPropertyReferenceOperation hostConfig, TestcontainersSymbols symbols, SettingsCollector settings)
        {
            var use = OperationSearch.ValueParent(hostConfig);
            if (use is IPropertyReferenceOperation or IFieldReferenceOperation)
            {
                // p.HostConfig.Isolation = … (read above); p.HostConfig.X.Y …
                return;
            }

            if (use is ISimpleAssignmentOperation assignment && assignment.Target == hostConfig)
            {
                if (OperationSearch.WithoutConversions(assignment.Value) is IObjectCreationOperation creation && TestcontainersSymbols.Is(creation.Type, symbols.HostConfig))
                {
                    settings.AddInitializer(creation.Initializer, symbols.HostConfig);
                    return;
                }

                if (assignment.Value.ConstantValue is { HasValue: true, Value: null })
                {
                    return;
                }
            }

            settings.AddUnknownIsolation(hostConfig.Syntax.GetLocation());
        }

        /// <summary>
        /// Inserts <c>p.HostConfig.Isolation = "…";</c> after the last statement of the chain's only modifier, a block
        /// lambda ending with an expression statement; null when the modifier is not that simple.
        /// </summary>
        private static LaunchEdit? StatementInsertion(IAnonymousFunctionOperation lambda, string hostConfig, SourceText text)
        {
            if (lambda.Syntax is not AnonymousFunctionExpressionSyntax { Block: { Statements.Count: > 0 } block }
                || block.Statements[block.Statements.Count - 1] is not ExpressionStatementSyntax last
                || lambda.Symbol.Parameters[0] is not { IsDiscard: false, Name: { Length: > 0 } name }
                || name == "_")
            {
                return null;
            }

            var statement = Escape(name + hostConfig + ".Isolation = \"") + "{0}" + Escape("\";");
            var lastLine = text.Lines.GetLineFromPosition(last.Span.End);
            if (text.Lines.GetLineFromPosition(block.OpenBraceToken.SpanStart).LineNumber == lastLine.LineNumber
                || !StartsLine(last.GetFirstToken(), text, out var indentation, out var newLine))
            {
                return Insert(last.Span.End, Escape(" ") + statement, last.SyntaxTree);
            }

            // After the statement's line, comments included, when nothing else follows it on that line.
            var position = TokenNavigation.Next(last.GetLastToken()).SpanStart > lastLine.End ? lastLine.End : last.Span.End;
            return Insert(position, Escape(newLine + indentation) + statement, last.SyntaxTree);
        }

        /// <summary>
        /// Adds <c>.WithCreateParameterModifier(p => p.HostConfig.Isolation = "…")</c> after the chain's last builder
        /// call (before <c>.Build()</c>), on a line of its own when the chain is written one call per line.
        /// </summary>
        private static LaunchEdit ChainInsertion(IOperation anchor, string hostConfig, TestcontainersSymbols symbols, SourceText text)
        {
            // `.WithImage("…"` (no closing parenthesis yet) ends where the parser gave up: inserting there would land
            // inside the argument list.
            if (SyntaxErrors.In(anchor.Syntax))
            {
                return LaunchEdit.None;
            }

            var name = ParameterName(anchor);
            var call = Escape("." + ModifierMethod + "(" + name + " => " + name + hostConfig + ".Isolation = \"") + "{0}" + Escape("\")");
            var member = anchor.Syntax is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } ? access : null;

            if (!symbols.IsBuilder(anchor.Type))
            {
                // x.Build(): insert before the `.Build`.
                if (member is null)
                {
                    return LaunchEdit.None;
                }

                return StartsLine(member.OperatorToken, text, out var indentation, out var newLine)
                    ? Insert(member.OperatorToken.SpanStart, call + Escape(newLine + indentation), anchor.Syntax.SyntaxTree)
                    : Insert(member.Expression.Span.End, call, anchor.Syntax.SyntaxTree);
            }

            if (member is not null && StartsLine(member.OperatorToken, text, out var lastIndentation, out var lastNewLine))
            {
                return Insert(anchor.Syntax.Span.End, Escape(lastNewLine + lastIndentation) + call, anchor.Syntax.SyntaxTree);
            }

            return Insert(anchor.Syntax.Span.End, call, anchor.Syntax.SyntaxTree);
        }

        /// <summary>
        /// <c>.HostConfig</c>, or <c>.HostConfig!</c> where nullable warnings are on and the property is annotated
        /// nullable: the fix must not add a warning to a project that treats warnings as errors.
        /// </summary>
        private static string HostConfigAccess(IOperation anchor, TestcontainersSymbols symbols)
        {
            var nullableWarnings = symbols.HostConfigMayBeNull
                && anchor.SemanticModel is { } model
                && (model.GetNullableContext(anchor.Syntax.SpanStart) & NullableContext.WarningsEnabled) != 0;
            return nullableWarnings ? ".HostConfig!" : ".HostConfig";
        }

        private static LaunchEdit Insert(int position, string template, SyntaxTree tree) =>
            new LaunchEdit(LaunchEditKind.InsertText, Location.Create(tree, new TextSpan(position, 0)), template);

        /// <summary>The lambda parameter name: <c>p</c>, unless a local or parameter in scope has it (C# before 8 forbids shadowing).</summary>
        private static string ParameterName(IOperation anchor)
        {
            var model = anchor.SemanticModel;
            if (model is null)
            {
                return "p";
            }

            foreach (var candidate in new[] { "p", "parameters", "createParameters" })
            {
                var taken = false;
                foreach (var symbol in model.LookupSymbols(anchor.Syntax.SpanStart, name: candidate))
                {
                    taken |= symbol.Kind is SymbolKind.Local or SymbolKind.Parameter or SymbolKind.RangeVariable;
                }

                if (!taken)
                {
                    return candidate;
                }
            }

            return "createParameters";
        }

        /// <summary>True when the token is the first on its line; gives that line's indentation and the line break before it.</summary>
        private static bool StartsLine(SyntaxToken token, SourceText text, out string indentation, out string newLine)
        {
            indentation = string.Empty;
            newLine = "\n";
            var line = text.Lines.GetLineFromPosition(token.SpanStart);
            var before = text.ToString(TextSpan.FromBounds(line.Start, token.SpanStart));
            if (before.Trim().Length != 0 || line.LineNumber == 0)
            {
                return false;
            }

            indentation = before;
            var previous = text.Lines[line.LineNumber - 1];
            var lineBreak = text.ToString(TextSpan.FromBounds(previous.End, previous.EndIncludingLineBreak));
            if (lineBreak.Length > 0)
            {
                newLine = lineBreak;
            }

            return true;
        }

        /// <summary>Escapes text for the <c>{0}</c> template of <see cref="LaunchEditKind.InsertText"/>.</summary>
        private static string Escape(string text) => text.Replace("{", "{{").Replace("}", "}}");

        /// <summary>The calls of one launch, possibly over several statements through a local.</summary>
        private sealed class Chain
        {
            private readonly TestcontainersSymbols symbols;
            private readonly HashSet<ILocalSymbol> visited = new HashSet<ILocalSymbol>(SymbolEqualityComparer.Default);

            public Chain(TestcontainersSymbols symbols, IOperation root)
            {
                this.symbols = symbols;
                Root = root;
            }

            public IOperation Root { get; }

            /// <summary>The builder creations and builder calls, in no particular order.</summary>
            public List<IOperation> Elements { get; } = new List<IOperation>();

            /// <summary>Where a builder comes from code this recognizer cannot see.</summary>
            public List<Location> UnknownRoots { get; } = new List<Location>();

            public void Gather(IOperation top, int depth)
            {
                var current = OperationSearch.WithoutConversions(top);
                while (current is IInvocationOperation invocation && Receiver(invocation, symbols) is { } receiver)
                {
                    Elements.Add(invocation);
                    current = receiver;
                }

                switch (current)
                {
                    case IObjectCreationOperation creation when symbols.IsBuilder(creation.Type):
                        Elements.Add(creation);
                        return;

                    case ILocalReferenceOperation local:
                        if (!visited.Add(local.Local))
                        {
                            return;
                        }

                        var found = false;
                        foreach (var assigned in OperationSearch.ValuesAssignedTo(local.Local, Root))
                        {
                            var value = OperationSearch.WithoutConversions(assigned);
                            if (depth < MaxLocalDepth && IsChainElement(value, symbols))
                            {
                                found = true;
                                Gather(value, depth + 1);
                            }
                            else if (value.ConstantValue is not { HasValue: true, Value: null })
                            {
                                found = true;
                                UnknownRoots.Add(assigned.Syntax.GetLocation());
                            }
                        }

                        if (!found)
                        {
                            UnknownRoots.Add(local.Syntax.GetLocation());
                        }

                        return;

                    default:
                        UnknownRoots.Add(current.Syntax.GetLocation());
                        return;
                }
            }
        }
    }
}
