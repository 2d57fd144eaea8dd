using System.Collections.Immutable;
using IsolationAnalyzers.Launches;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace IsolationAnalyzers.Flow
{
    /// <summary>
    /// A launch in a helper, as a template that a call site instantiates by binding arguments (architecture.md, value
    /// flow): where it is anchored, and what it is when the helper is analysed on its own.
    /// </summary>
    internal sealed class LaunchTemplate
    {
        public LaunchTemplate(IOperation anchor, ContainerLaunch? unbound, ISymbol? owner)
        {
            Anchor = anchor;
            Unbound = unbound;
            Owner = owner;
        }

        /// <summary>The operation the launch is recognized at (in the helper's own operation tree).</summary>
        public IOperation Anchor { get; }

        /// <summary>The launch with no argument bound (what the helper's own analysis reports); null for a potential one.</summary>
        public ContainerLaunch? Unbound { get; }

        /// <summary>The member that holds it (trust markers).</summary>
        public ISymbol? Owner { get; }
    }

    /// <summary>A call inside a helper to another helper, passing on values (a middle method, rules.md §1.2 point 2).</summary>
    internal readonly struct ForwardCall
    {
        public ForwardCall(IOperation call, IMethodSymbol target, ImmutableArray<IArgumentOperation> arguments)
        {
            Call = call;
            Target = target;
            Arguments = arguments;
        }

        public IOperation Call { get; }

        public IMethodSymbol Target { get; }

        public ImmutableArray<IArgumentOperation> Arguments { get; }
    }

    /// <summary>What value flow knows of one method: its launch templates and the helper calls it makes.</summary>
    internal sealed class MethodSummary
    {
        public static readonly MethodSummary Empty = new MethodSummary(ImmutableArray<LaunchTemplate>.Empty, ImmutableArray<ForwardCall>.Empty);

        public MethodSummary(ImmutableArray<LaunchTemplate> templates, ImmutableArray<ForwardCall> calls)
        {
            Templates = templates;
            Calls = calls;
        }

        public ImmutableArray<LaunchTemplate> Templates { get; }

        public ImmutableArray<ForwardCall> Calls { get; }

        public bool IsEmpty => Templates.IsEmpty && Calls.IsEmpty;
    }
}
