using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace IsolationAnalyzers.Launches
{
    /// <summary>Small helpers for following objects through one method body (rules.md §5.1 "Scope").</summary>
    internal static class OperationSearch
    {
        /// <summary>The outermost operation of the body (or initializer) that contains the operation.</summary>
        public static IOperation Root(IOperation operation)
        {
            while (operation.Parent is { } parent)
            {
                operation = parent;
            }

            return operation;
        }

        /// <summary>Skips the implicit conversions the compiler wraps around a value.</summary>
        public static IOperation WithoutConversions(IOperation operation)
        {
            while (operation is IConversionOperation { IsImplicit: true } conversion)
            {
                operation = conversion.Operand;
            }

            return operation;
        }

        /// <summary>Skips every conversion, casts included (<c>(IEnumerable&lt;string&gt;)args</c>).</summary>
        public static IOperation WithoutAnyConversion(IOperation operation)
        {
            while (operation is IConversionOperation conversion)
            {
                operation = conversion.Operand;
            }

            return operation;
        }

        /// <summary>The operation an expression's value flows into, above any implicit conversion.</summary>
        public static IOperation? ValueParent(IOperation operation)
        {
            var parent = operation.Parent;
            while (parent is IConversionOperation { IsImplicit: true })
            {
                parent = parent.Parent;
            }

            return parent;
        }

        /// <summary>The local an object creation is stored in (<c>var x = new …</c> or <c>x = new …</c>), if any.</summary>
        public static ILocalSymbol? StoredLocal(IOperation creation)
        {
            var parent = ValueParent(creation);
            if (parent is IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator })
            {
                return declarator.Symbol;
            }

            if (parent is ISimpleAssignmentOperation { Target: ILocalReferenceOperation local } assignment
                && WithoutConversions(assignment.Value) == creation)
            {
                return local.Local;
            }

            return null;
        }

        /// <summary>Every value written to a local in this body: its initializer and its assignments.</summary>
        public static System.Collections.Generic.IEnumerable<IOperation> ValuesAssignedTo(ILocalSymbol local, IOperation root)
        {
            foreach (var operation in root.Descendants())
            {
                switch (operation)
                {
                    case IVariableDeclaratorOperation declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, local) && declarator.Initializer is { } initializer:
                        yield return initializer.Value;
                        break;
                    case IAssignmentOperation assignment when IsLocal(assignment.Target, local):
                        yield return assignment.Value;
                        break;
                }
            }
        }

        /// <summary>True when the operation reads the given local.</summary>
        public static bool IsLocal(IOperation? operation, ILocalSymbol local) =>
            operation is not null
            && WithoutConversions(operation) is ILocalReferenceOperation reference
            && SymbolEqualityComparer.Default.Equals(reference.Local, local);
    }
}
