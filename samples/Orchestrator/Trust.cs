using System;

namespace Orchestrator
{
    /// <summary>
    /// Marks code that runs containers with images or scripts from outside the company. IsolationAnalyzers matches
    /// the attribute by name (ISO0004): such containers must run with Hyper-V isolation.
    /// </summary>
    [AttributeUsage(AttributeTargets.Method | AttributeTargets.Class | AttributeTargets.Parameter)]
    public sealed class UntrustedWorkloadAttribute : Attribute
    {
    }
}
