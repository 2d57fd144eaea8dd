using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace IsolationAnalyzers.Flow
{
    /// <summary>
    /// What one recognition may see (architecture.md, value flow): the compilation's value-flow services, and, when a
    /// launch is instantiated at a call site of its method, the arguments of that call. A recognizer asks the value
    /// resolver "what can this expression be?" with its context; the context, not the recognizer, knows whether a
    /// parameter is bound and where its value is written.
    /// </summary>
    internal sealed class FlowContext
    {
        private List<IArgumentOperation>? usedArguments;

        private FlowContext(ValueFlow? flow, CallBinding? call, CancellationToken cancellationToken)
        {
            Flow = flow;
            Call = call;
            CancellationToken = cancellationToken;
        }

        public CancellationToken CancellationToken { get; }

        /// <summary>Members and method results of the compilation; null where no cross-member flow is wanted.</summary>
        public ValueFlow? Flow { get; }

        /// <summary>The call whose arguments bind the parameters of the method analysed in this context, if any.</summary>
        public CallBinding? Call { get; }

        /// <summary>How many calls deep this context is (0 for a method analysed on its own).</summary>
        public int Level => Call is null ? 0 : Call.Caller.Level + 1;

        /// <summary>The arguments of <see cref="Call"/> that some value of the launch was read from, in the order read.</summary>
        public IReadOnlyList<IArgumentOperation> UsedArguments => (IReadOnlyList<IArgumentOperation>?)usedArguments ?? System.Array.Empty<IArgumentOperation>();

        /// <summary>A method analysed on its own: parameters are unknown.</summary>
        public static FlowContext Standalone(ValueFlow? flow, CancellationToken cancellationToken) => new FlowContext(flow, null, cancellationToken);

        /// <summary>The method called at <paramref name="call"/>, its parameters bound to the call's arguments.</summary>
        public FlowContext Bind(CallBinding call) => new FlowContext(Flow, call, CancellationToken);

        /// <summary>
        /// The argument bound to a parameter of the method this context analyses, and the context the argument is
        /// written in; false for a parameter no call binds (of the outermost method, of a lambda).
        /// </summary>
        public bool TryBind(IParameterSymbol parameter, out IArgumentOperation argument, out FlowContext caller)
        {
            argument = null!;
            caller = null!;
            if (Call is not { } call || call.ArgumentFor(parameter) is not { } bound)
            {
                return false;
            }

            argument = bound;
            caller = call.Caller;
            // A context belongs to one recognition on one thread.
            usedArguments ??= new List<IArgumentOperation>();
            if (!usedArguments.Contains(bound))
            {
                usedArguments.Add(bound);
            }

            return true;
        }
    }

    /// <summary>One call of a method (or constructor) in source: the target and its arguments by parameter.</summary>
    internal sealed class CallBinding
    {
        public CallBinding(IMethodSymbol target, IOperation callSite, ImmutableArray<IArgumentOperation> arguments, FlowContext caller)
        {
            Target = target.OriginalDefinition;
            CallSite = callSite;
            Arguments = arguments;
            Caller = caller;
        }

        /// <summary>The called method's definition (generic methods are bound once, whatever their type arguments).</summary>
        public IMethodSymbol Target { get; }

        /// <summary>The invocation or object creation.</summary>
        public IOperation CallSite { get; }

        public ImmutableArray<IArgumentOperation> Arguments { get; }

        /// <summary>The context the arguments are written in.</summary>
        public FlowContext Caller { get; }

        public IArgumentOperation? ArgumentFor(IParameterSymbol parameter)
        {
            var definition = parameter.OriginalDefinition;
            if (!SymbolEqualityComparer.Default.Equals(definition.ContainingSymbol, Target))
            {
                return null;
            }

            foreach (var argument in Arguments)
            {
                if (argument.Parameter is { } bound && bound.OriginalDefinition.Ordinal == definition.Ordinal)
                {
                    return argument;
                }
            }

            return null;
        }
    }
}
