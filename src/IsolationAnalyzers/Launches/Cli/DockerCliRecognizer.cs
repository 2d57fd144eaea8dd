using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using IsolationAnalyzers.Knowledge.Cli;
using IsolationAnalyzers.Flow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace IsolationAnalyzers.Launches.Cli
{
    /// <summary>
    /// Docker command lines built in C# (rules.md §1.1, second bullet): <c>Process.Start</c>, <c>ProcessStartInfo</c>,
    /// CliWrap, any call passing the docker executable with arguments, and strings that start with a docker command.
    /// Rebuilds the command line, parses it with the docker CLI's option tables and maps tokens back to source.
    /// </summary>
    internal static class DockerCliRecognizer
    {
        private const string InsertFlagTemplate = " --isolation={0}";

        /// <summary><c>new ProcessStartInfo(…)</c> (with its initializer and later assignments), or any creation passing docker.</summary>
        public static ContainerLaunch? FromCreation(IObjectCreationOperation creation, CliSymbols symbols, FlowContext context)
        {
            if (symbols.IsProcessStartInfo(creation.Type))
            {
                return FromProcessStartInfo(creation, context);
            }

            return FromExecutableArgument(creation.Arguments, creation, context);
        }

        /// <summary>CliWrap's <c>WithArguments</c>, or any call that passes the docker executable and its arguments.</summary>
        public static ContainerLaunch? FromInvocation(IInvocationOperation invocation, CliSymbols symbols, FlowContext context)
        {
            if (symbols.CliWrapCommand is { } command
                && invocation.TargetMethod.Name == "WithArguments"
                && SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.ContainingType, command))
            {
                return FromCliWrap(invocation, symbols, context);
            }

            return FromExecutableArgument(invocation.Arguments, invocation, context);
        }

        /// <summary>
        /// True for a call or creation that becomes a docker launch once its arguments are known: in a helper,
        /// <c>Process.Start("docker", args)</c> or <c>new ProcessStartInfo(file, args)</c> whose arguments come from its
        /// parameters (rules.md §1.2 point 2). Value flow instantiates these at the helper's call sites.
        /// </summary>
        public static bool IsPotentialAnchor(IOperation operation, CliSymbols symbols)
        {
            switch (operation)
            {
                case IObjectCreationOperation creation:
                    return symbols.IsProcessStartInfo(creation.Type) || ExecutableArgument(creation.Arguments) >= 0;
                case IInvocationOperation invocation:
                    return ExecutableArgument(invocation.Arguments) >= 0
                        || (symbols.CliWrapCommand is { } command
                            && invocation.TargetMethod.Name == "WithArguments"
                            && SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.ContainingType, command)
                            && WrapsDocker(invocation.Instance, symbols));
                default:
                    return false;
            }
        }

        /// <summary>The index of the argument that names the docker executable, followed by at least one more; -1 when none.</summary>
        private static int ExecutableArgument(ImmutableArray<IArgumentOperation> arguments)
        {
            for (var i = 0; i < arguments.Length - 1; i++)
            {
                // The type first: reading a numeric constant boxes it.
                var candidate = arguments[i].Value;
                if (candidate.Type?.SpecialType == SpecialType.System_String && candidate.ConstantValue.Value is string text && DockerExecutable.Matches(text))
                {
                    return i;
                }
            }

            return -1;
        }

        /// <summary>
        /// A string whose constant prefix is a docker command (a script line, an SSH command), found from its first
        /// literal: a plain literal, or the first text of an interpolated string, leftmost in a concatenation.
        /// </summary>
        public static ContainerLaunch? FromScriptLiteral(ILiteralOperation literal, FlowContext context)
        {
            if (literal.ConstantValue.Value is not string text || !StartsWithDockerWord(text))
            {
                return null;
            }

            IOperation expression = literal;
            if (literal.Parent is IInterpolatedStringTextOperation { Parent: IInterpolatedStringOperation interpolated } part)
            {
                if (interpolated.Parts.Length == 0 || interpolated.Parts[0] != part)
                {
                    return null;
                }

                expression = interpolated;
            }

            // Analyse the whole string expression once, from its leftmost piece.
            while (OperationSearch.ValueParent(expression) is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } binary
                   && binary.Type?.SpecialType == SpecialType.System_String
                   && OperationSearch.WithoutConversions(binary.LeftOperand) == expression)
            {
                expression = binary;
            }

            if (IsArgumentOfDockerCall(expression))
            {
                return null;
            }

            var reader = new CommandLineReader(context);
            return Build(reader.ReadString(expression), startsWithExecutable: true);
        }

        /// <summary>Cheap first test: the text starts (after white space) with the word "docker".</summary>
        private static bool StartsWithDockerWord(string text)
        {
            var i = 0;
            while (i < text.Length && i < 64 && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            return text.Length > i + 7
                && string.CompareOrdinal(text, i, "docker", 0, 6) == 0
                && char.IsWhiteSpace(text[i + 6]);
        }

        private static ContainerLaunch? FromExecutableArgument(ImmutableArray<IArgumentOperation> arguments, IOperation call, FlowContext context)
        {
            var executable = ExecutableArgument(arguments);
            if (executable < 0)
            {
                return null;
            }

            var reader = new CommandLineReader(context);
            var argument = arguments[executable + 1];
            if (argument.ArgumentKind == ArgumentKind.ParamArray)
            {
                if (argument.Value is not IArrayCreationOperation { Initializer: { } initializer })
                {
                    return null;
                }

                var source = new CommandSource(isList: true);
                foreach (var element in initializer.ElementValues)
                {
                    reader.AddElement(source, element, CommandLineReader.InsertElementAfter(element.Syntax));
                }

                return Build(source, startsWithExecutable: false);
            }

            var value = argument.Value;
            var type = OperationSearch.WithoutConversions(value).Type ?? value.Type;
            if (value.Type?.SpecialType == SpecialType.System_String)
            {
                return Build(reader.ReadString(value), startsWithExecutable: false);
            }

            return IsStringSequence(value.Type) || IsStringSequence(type)
                ? Build(reader.ReadCollection(value), startsWithExecutable: false)
                : null;
        }

        private static ContainerLaunch? FromProcessStartInfo(IObjectCreationOperation creation, FlowContext context)
        {
            var root = OperationSearch.Root(creation);
            var reader = new CommandLineReader(context);
            IOperation? fileName = null;
            IOperation? arguments = null;
            var list = new CommandSource(isList: true);

            if (creation.Arguments.Length >= 1)
            {
                fileName = creation.Arguments[0].Value;
            }

            if (creation.Arguments.Length >= 2)
            {
                arguments = creation.Arguments[1].Value;
            }

            if (creation.Initializer is { } initializer)
            {
                foreach (var member in initializer.Initializers)
                {
                    switch (member)
                    {
                        case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: "FileName" } } assignment:
                            fileName = assignment.Value;
                            break;
                        case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: "Arguments" } } assignment:
                            arguments = assignment.Value;
                            break;
                        case IMemberInitializerOperation { InitializedMember: IPropertyReferenceOperation { Property.Name: "ArgumentList" }, Initializer: { } items }:
                            foreach (var item in items.Initializers)
                            {
                                if (item is IInvocationOperation { TargetMethod.Name: "Add", Arguments.Length: 1 } add)
                                {
                                    reader.AddElement(list, add.Arguments[0].Value, CommandLineReader.InsertElementAfter(add.Syntax));
                                }
                                else
                                {
                                    CommandLineReader.AddSplice(list, item.Syntax);
                                }
                            }

                            break;
                    }
                }
            }

            if (OperationSearch.StoredLocal(creation) is { } local)
            {
                foreach (var operation in root.Descendants())
                {
                    switch (operation)
                    {
                        case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: "FileName", Instance: var instance } } assignment when OperationSearch.IsLocal(instance, local):
                            fileName = assignment.Value;
                            break;
                        case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: "Arguments", Instance: var instance } } assignment when OperationSearch.IsLocal(instance, local):
                            arguments = assignment.Value;
                            break;
                        case IInvocationOperation { Instance: IPropertyReferenceOperation { Property.Name: "ArgumentList", Instance: var owner } listReference } call
                            when OperationSearch.IsLocal(owner, local):
                            if (call.TargetMethod.Name == "Add" && call.Arguments.Length == 1 && call.Parent is IExpressionStatementOperation statement && !CommandLineReader.IsInLoop(call))
                            {
                                reader.AddElement(list, call.Arguments[0].Value, CommandLineReader.InsertStatementAfter(statement, listReference.Syntax.ToString() + ".Add(\"{0}\");"));
                            }
                            else if (!CommandLineReader.IsInLoop(call) || !reader.TryAddForEach(call, list))
                            {
                                CommandLineReader.AddSplice(list, call.Syntax);
                            }

                            break;
                    }
                }
            }

            if (fileName?.ConstantValue.Value is not string file || !DockerExecutable.Matches(file))
            {
                return null;
            }

            if (list.Elements.Count > 0)
            {
                return Build(list, startsWithExecutable: false);
            }

            if (arguments is null)
            {
                return null;
            }

            return arguments.Type?.SpecialType == SpecialType.System_String
                ? Build(reader.ReadString(arguments), startsWithExecutable: false)
                : Build(reader.ReadCollection(arguments), startsWithExecutable: false);
        }

        /// <summary><c>Cli.Wrap("docker")….WithArguments(string | IEnumerable&lt;string&gt; | args =&gt; args.Add(…))</c>.</summary>
        private static ContainerLaunch? FromCliWrap(IInvocationOperation withArguments, CliSymbols symbols, FlowContext context)
        {
            if (withArguments.Arguments.Length == 0 || !WrapsDocker(withArguments.Instance, symbols))
            {
                return null;
            }

            var reader = new CommandLineReader(context);
            var value = withArguments.Arguments[0].Value;
            if (value.Type?.SpecialType == SpecialType.System_String)
            {
                return Build(reader.ReadString(value), startsWithExecutable: false);
            }

            if (OperationSearch.WithoutConversions(value) is IDelegateCreationOperation { Target: IAnonymousFunctionOperation lambda })
            {
                var source = new CommandSource(isList: true);
                foreach (var add in BuilderCalls(lambda))
                {
                    if (add.Arguments.Length >= 1 && add.Arguments[0].Value.Type?.SpecialType == SpecialType.System_String)
                    {
                        reader.AddElement(source, add.Arguments[0].Value, SyntaxErrors.Unless(add.Syntax, new LaunchEdit(LaunchEditKind.InsertText, Location.Create(add.Syntax.SyntaxTree, new TextSpan(add.Syntax.Span.End, 0)), ".Add(\"--isolation={0}\")")));
                    }
                    else if (add.Arguments.Length >= 1 && IsStringSequence(add.Arguments[0].Value.Type))
                    {
                        reader.AddCollection(add.Arguments[0].Value, source, 1);
                    }
                    else
                    {
                        // A number, a formattable or anything else: one token we cannot read.
                        source.Elements.Add(new[] { CommandPiece.Hole(source.Add(new PieceOrigin(add.Syntax))) });
                    }
                }

                return Build(source, startsWithExecutable: false);
            }

            return Build(reader.ReadCollection(value), startsWithExecutable: false);
        }

        /// <summary>The <c>args.Add(…)</c> calls of a builder lambda, in the order they run.</summary>
        private static List<IInvocationOperation> BuilderCalls(IAnonymousFunctionOperation lambda)
        {
            var parameter = lambda.Symbol.Parameters.Length == 1 ? lambda.Symbol.Parameters[0] : null;
            var calls = new List<IInvocationOperation>();
            foreach (var operation in lambda.Body.Descendants())
            {
                if (operation is not IInvocationOperation { TargetMethod.Name: "Add" } call)
                {
                    continue;
                }

                // The innermost receiver of the chain must be the lambda's parameter.
                var receiver = call.Instance;
                while (receiver is IInvocationOperation { TargetMethod.Name: "Add" } inner)
                {
                    receiver = inner.Instance;
                }

                if (receiver is IParameterReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Parameter, parameter))
                {
                    calls.Add(call);
                }
            }

            // Descendants lists a chain outermost first; source order of the argument is the order of the calls.
            calls.Sort((a, b) => a.Arguments.Length > 0 && b.Arguments.Length > 0
                ? a.Arguments[0].Syntax.SpanStart.CompareTo(b.Arguments[0].Syntax.SpanStart)
                : a.Syntax.SpanStart.CompareTo(b.Syntax.SpanStart));
            return calls;
        }

        private static bool WrapsDocker(IOperation? instance, CliSymbols symbols)
        {
            for (var steps = 0; steps < 32 && instance is not null; steps++)
            {
                instance = OperationSearch.WithoutConversions(instance);
                if (instance is IInvocationOperation invocation)
                {
                    if (invocation.TargetMethod.Name == "Wrap"
                        && SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.ContainingType, symbols.CliWrapCli))
                    {
                        return invocation.Arguments.Length == 1
                            && invocation.Arguments[0].Value.ConstantValue.Value is string file
                            && DockerExecutable.Matches(file);
                    }

                    instance = invocation.Instance;
                }
                else
                {
                    return false;
                }
            }

            return false;
        }

        /// <summary>A string passed right after a docker executable argument is read by the call's own recognizer.</summary>
        private static bool IsArgumentOfDockerCall(IOperation value)
        {
            var parent = OperationSearch.ValueParent(value);
            if (parent is not IArgumentOperation { Parent: { } call })
            {
                return false;
            }

            var arguments = call switch
            {
                IInvocationOperation invocation => invocation.Arguments,
                IObjectCreationOperation creation => creation.Arguments,
                _ => ImmutableArray<IArgumentOperation>.Empty,
            };
            foreach (var argument in arguments)
            {
                if (argument.Value.ConstantValue.Value is string text && DockerExecutable.Matches(text))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsStringSequence(ITypeSymbol? type)
        {
            if (type is IArrayTypeSymbol array)
            {
                return array.ElementType.SpecialType == SpecialType.System_String;
            }

            if (type is not INamedTypeSymbol named)
            {
                return false;
            }

            if (IsEnumerableOfString(named))
            {
                return true;
            }

            foreach (var implemented in named.AllInterfaces)
            {
                if (IsEnumerableOfString(implemented))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsEnumerableOfString(INamedTypeSymbol type) =>
            type.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T
            && type.TypeArguments[0].SpecialType == SpecialType.System_String;

        /// <summary>Turns a parsed docker command into a launch, mapping tokens back to where they are written.</summary>
        private static ContainerLaunch? Build(CommandSource source, bool startsWithExecutable)
        {
            if (source.Origins.Count == 0)
            {
                return null;
            }

            var tokens = source.Tokenize();
            if (DockerCommand.Parse(tokens, startsWithExecutable) is not { } command)
            {
                return null;
            }

            var subcommand = tokens[command.SubcommandTokenIndex];
            var creation = Holder(source, subcommand);
            var images = new List<LaunchValue>();
            var platforms = new List<LaunchValue>();
            var isolation = new List<LaunchValue>();
            var hasImage = command.Subcommand is DockerSubcommand.Run or DockerSubcommand.Create or DockerSubcommand.ServiceCreate;

            // An argument list passes one token per element: a lone unknown last element can only be the image
            // (were it an option, the command would have none). In a command string it could be several tokens.
            var imageIndex = command.ImageTokenIndex;
            var unknownBeforeImage = command.UnknownBeforeImage;
            if (source.IsList && imageIndex < 0 && unknownBeforeImage && IsLoneUnknownLastToken(tokens, command.SubcommandTokenIndex))
            {
                imageIndex = tokens.Count - 1;
                unknownBeforeImage = false;
            }

            if (hasImage)
            {
                if (imageIndex >= 0)
                {
                    images.Add(TokenValue(source, tokens[imageIndex], 0));
                }
                else if (unknownBeforeImage)
                {
                    var parameter = default(IParameterSymbol);
                    foreach (var token in tokens)
                    {
                        if (token.IsUnknown && ParameterOf(source, token) is { } found)
                        {
                            parameter = found;
                            break;
                        }
                    }

                    images.Add(LaunchValue.Unknown(creation, parameter));
                }
            }

            var values = ReadOptions(source, tokens, command.Options, creation, option => CliRemoval.For(source, tokens, option));
            isolation.AddRange(values.Isolation);
            platforms.AddRange(values.Platforms);
            if (unknownBeforeImage)
            {
                isolation.Add(LaunchValue.Unknown(creation));
            }

            LaunchEdit edit;
            if (values.IsolationOptions == 1 && values.OnlyIsolation is { } single)
            {
                edit = single.Edit;
            }
            else if (values.IsolationOptions == 0)
            {
                edit = InsertAfter(source, subcommand);
            }
            else
            {
                edit = LaunchEdit.None;
            }

            return new ContainerLaunch(
                LaunchSurface.DockerCli,
                creation,
                hasImage,
                images.ToImmutableArray(),
                platforms.ToImmutableArray(),
                isolation.ToImmutableArray(),
                edit)
            {
                Memory = values.Memory.ToImmutableArray(),
                Settings = values.Settings.ToImmutableArray(),
            };
        }

        /// <summary>
        /// The Windows-relevant options of a parsed command (isolation, platform, memory and the settings of
        /// ISO0010), each value mapped back to where it is written and given the edit that removes its flag. Shared
        /// with the surfaces that pass docker options in C# (Aspire's container runtime arguments).
        /// </summary>
        internal static CommandOptionValues ReadOptions(CommandSource source, List<CommandToken> tokens, IReadOnlyList<CommandOption> options, Location creation, System.Func<CommandOption, LaunchEdit> removal)
        {
            var values = new CommandOptionValues();
            foreach (var option in options)
            {
                switch (option.Name)
                {
                    case "platform":
                        values.Platforms.Add(OptionValue(source, tokens, option, creation));
                        break;
                    case "isolation":
                        var value = OptionValue(source, tokens, option, creation).WithRemoval(removal(option));
                        values.Isolation.Add(value);
                        values.IsolationOptions++;
                        values.OnlyIsolation = value;
                        break;
                    case "memory":
                    case "limit-memory":
                        values.Memory.Add(SizeValue(source, tokens, option, creation).WithRemoval(removal(option)));
                        break;
                    case "memory-reservation":
                        AddSetting(LaunchSettingKind.MemoryReservation, SizeValue(source, tokens, option, creation), option);
                        break;
                    case "memory-swap":
                        AddSetting(LaunchSettingKind.MemorySwap, SizeValue(source, tokens, option, creation), option);
                        break;
                    case "memory-swappiness":
                        AddSetting(LaunchSettingKind.MemorySwappiness, IntegerValue(source, tokens, option, creation), option);
                        break;
                    case "device":
                        AddSetting(LaunchSettingKind.Device, OptionValue(source, tokens, option, creation), option);
                        break;
                    case "network":
                        AddSetting(LaunchSettingKind.NetworkMode, OptionValue(source, tokens, option, creation), option);
                        break;
                }
            }

            return values;

            // A setting a Windows daemon may reject, removable with its flag.
            void AddSetting(LaunchSettingKind kind, LaunchValue value, CommandOption option) =>
                values.Settings.Add(new LaunchSetting(kind, value, removal(option)));
        }

        private static bool IsLoneUnknownLastToken(List<CommandToken> tokens, int subcommand)
        {
            var last = tokens.Count - 1;
            if (last <= subcommand || tokens[last].IsSplice || !tokens[last].HasHole)
            {
                return false;
            }

            for (var i = subcommand + 1; i < last; i++)
            {
                if (tokens[i].IsUnknown)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>A size option (<c>-m 512m</c>) as bytes, editable in place.</summary>
        private static LaunchValue SizeValue(CommandSource source, List<CommandToken> tokens, CommandOption option, Location flagLocation)
        {
            var value = OptionValue(source, tokens, option, flagLocation);
            return value.IsKnown && DockerSize.TryParse(value.Text, out var bytes)
                ? LaunchValue.KnownNumberToken(bytes, value.Text!, value.Location, value.Edit)
                : LaunchValue.Unknown(value.Location);
        }

        /// <summary>An integer option (<c>--memory-swappiness 0</c>).</summary>
        private static LaunchValue IntegerValue(CommandSource source, List<CommandToken> tokens, CommandOption option, Location flagLocation)
        {
            var value = OptionValue(source, tokens, option, flagLocation);
            return value.IsKnown && long.TryParse(value.Text, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var number)
                ? LaunchValue.KnownNumberToken(number, value.Text!, value.Location, value.Edit)
                : LaunchValue.Unknown(value.Location);
        }

        private static Location Holder(CommandSource source, CommandToken token)
        {
            var index = token.StartSource >= 0 && token.StartSource < source.Origins.Count ? token.StartSource : 0;
            return source.Origins[index].Holder.GetLocation();
        }

        private static LaunchValue OptionValue(CommandSource source, List<CommandToken> tokens, CommandOption option, Location flagLocation)
        {
            if (option.ValueIsUnknown || option.Value is null || option.ValueTokenIndex < 0)
            {
                var at = option.ValueTokenIndex >= 0 ? Holder(source, tokens[option.ValueTokenIndex]) : flagLocation;
                return LaunchValue.Unknown(at);
            }

            return TokenValue(source, tokens[option.ValueTokenIndex], option.ValueOffset);
        }

        /// <summary>A token's known text (from <paramref name="offset"/> on), reported on its holder, editable in place when plain.</summary>
        private static LaunchValue TokenValue(CommandSource source, CommandToken token, int offset)
        {
            var holder = Holder(source, token);
            if (token.IsUnknown)
            {
                return LaunchValue.Unknown(holder, ParameterOf(source, token));
            }

            var text = offset <= token.Text.Length ? token.Text.Substring(offset) : string.Empty;
            if (IsPlaceholder(text))
            {
                // A template filled in later ("--isolation={0}", "{image}"): not the value the container gets.
                return LaunchValue.Unknown(holder);
            }

            var edit = LaunchEdit.None;
            if (offset > 0 && token.StartSource != token.EndSource && ValueInLastPiece(source, token, text) is { } last)
            {
                // `$"--isolation={isolation}"` with the value written by the caller: reported and edited there.
                return LaunchValue.KnownToken(text, last.Holder, last.Edit);
            }

            if (token.IsPlain && token.StartSource == token.EndSource && token.StartSource < source.Origins.Count)
            {
                var origin = source.Origins[token.StartSource];
                if (origin.HasLiteral)
                {
                    var start = LiteralPositions.Map(origin.Literal, origin.ValueStart + token.StartOffset + offset);
                    var end = LiteralPositions.Map(origin.Literal, origin.ValueStart + token.EndOffset);
                    if (start >= 0 && end >= start)
                    {
                        edit = new LaunchEdit(LaunchEditKind.ReplaceText, Location.Create(origin.Literal.SyntaxTree!, TextSpan.FromBounds(start, end)));
                    }
                }
            }

            return LaunchValue.KnownToken(text, holder, edit);
        }

        /// <summary>
        /// When a flag's value is exactly the text of the token's last piece (a literal of its own, such as an argument
        /// bound from a caller), that piece's holder and an edit of its characters.
        /// </summary>
        private static (Location Holder, LaunchEdit Edit)? ValueInLastPiece(CommandSource source, CommandToken token, string value)
        {
            if (value.Length == 0 || token.EndSource < 0 || token.EndSource >= source.Origins.Count || token.EndOffset < value.Length)
            {
                return null;
            }

            var origin = source.Origins[token.EndSource];
            if (!origin.HasLiteral)
            {
                // A constant or member the caller passes: reported on it; a fix may replace the expression.
                return origin.ConstantText == value && token.EndOffset == value.Length
                    ? (origin.Holder.GetLocation(), origin.ValueEdit ?? new LaunchEdit(LaunchEditKind.ReplaceExpression, origin.Holder.GetLocation()))
                    : null;
            }

            var literalValue = origin.Literal.ValueText;
            var start = origin.ValueStart + token.EndOffset - value.Length;
            if (start < 0 || start + value.Length > literalValue.Length || string.CompareOrdinal(literalValue, start, value, 0, value.Length) != 0)
            {
                return null;
            }

            var from = LiteralPositions.Map(origin.Literal, start);
            var to = LiteralPositions.Map(origin.Literal, start + value.Length);
            var edit = from >= 0 && to >= from
                ? new LaunchEdit(LaunchEditKind.ReplaceText, Location.Create(origin.Literal.SyntaxTree!, TextSpan.FromBounds(from, to)))
                : LaunchEdit.None;
            return (origin.Holder.GetLocation(), edit);
        }

        private static bool IsPlaceholder(string text)
        {
            var open = text.IndexOf('{');
            return open >= 0 && text.IndexOf('}', open) > open;
        }

        /// <summary>The parameter an unknown token's holes flow from, if any.</summary>
        private static IParameterSymbol? ParameterOf(CommandSource source, CommandToken token)
        {
            var first = System.Math.Max(0, token.StartSource);
            var last = System.Math.Min(source.Origins.Count - 1, System.Math.Max(token.StartSource, token.EndSource));
            for (var i = first; i <= last; i++)
            {
                if (source.Origins[i].Parameter is { } parameter)
                {
                    return parameter;
                }
            }

            return null;
        }

        /// <summary>Where "--isolation=…" goes: a new element after the subcommand's, or right after it in its literal.</summary>
        private static LaunchEdit InsertAfter(CommandSource source, CommandToken subcommand)
        {
            if (subcommand.EndSource < 0 || subcommand.EndSource >= source.Origins.Count)
            {
                return LaunchEdit.None;
            }

            var origin = source.Origins[subcommand.EndSource];
            if (origin.InsertAfter.Kind != LaunchEditKind.None)
            {
                return origin.InsertAfter;
            }

            // In an argument list each element is one argument: "run --isolation=x" in one element would be one word.
            if (source.IsList || !origin.HasLiteral || !subcommand.IsPlain)
            {
                return LaunchEdit.None;
            }

            var position = LiteralPositions.Map(origin.Literal, origin.ValueStart + subcommand.EndOffset);
            return position < 0
                ? LaunchEdit.None
                : new LaunchEdit(LaunchEditKind.InsertText, Location.Create(origin.Literal.SyntaxTree!, new TextSpan(position, 0)), InsertFlagTemplate);
        }
    }
}
