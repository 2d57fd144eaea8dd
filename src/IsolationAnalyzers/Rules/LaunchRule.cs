using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace IsolationAnalyzers.Rules
{
    /// <summary>A rule: a descriptor and a function from a launch (and its settings) to findings. No syntax.</summary>
    internal abstract class LaunchRule
    {
        public abstract DiagnosticDescriptor Descriptor { get; }

        public abstract void Evaluate(LaunchFacts facts, List<Finding> findings);
    }
}
