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
        /// <summary>Steps one recognition may take through members and calls before the rest is unknown (machine-made code).</summary>
        internal const int StepBudget = 20_000;

        private readonly Budget budget;
        private readonly MemberChain? visiting;

        private FlowContext(ValueFlow? flow, CallBinding? call, CancellationToken cancellationToken, Budget budget, MemberChain? visiting)
        {
            Flow = flow;
            Call = call;
            CancellationToken = cancellationToken;
            this.budget = budget;
            this.visiting = visiting;
        }

        public CancellationToken CancellationToken { get; }

        /// <summary>Members and method results of the compilation; null where no cross-member flow is wanted.</summary>
        public ValueFlow? Flow { get; }

        /// <summary>The call whose arguments bind the parameters of the method analysed in this context, if any.</summary>
        public CallBinding? Call { get; }

        /// <summary>How many calls deep this context is (0 for a method analysed on its own).</summary>
        public int Level => Call is null ? 0 : Call.Caller.Level + 1;

        /// <summary>The arguments of <see cref="Call"/> that values were read from, in the order read (repeats included).</summary>
        public IReadOnlyList<IArgumentOperation> UsedArguments => Call?.Used ?? (IReadOnlyList<IArgumentOperation>)System.Array.Empty<IArgumentOperation>();

        /// <summary>A method analysed on its own: parameters are unknown.</summary>
        public static FlowContext Standalone(ValueFlow? flow, CancellationToken cancellationToken) => new FlowContext(flow, null, cancellationToken, new Budget(), null);

        /// <summary>The method called at <paramref name="call"/>, its parameters bound to the call's arguments.</summary>
        public FlowContext Bind(CallBinding call) => new FlowContext(Flow, call, CancellationToken, budget, visiting);

        /// <summary>
        /// The context in which a member's value is read: its own code, with no argument bound, except that a value a
        /// constructor assigns is read under the binding of that constructor's call (<c>new Runner("…")</c>). Null when
        /// the member is already being read further up (a cycle) or the budget is spent: the value is then unknown.
        /// </summary>
        public FlowContext? EnterMember(ISymbol member, IMethodSymbol? assignedBy)
        {
            if (!budget.Spend() || (visiting is not null && visiting.Contains(member)))
            {
                return null;
            }

            var call = assignedBy is not null && Call is { } bound && SymbolEqualityComparer.Default.Equals(bound.Target, assignedBy.OriginalDefinition) ? Call : null;
            return new FlowContext(Flow, call, CancellationToken, budget, new MemberChain(member, visiting));
        }

        /// <summary>True while the budget lasts; every step through a call or a member spends one.</summary>
        public bool Spend() => budget.Spend();

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
            call.Used.Add(bound);

            return true;
        }
    }

    /// <summary>The steps left to one recognition and everything it reads.</summary>
    internal sealed class Budget
    {
        private int left = FlowContext.StepBudget;

        public bool Spend() => --left >= 0;
    }

    /// <summary>The members being read, innermost first (a cycle ends in unknown).</summary>
    internal sealed class MemberChain
    {
        private readonly ISymbol member;
        private readonly MemberChain? next;

        public MemberChain(ISymbol member, MemberChain? next)
        {
            this.member = member;
            this.next = next;
        }

        public bool Contains(ISymbol symbol)
        {
            for (var chain = this; chain is not null; chain = chain.next)
            {
                if (SymbolEqualityComparer.Default.Equals(chain.member, symbol))
                {
                    return true;
                }
            }

            return false;
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

        /// <summary>
        /// The arguments values were read from, in the order read, repeats included (a binding belongs to one
        /// recognition on one thread; a caller slices the reads of one launch by position).
        /// </summary>
        public List<IArgumentOperation> Used { get; } = new List<IArgumentOperation>();

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
