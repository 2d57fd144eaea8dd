using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using IsolationAnalyzers.Flow;
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

        public static ContainerLaunch? FromCreation(IObjectCreationOperation creation, TestcontainersSymbols symbols, FlowContext context) =>
            symbols.IsBuilder(creation.Type) && IsLaunchAnchor(creation, symbols) && !IsPassedToHelper(creation, context)
                ? Recognize(creation, symbols, context)
                : null;

        public static ContainerLaunch? FromInvocation(IInvocationOperation invocation, TestcontainersSymbols symbols, FlowContext context) =>
            Receiver(invocation, symbols) is not null && IsLaunchAnchor(invocation, symbols) && !IsPassedToHelper(invocation, context)
                ? Recognize(invocation, symbols, context)
                : null;

        /// <summary>
        /// A builder passed to a helper in source that continues the chain (<c>Start(new ContainerBuilder(image))</c>):
        /// the helper's launch, instantiated at this call, is the launch (rules.md §1.2 point 2), not this builder.
        /// </summary>
        private static bool IsPassedToHelper(IOperation builder, FlowContext context)
        {
            if (context.Flow is not { } flow
                || OperationSearch.ValueParent(builder) is not IArgumentOperation { Parent: { } call }
                || ValueFlow.CallOf(call) is not { } made
                || !flow.IsFollowable(made.Target))
            {
                return false;
            }

            return flow.Reaches(made.Target, Candidates.FlowWords.MaxCallDepth, context.CancellationToken);
        }

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

        private static ContainerLaunch? Recognize(IOperation anchor, TestcontainersSymbols symbols, FlowContext context)
        {
            var chain = new Chain(symbols);
            chain.Gather(anchor, 0, context, null, Array.Empty<int>());
            chain.Elements.Sort((a, b) => CompareKeys(a.Key, b.Key));
            if (chain.StartsAtParameter && symbols.IsBuilder(anchor.Type) && OperationSearch.ValueParent(anchor) is IReturnOperation)
            {
                // `static ContainerBuilder WithWindowsDefaults(this ContainerBuilder b) => b.WithImage(…)` returns its
                // caller's chain, continued: not a launch of its own; the caller's chain reads it (rules.md §1.2 point 2).
                return null;
            }

            ChainElement? imageElement = null;
            IOperation? imageArgument = null;
            var modifiers = new List<(IOperation Modifier, ChainElement Element)>();
            foreach (var element in chain.Elements)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                if (element.Operation is IObjectCreationOperation creation)
                {
                    if (creation.Arguments.Length == 1 && IsImageParameter(creation.Arguments[0].Parameter, symbols))
                    {
                        imageArgument = creation.Arguments[0].Value;
                        imageElement = element;
                    }
                }
                else if (element.Operation is IInvocationOperation { Instance: not null, Arguments.Length: 1 } invocation)
                {
                    var name = invocation.TargetMethod.Name;
                    if (name == WithImageMethod && IsImageParameter(invocation.Arguments[0].Parameter, symbols))
                    {
                        imageArgument = invocation.Arguments[0].Value;
                        imageElement = element;
                    }
                    else if (IsModifier(name))
                    {
                        modifiers.Add((invocation.Arguments[0].Value, element));
                    }
                }
            }

            var images = new List<LaunchValue>();
            var platforms = new List<LaunchValue>();
            Location? imageLocation = null;
            if (imageArgument is not null && imageElement is { } image)
            {
                imageLocation = AddImage(imageArgument, symbols, OperationSearch.Root(imageArgument), images, platforms, 0, image.Context);
                if (image.UseSite is { } use && image.WrittenIn is { } writtenIn)
                {
                    // Written in a builder extension method: reported at its call in the chain (rules.md §1.2 point 3);
                    // what the call passes to it stays where the call writes it.
                    RelocateWrittenIn(images, writtenIn, use);
                    RelocateWrittenIn(platforms, writtenIn, use);
                    imageLocation = use;
                }
            }

            var settings = new SettingsCollector(context);
            IAnonymousFunctionOperation? onlyLambda = null;
            foreach (var (modifier, element) in modifiers)
            {
                var mark = settings.Mark();
                var lambda = settings.In(element.Context, () => AddModifier(modifier, symbols, settings));
                if (element.UseSite is { } use && element.WrittenIn is { } writtenIn)
                {
                    settings.UseAt(mark, use, writtenIn);
                    lambda = null;
                }

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
            else if (settings.IsolationAssignments > 0 || settings.HasUnknownIsolation || settings.Relocated || (onlyLambda is not null && SyntaxErrors.In(onlyLambda.Syntax)))
            {
                edit = LaunchEdit.None;
            }
            else
            {
                var text = anchor.Syntax.SyntaxTree.GetText(context.CancellationToken);
                var hostConfig = HostConfigAccess(anchor, symbols);
                edit = (onlyLambda is null ? (LaunchEdit?)null : StatementInsertion(onlyLambda, hostConfig, text))
                    ?? ChainInsertion(anchor, hostConfig, symbols, text);
            }

            var launch = settings.Launch(LaunchSurface.Testcontainers, imageLocation ?? anchor.Syntax.GetLocation(), hasImage, images, platforms, edit);
            if (chain.CallerBuilder is { } callerBuilder && settings.IsolationAssignments == 0 && !settings.HasUnknownIsolation && symbols.IsBuilder(callerBuilder.Type))
            {
                // `Start(new ContainerBuilder(image))`: the call can pass the builder with the modifier added.
                var name = ParameterName(callerBuilder);
                var call = Escape("." + ModifierMethod + "(" + name + " => " + name + HostConfigAccess(callerBuilder, symbols) + ".Isolation = \"") + "{0}" + Escape("\")");
                launch.CallSiteIsolationEdit = SyntaxErrors.Unless(callerBuilder.Syntax, Insert(callerBuilder.Syntax.Span.End, call, callerBuilder.Syntax.SyntaxTree));
            }

            return launch;
        }

        /// <summary>Reports the values written inside <paramref name="writtenIn"/> at <paramref name="use"/>.</summary>
        private static void RelocateWrittenIn(List<LaunchValue> values, SyntaxNode writtenIn, Location use)
        {
            for (var i = 0; i < values.Count; i++)
            {
                var value = values[i];
                if (value.Location.SourceTree == writtenIn.SyntaxTree && writtenIn.FullSpan.Contains(value.Location.SourceSpan))
                {
                    values[i] = value.IsKnown ? value.UsedAt(use, LaunchEdit.None) : LaunchValue.Unknown(use, value.SourceParameter);
                }
            }
        }

        private static int CompareKeys(int[] a, int[] b)
        {
            for (var i = 0; i < a.Length && i < b.Length; i++)
            {
                var order = a[i].CompareTo(b[i]);
                if (order != 0)
                {
                    return order;
                }
            }

            return a.Length.CompareTo(b.Length);
        }

        /// <summary>The <c>string image</c> or <c>IImage image</c> parameter of a builder constructor or <c>WithImage</c>.</summary>
        private static bool IsImageParameter(IParameterSymbol? parameter, TestcontainersSymbols symbols) =>
            parameter is not null
            && (parameter.Type.SpecialType == SpecialType.System_String || TestcontainersSymbols.Is(parameter.Type, symbols.Image));

        /// <summary>
        /// Adds the image a <c>string</c> or <c>IImage</c> argument names; returns where ISO0001 is reported (the
        /// string argument as written: of <c>WithImage</c>, the builder's constructor or <c>new DockerImage(…)</c>).
        /// </summary>
        private static Location AddImage(IOperation argument, TestcontainersSymbols symbols, IOperation root, List<LaunchValue> images, List<LaunchValue> platforms, int depth, FlowContext context)
        {
            var value = OperationSearch.WithoutConversions(argument);
            var location = argument.Syntax.GetLocation();
            if (value.Type?.SpecialType == SpecialType.System_String || value.ConstantValue.HasValue)
            {
                ValueResolver.AddStringValues(argument, images, context);
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
                        AddPlatform(platform.Value, symbols, platforms, context);
                    }

                    // new DockerImage(string) or new DockerImage(string, Platform); new DockerImage(IImage) copies.
                    return AddImage(image.Value, symbols, root, images, platforms, depth + 1, context);
                }
            }
            else if (depth < MaxLocalDepth && value is ILocalReferenceOperation local)
            {
                var before = images.Count;
                foreach (var assigned in OperationSearch.ValuesAssignedTo(local.Local, root))
                {
                    AddImage(assigned, symbols, root, images, platforms, depth + 1, context);
                }

                if (images.Count > before)
                {
                    return location;
                }
            }
            else if (depth < MaxLocalDepth && value is IConditionalOperation { WhenFalse: { } whenFalse } conditional)
            {
                // `legacy ? new DockerImage("…ltsc2019") : new DockerImage("…ltsc2022")`: each branch is a possible image.
                AddImage(conditional.WhenTrue, symbols, root, images, platforms, depth + 1, context);
                AddImage(whenFalse, symbols, root, images, platforms, depth + 1, context);
                return location;
            }
            else if (depth < MaxLocalDepth && value is ISwitchExpressionOperation @switch)
            {
                foreach (var arm in ValueResolver.Arms(@switch, context, depth))
                {
                    AddImage(arm.Value, symbols, root, images, platforms, depth + 1, context);
                }

                return location;
            }
            else if (depth < MaxLocalDepth && value is IParameterReferenceOperation parameter
                && context.TryBind(parameter.Parameter, out var bound, out var caller)
                && bound.ArgumentKind != ArgumentKind.DefaultValue)
            {
                // A helper's image parameter, bound at a call site: the image is the caller's argument.
                AddImage(bound.Value, symbols, OperationSearch.Root(bound.Value), images, platforms, depth + 1, caller);
                return location;
            }
            else if (depth < MaxLocalDepth
                && ValueResolver.MemberOf(value) is { } member
                && context.Flow is { } flow
                && flow.ValuesOf(member, context.CancellationToken) is { IsDefaultOrEmpty: false } memberValues)
            {
                // `static readonly IImage ServerCore = new DockerImage("…")` in a shared class: reported at the use.
                var firstImage = images.Count;
                var firstPlatform = platforms.Count;
                foreach (var memberValue in memberValues)
                {
                    if (context.EnterMember(member, memberValue.Constructor) is not { } memberContext)
                    {
                        images.Add(LaunchValue.Unknown(location));
                        break;
                    }

                    if (value is IInvocationOperation invocation && member is IMethodSymbol method)
                    {
                        memberContext = memberContext.Bind(new CallBinding(method, invocation, invocation.Arguments, context));
                    }

                    AddImage(memberValue.Value, symbols, OperationSearch.Root(memberValue.Value), images, platforms, depth + 1, memberContext);
                }

                ValueResolver.UseAtWhereWrittenBy(value, member, images, firstImage, context.CancellationToken);
                ValueResolver.UseAtWhereWrittenBy(value, member, platforms, firstPlatform, context.CancellationToken);
                return location;
            }

            images.Add(LaunchValue.Unknown(location, ValueResolver.SourceParameter(argument, context, 0)));
            return location;
        }

        private static void AddPlatform(IOperation argument, TestcontainersSymbols symbols, List<LaunchValue> platforms, FlowContext context)
        {
            var value = OperationSearch.WithoutConversions(argument);
            if (value is IObjectCreationOperation { Arguments.Length: 1 } creation && TestcontainersSymbols.Is(creation.Type, symbols.Platform))
            {
                ValueResolver.AddStringValues(creation.Arguments[0].Value, platforms, context);
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

        internal static LaunchEdit Insert(int position, string template, SyntaxTree tree) =>
            new LaunchEdit(LaunchEditKind.InsertText, Location.Create(tree, new TextSpan(position, 0)), template);

        /// <summary>The lambda parameter name: <c>p</c>, unless a local or parameter in scope has it (C# before 8 forbids shadowing).</summary>
        private static string ParameterName(IOperation anchor)
        {
            var model = anchor.SemanticModel;
            if (model is null)
            {
                return "p";
            }

            // A symbol lookup walks every name in scope (all imported namespaces): ask only when a declaration that
            // could bring the name into scope mentions it at all.
            var scope = DeclarationScope(anchor.Syntax);
            foreach (var candidate in new[] { "p", "parameters", "createParameters" })
            {
                if (scope is not null && !Mentions(scope, candidate))
                {
                    return candidate;
                }

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

        /// <summary>
        /// The syntax that declares every local, parameter and range variable in scope at <paramref name="node"/>: its
        /// member declaration and the parameter lists of the declarations around that member (primary constructors).
        /// Null where locals may come from elsewhere: top-level statements, scripts, code outside a member.
        /// </summary>
        private static List<SyntaxNode>? DeclarationScope(SyntaxNode node)
        {
            if (node.SyntaxTree.Options.Kind != SourceCodeKind.Regular)
            {
                return null;
            }

            var member = node.FirstAncestorOrSelf<MemberDeclarationSyntax>(m => m is not GlobalStatementSyntax);
            if (member is null || member.FirstAncestorOrSelf<GlobalStatementSyntax>() is not null || member.SyntaxTree.GetRoot() is CompilationUnitSyntax { Members: var members } && HasGlobalStatements(members))
            {
                return null;
            }

            var scope = new List<SyntaxNode> { member };
            for (var outer = member.Parent; outer is not null; outer = outer.Parent)
            {
                foreach (var child in outer.ChildNodes())
                {
                    if (child is BaseParameterListSyntax)
                    {
                        scope.Add(child);
                    }
                }
            }

            return scope;
        }

        private static bool HasGlobalStatements(SyntaxList<MemberDeclarationSyntax> members)
        {
            foreach (var member in members)
            {
                if (member is GlobalStatementSyntax)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// True when an identifier with that name (escapes resolved) may appear in one of the nodes: the name stands in
        /// the node's text as a word (a superset: the symbol lookup decides), or a node with a backslash in its text
        /// has such a token.
        /// </summary>
        private static bool Mentions(List<SyntaxNode> scope, string name)
        {
            var names = new[] { name };
            foreach (var node in scope)
            {
                var text = node.SyntaxTree.TryGetText(out var source) ? source.ToString(node.Span) : node.ToString();
                if (Candidates.IdentifierSearch.MayName(node, text, node.Span.Start, names))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>True when the token is the first on its line; gives that line's indentation and the line break before it.</summary>
        internal static bool StartsLine(SyntaxToken token, SourceText text, out string indentation, out string newLine)
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
        internal static string Escape(string text) => text.Replace("{", "{{").Replace("}", "}}");

        /// <summary>
        /// One call of a chain: the operation, the context its arguments are read in, where the chain uses it when it is
        /// written in a builder extension method's body, and its place in the order the calls run.
        /// </summary>
        private readonly struct ChainElement
        {
            public ChainElement(IOperation operation, FlowContext context, Location? useSite, SyntaxNode? writtenIn, int[] key)
            {
                Operation = operation;
                Context = context;
                UseSite = useSite;
                WrittenIn = writtenIn;
                Key = key;
            }

            public IOperation Operation { get; }

            public FlowContext Context { get; }

            public Location? UseSite { get; }

            /// <summary>The builder extension method whose body holds the call (values written there are reported at <see cref="UseSite"/>).</summary>
            public SyntaxNode? WrittenIn { get; }

            public int[] Key { get; }
        }

        /// <summary>
        /// The calls of one launch, possibly over several statements through a local, through the body of a builder
        /// extension method written in source, or back to a caller's builder when the chain starts at a parameter that a
        /// call binds (value flow).
        /// </summary>
        private sealed class Chain
        {
            // Builder extension methods inside builder extension methods: deeper than this is not a fixture.
            private const int MaxExtensionDepth = 4;

            private readonly TestcontainersSymbols symbols;
            private readonly HashSet<ILocalSymbol> visited = new HashSet<ILocalSymbol>(SymbolEqualityComparer.Default);

            // The context a builder extension method's body is read in → where the chain calls it and its order there.
            private readonly Dictionary<FlowContext, (Location? UseSite, SyntaxNode? WrittenIn, int[] Prefix)> extensionCalls = new Dictionary<FlowContext, (Location?, SyntaxNode?, int[])>();

            public Chain(TestcontainersSymbols symbols)
            {
                this.symbols = symbols;
            }

            /// <summary>The builder creations and builder calls.</summary>
            public List<ChainElement> Elements { get; } = new List<ChainElement>();

            /// <summary>Where a builder comes from code this recognizer cannot see.</summary>
            public List<Location> UnknownRoots { get; } = new List<Location>();

            public void Gather(IOperation top, int depth, FlowContext context, Location? useSite, int[] prefix, SyntaxNode? writtenIn = null)
            {
                var current = OperationSearch.WithoutConversions(top);
                while (current is IInvocationOperation invocation && Receiver(invocation, symbols) is { } receiver)
                {
                    if (depth < MaxExtensionDepth && ExtensionBody(invocation, context) is { } body)
                    {
                        // `builder.WithWindowsDefaults()`: the calls its body makes on its `this` builder run here.
                        var bound = context.Bind(new CallBinding(invocation.TargetMethod, invocation, invocation.Arguments, context));
                        extensionCalls[bound] = (useSite, writtenIn, prefix);
                        var declaration = invocation.TargetMethod.OriginalDefinition.DeclaringSyntaxReferences[0].GetSyntax(context.CancellationToken);
                        Gather(body, depth + 1, bound, useSite ?? CallLocation(invocation), Key(prefix, invocation), writtenIn ?? declaration);
                        return;
                    }

                    Elements.Add(new ChainElement(invocation, context, useSite, writtenIn, Key(prefix, invocation)));
                    current = receiver;
                }

                switch (current)
                {
                    case IObjectCreationOperation creation when symbols.IsBuilder(creation.Type):
                        Elements.Add(new ChainElement(creation, context, useSite, writtenIn, Key(prefix, creation)));
                        return;

                    case ILocalReferenceOperation local:
                        if (!visited.Add(local.Local))
                        {
                            return;
                        }

                        var found = false;
                        foreach (var assigned in OperationSearch.ValuesAssignedTo(local.Local, OperationSearch.Root(local)))
                        {
                            var value = OperationSearch.WithoutConversions(assigned);
                            if (depth < MaxLocalDepth && IsChainElement(value, symbols))
                            {
                                found = true;
                                Gather(value, depth + 1, context, useSite, prefix, writtenIn);
                            }
                            else if (value.ConstantValue is not { HasValue: true, Value: null })
                            {
                                found = true;
                                UnknownRoots.Add(Reported(assigned.Syntax.GetLocation(), useSite));
                            }
                        }

                        if (!found)
                        {
                            UnknownRoots.Add(Reported(local.Syntax.GetLocation(), useSite));
                        }

                        return;

                    case IParameterReferenceOperation parameter
                        when depth < MaxLocalDepth
                            && context.TryBind(parameter.Parameter, out var argument, out var caller)
                            && argument.ArgumentKind != ArgumentKind.DefaultValue:
                        // The builder a call passes in: the receiver of a builder extension method, which runs before the
                        // body's calls; or a helper's builder parameter, bound at a call site, whose caller's calls run
                        // before the helper's.
                        if (extensionCalls.TryGetValue(context, out var call))
                        {
                            Gather(argument.Value, depth + 1, caller, call.UseSite, call.Prefix, call.WrittenIn);
                        }
                        else
                        {
                            CallerBuilder ??= argument.Value;
                            Gather(argument.Value, depth + 1, caller, null, new[] { int.MinValue });
                        }

                        return;

                    default:
                        StartsAtParameter |= current is IParameterReferenceOperation;
                        UnknownRoots.Add(Reported(current.Syntax.GetLocation(), useSite));
                        return;
                }
            }

            /// <summary>The builder a caller passes to the helper this chain is in (a call-site fix may extend it).</summary>
            public IOperation? CallerBuilder { get; private set; }

            /// <summary>The chain starts at a builder the method is given, which no call binds here.</summary>
            public bool StartsAtParameter { get; private set; }

            /// <summary>
            /// The chain a builder extension method in source returns, built on its <c>this</c> parameter
            /// (<c>static ContainerBuilder WithWindowsDefaults(this ContainerBuilder b) => b.WithImage(…)</c>); null for
            /// Testcontainers' own methods and for bodies that are not one returned chain.
            /// </summary>
            private IOperation? ExtensionBody(IInvocationOperation invocation, FlowContext context)
            {
                var method = invocation.TargetMethod;
                if (!method.IsExtensionMethod
                    || context.Flow is not { } flow
                    || !flow.IsFollowable(method)
                    || !context.Spend()
                    || flow.ValuesOf(method, context.CancellationToken) is not { Length: 1 } returns)
                {
                    return null;
                }

                var returned = OperationSearch.WithoutConversions(returns[0].Value);
                return IsChainElement(returned, symbols) ? returned : null;
            }

            private static Location Reported(Location location, Location? useSite) => useSite ?? location;

            /// <summary>`.WithWindowsDefaults()` of `builder.WithWindowsDefaults()`: the call's name and arguments.</summary>
            private static Location CallLocation(IInvocationOperation invocation) =>
                invocation.Syntax is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } syntax
                    ? Location.Create(syntax.SyntaxTree, TextSpan.FromBounds(access.Name.SpanStart, syntax.Span.End))
                    : invocation.Syntax.GetLocation();

            /// <summary>The element's place in the order the chain runs: its end in its method, under the call it runs in.</summary>
            private static int[] Key(int[] prefix, IOperation operation)
            {
                var key = new int[prefix.Length + 1];
                prefix.CopyTo(key, 0);
                key[prefix.Length] = operation.Syntax.Span.End;
                return key;
            }
        }
    }
}
