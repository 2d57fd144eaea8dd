using Microsoft.CodeAnalysis;

namespace IsolationAnalyzers.Flow
{
    /// <summary>
    /// The compilation's value-flow services (rules.md §1.2): the values of members and method results, and the
    /// launch templates of helper methods. Created once per compilation; everything it computes is cached.
    /// </summary>
    internal sealed class ValueFlow
    {
        public ValueFlow(Compilation compilation)
        {
            Compilation = compilation;
        }

        public Compilation Compilation { get; }
    }
}
