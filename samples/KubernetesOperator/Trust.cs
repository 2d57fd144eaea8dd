using System;

namespace KubernetesOperator
{
    /// <summary>
    /// Marks code that runs images or scripts from outside the company. IsolationAnalyzers matches the attribute by
    /// name (ISO0004): such pods must run in a Hyper-V RuntimeClass.
    /// </summary>
    [AttributeUsage(AttributeTargets.Method | AttributeTargets.Class | AttributeTargets.Parameter)]
    public sealed class UntrustedWorkloadAttribute : Attribute
    {
    }
}
