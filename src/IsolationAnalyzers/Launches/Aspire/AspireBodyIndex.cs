using System.Collections.Generic;
using System.Threading;
using IsolationAnalyzers.Flow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace IsolationAnalyzers.Launches.Aspire
{
    /// <summary>
    /// For one body: the values written to each local that holds a container resource builder (its initializer and its
    /// assignments, as <see cref="OperationSearch.ValuesAssignedTo"/> finds them) and the builder calls made on it.
    /// Built in one walk of the body, so following many resources through locals stays linear.
    /// </summary>
    internal sealed class AspireBodyIndex
    {
        private static readonly List<IOperation> None = new List<IOperation>();

        private readonly Dictionary<ILocalSymbol, List<IOperation>> assigned = new Dictionary<ILocalSymbol, List<IOperation>>(SymbolEqualityComparer.Default);
        private readonly Dictionary<ILocalSymbol, List<IOperation>> calledOn = new Dictionary<ILocalSymbol, List<IOperation>>(SymbolEqualityComparer.Default);

        private AspireBodyIndex()
        {
        }

        public static AspireBodyIndex For(IOperation root, AspireSymbols symbols, FlowContext context)
        {
            // Benign race: two threads may index the same body; either index is the same.
            if (symbols.Bodies.TryGetValue(root, out var index))
            {
                return index;
            }

            index = Build(root, symbols, context);
            try
            {
                symbols.Bodies.Add(root, index);
            }
            catch (System.ArgumentException)
            {
                // Another thread added it first.
            }

            return index;
        }

        /// <summary>The values written to the local in the body.</summary>
        public List<IOperation> ValuesAssignedTo(ILocalSymbol local) => assigned.TryGetValue(local, out var values) ? values : None;

        /// <summary>The references to the local that a builder call is made on (<c>local.With…()</c>).</summary>
        public List<IOperation> BuilderCallsOn(ILocalSymbol local) => calledOn.TryGetValue(local, out var references) ? references : None;

        private static AspireBodyIndex Build(IOperation root, AspireSymbols symbols, FlowContext context)
        {
            var index = new AspireBodyIndex();
            foreach (var operation in root.Descendants())
            {
                switch (operation)
                {
                    case IVariableDeclaratorOperation { Initializer: { } initializer } declarator when symbols.IsContainerBuilder(declarator.Symbol.Type):
                        Add(index.assigned, declarator.Symbol, initializer.Value);
                        break;
                    case IAssignmentOperation assignment when OperationSearch.WithoutConversions(assignment.Target) is ILocalReferenceOperation target
                        && symbols.IsContainerBuilder(target.Local.Type):
                        Add(index.assigned, target.Local, assignment.Value);
                        break;
                    case ILocalReferenceOperation reference when symbols.IsContainerBuilder(reference.Local.Type) && AspireRecognizer.CallOn(reference, symbols) is not null:
                        context.CancellationToken.ThrowIfCancellationRequested();
                        Add(index.calledOn, reference.Local, reference);
                        break;
                }
            }

            return index;
        }

        private static void Add(Dictionary<ILocalSymbol, List<IOperation>> map, ILocalSymbol local, IOperation value)
        {
            if (!map.TryGetValue(local, out var values))
            {
                values = new List<IOperation>();
                map.Add(local, values);
            }

            values.Add(value);
        }
    }
}
