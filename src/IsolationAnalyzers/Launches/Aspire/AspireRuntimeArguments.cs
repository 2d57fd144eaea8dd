using System.Collections.Generic;
using IsolationAnalyzers.Knowledge.Cli;
using IsolationAnalyzers.Launches.Cli;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace IsolationAnalyzers.Launches.Aspire
{
    /// <summary>
    /// The container runtime arguments of one resource, in the order Aspire passes them to <c>docker create</c>:
    /// <c>WithContainerRuntimeArgs(params string[])</c> (elements, or an array) and its callback overloads, whose
    /// <c>ctx.Args.Add(…)</c> calls count one argument each. Anything else the callback does with the context (a loop,
    /// <c>AddRange</c>, handing it on) or a callback that is not a lambda is an unknown number of unknown arguments.
    /// The arguments are read by the CLI surface's <see cref="CommandLineReader"/>, so tokens map back to the literals
    /// that hold them.
    /// </summary>
    internal sealed class AspireRuntimeArguments
    {
        private const string ArgsProperty = "Args";

        private readonly CommandLineReader reader;
        private readonly AspireSymbols symbols;

        // The params-form calls, by syntax: their arguments can be removed one by one or with the whole call.
        private readonly Dictionary<SyntaxNode, IInvocationOperation> paramsCalls = new Dictionary<SyntaxNode, IInvocationOperation>();

        public AspireRuntimeArguments(CommandLineReader reader, AspireSymbols symbols)
        {
            this.reader = reader;
            this.symbols = symbols;
        }

        public CommandSource Source { get; } = new CommandSource(isList: true);

        /// <summary>Where <c>, "--isolation=…"</c> goes: after the last argument of the last call that lists them.</summary>
        public LaunchEdit LastInsertion { get; private set; }

        /// <summary>Reads one <c>WithContainerRuntimeArgs</c> (or <c>WithContainerRunArgs</c>) call.</summary>
        public void Add(IInvocationOperation call)
        {
            foreach (var argument in call.Arguments)
            {
                if (argument.Parameter is not { Ordinal: > 0 } parameter)
                {
                    continue;
                }

                var first = Source.Origins.Count;
                if (argument.ArgumentKind == ArgumentKind.ParamArray)
                {
                    if (argument.Value is IArrayCreationOperation { Initializer: { } initializer })
                    {
                        foreach (var element in initializer.ElementValues)
                        {
                            reader.AddElement(Source, element, CommandLineReader.InsertElementAfter(element.Syntax));
                        }

                        paramsCalls[call.Syntax] = call;
                    }
                    else
                    {
                        CommandLineReader.AddSplice(Source, argument.Syntax);
                    }
                }
                else if (parameter.Type is IArrayTypeSymbol)
                {
                    reader.AddCollection(argument.Value, Source, 0);
                }
                else
                {
                    AddCallback(argument.Value);
                }

                if (Source.Origins.Count > first)
                {
                    LastInsertion = Source.Origins[Source.Origins.Count - 1].InsertAfter;
                }
            }
        }

        /// <summary><c>ctx => ctx.Args.Add("…")</c> (expression or block, sync or async).</summary>
        private void AddCallback(IOperation callback)
        {
            if (OperationSearch.WithoutConversions(callback) is not IDelegateCreationOperation { Target: IAnonymousFunctionOperation lambda }
                || lambda.Symbol.Parameters.Length != 1)
            {
                CommandLineReader.AddSplice(Source, callback.Syntax);
                return;
            }

            var context = lambda.Symbol.Parameters[0];
            var adds = new List<IInvocationOperation>();
            var other = false;
            foreach (var operation in lambda.Body.Descendants())
            {
                if (operation is not IParameterReferenceOperation reference || !SymbolEqualityComparer.Default.Equals(reference.Parameter, context))
                {
                    continue;
                }

                var use = OperationSearch.ValueParent(reference);
                if (use is IPropertyReferenceOperation { Property.Name: ArgsProperty } args
                    && OperationSearch.ValueParent(args) is IInvocationOperation { TargetMethod.Name: "Add", Arguments.Length: 1 } add
                    && add.Instance == args
                    && add.Parent is IExpressionStatementOperation
                    && !CommandLineReader.IsInLoop(add))
                {
                    adds.Add(add);
                }
                else if (use is not IPropertyReferenceOperation { Property.Name: "CancellationToken" })
                {
                    other = true;
                }
            }

            adds.Sort((a, b) => a.Syntax.SpanStart.CompareTo(b.Syntax.SpanStart));
            foreach (var add in adds)
            {
                // A new argument is added as a new call, not inside the callback.
                reader.AddElement(Source, add.Arguments[0].Value, LaunchEdit.None);
            }

            if (other)
            {
                CommandLineReader.AddSplice(Source, lambda.Syntax);
            }
        }

        /// <summary>
        /// How a fix deletes an option: its arguments of a params-form call (the whole call when they are all of
        /// them), else what the CLI surface deletes (an <c>Add(…)</c> statement of a callback, array elements).
        /// </summary>
        public LaunchEdit Removal(List<CommandToken> tokens, CommandOption option)
        {
            var first = tokens[option.FlagTokenIndex];
            var last = option.ValueTokenIndex >= 0 ? tokens[option.ValueTokenIndex] : first;
            if (first.IsPlain && last.IsPlain
                && first.StartSource >= 0 && last.EndSource < Source.Origins.Count
                && Source.Origins[first.StartSource].Holder.Parent is ArgumentSyntax firstArgument
                && Source.Origins[last.EndSource].Holder.Parent is ArgumentSyntax lastArgument
                && firstArgument.Parent is ArgumentListSyntax { Parent: InvocationExpressionSyntax callSyntax } list
                && lastArgument.Parent == list
                && paramsCalls.TryGetValue(callSyntax, out var call))
            {
                return ArgumentsRemoval(call, list, list.Arguments.IndexOf(firstArgument), list.Arguments.IndexOf(lastArgument));
            }

            return CliRemoval.For(Source, tokens, option);
        }

        private static LaunchEdit ArgumentsRemoval(IInvocationOperation call, ArgumentListSyntax list, int first, int last)
        {
            var arguments = list.Arguments;
            if (first < 0 || last < first)
            {
                return LaunchEdit.None;
            }

            var tree = list.SyntaxTree;
            if (first == 0 && last == arguments.Count - 1)
            {
                return CallRemoval(call);
            }

            return last < arguments.Count - 1
                ? new LaunchEdit(LaunchEditKind.DeleteText, Location.Create(tree, TextSpan.FromBounds(arguments[first].SpanStart, arguments[last + 1].SpanStart)))
                : new LaunchEdit(LaunchEditKind.DeleteText, Location.Create(tree, TextSpan.FromBounds(arguments[first - 1].Span.End, arguments[last].Span.End)));
        }

        /// <summary>
        /// Deletes <c>.WithContainerRuntimeArgs(…)</c> from its chain (with its line when it has one), or the whole
        /// statement when it is called on a local (<c>c.WithContainerRuntimeArgs(…);</c>): what remains must compile.
        /// </summary>
        private static LaunchEdit CallRemoval(IInvocationOperation call)
        {
            if (call.Syntax is not InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } invocation || !IsReducedExtensionCall(call))
            {
                return LaunchEdit.None;
            }

            var tree = invocation.SyntaxTree;
            var text = tree.GetText();
            if (invocation.Parent is ExpressionStatementSyntax statement && access.Expression is not InvocationExpressionSyntax)
            {
                // `c.WithContainerRuntimeArgs(…);` would leave `c;`.
                SyntaxNode whole = statement.Parent is GlobalStatementSyntax global ? global : statement;
                if (whole.Parent is not (BlockSyntax or CompilationUnitSyntax))
                {
                    return LaunchEdit.None;
                }

                var line = text.Lines.GetLineFromPosition(whole.SpanStart);
                var start = text.ToString(TextSpan.FromBounds(line.Start, whole.SpanStart)).Trim().Length == 0 ? line.Start : whole.SpanStart;
                return new LaunchEdit(LaunchEditKind.DeleteText, Location.Create(tree, TextSpan.FromBounds(start, whole.FullSpan.End)));
            }

            var dot = access.OperatorToken;
            if (TestcontainersRecognizer.StartsLine(dot, text, out _, out _))
            {
                var line = text.Lines.GetLineFromPosition(dot.SpanStart);
                if (text.ToString(TextSpan.FromBounds(invocation.Span.End, line.End)).Trim().Length == 0)
                {
                    return new LaunchEdit(LaunchEditKind.DeleteText, Location.Create(tree, TextSpan.FromBounds(line.Start, line.EndIncludingLineBreak)));
                }

                var previous = dot.GetPreviousToken();
                if (!HasComment(previous.TrailingTrivia) && !HasComment(dot.LeadingTrivia))
                {
                    // `.WithContainerRuntimeArgs(…);` on the last line: the `;` joins the line before.
                    return new LaunchEdit(LaunchEditKind.DeleteText, Location.Create(tree, TextSpan.FromBounds(previous.Span.End, invocation.Span.End)));
                }
            }

            return new LaunchEdit(LaunchEditKind.DeleteText, Location.Create(tree, TextSpan.FromBounds(dot.SpanStart, invocation.Span.End)));
        }

        private static bool IsReducedExtensionCall(IInvocationOperation call)
        {
            foreach (var argument in call.Arguments)
            {
                if (argument.Parameter?.Ordinal == 0)
                {
                    return argument.Syntax is not ArgumentSyntax;
                }
            }

            return false;
        }

        private static bool HasComment(SyntaxTriviaList trivia)
        {
            foreach (var item in trivia)
            {
                if (item.IsKind(SyntaxKind.SingleLineCommentTrivia) || item.IsKind(SyntaxKind.MultiLineCommentTrivia))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Appends <c>.WithContainerRuntimeArgs("--isolation=…")</c> to the chain (on a line of its own when the chain is
        /// written one call per line), where that method resolves there; otherwise no edit.
        /// </summary>
        public static LaunchEdit ChainInsertion(IInvocationOperation chain, AspireSymbols symbols)
        {
            if (SyntaxErrors.In(chain.Syntax) || chain.SemanticModel is not { } model || chain.Type is not INamedTypeSymbol type || !ResolvesAt(model, chain.Syntax.Span.End, type, symbols))
            {
                return LaunchEdit.None;
            }

            var tree = chain.Syntax.SyntaxTree;
            var text = tree.GetText();
            var call = TestcontainersRecognizer.Escape("." + AspireRecognizer.RuntimeArgsMethod + "(\"--isolation=") + "{0}" + TestcontainersRecognizer.Escape("\")");
            if (chain.Syntax is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access }
                && TestcontainersRecognizer.StartsLine(access.OperatorToken, text, out var indentation, out var newLine))
            {
                return TestcontainersRecognizer.Insert(chain.Syntax.Span.End, TestcontainersRecognizer.Escape(newLine + indentation) + call, tree);
            }

            return TestcontainersRecognizer.Insert(chain.Syntax.Span.End, call, tree);
        }

        /// <summary>True when <c>x.WithContainerRuntimeArgs(…)</c> on a builder of this type binds to Aspire's method here.</summary>
        private static bool ResolvesAt(SemanticModel model, int position, INamedTypeSymbol builderType, AspireSymbols symbols)
        {
            foreach (var symbol in model.LookupSymbols(position, builderType, AspireRecognizer.RuntimeArgsMethod, includeReducedExtensionMethods: true))
            {
                if (symbol is IMethodSymbol method && symbols.IsExtension(method))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
