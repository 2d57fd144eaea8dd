using System;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace IsolationAnalyzers.Candidates
{
    /// <summary>
    /// <see cref="SemanticModel.GetOperation"/> for half-typed code. On some broken inputs the compiler itself fails to
    /// build the operation tree (an <see cref="InvalidOperationException"/> from an assertion of the operation factory,
    /// such as a lambda's function type in an array initializer with an unterminated string typed ahead of it): the
    /// member is then unknown, as any shape the analyzer cannot read, rather than an AD0001 on every keystroke.
    /// </summary>
    internal static class SafeOperations
    {
        public static IOperation? Of(SemanticModel model, SyntaxNode node, CancellationToken cancellationToken)
        {
            try
            {
                return model.GetOperation(node, cancellationToken);
            }
            catch (InvalidOperationException) when (!cancellationToken.IsCancellationRequested)
            {
                return null;
            }
        }
    }
}
