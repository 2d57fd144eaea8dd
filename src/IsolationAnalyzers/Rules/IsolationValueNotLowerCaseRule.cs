using System.Collections.Generic;
using System.Collections.Immutable;
using IsolationAnalyzers.Knowledge;
using Microsoft.CodeAnalysis;

namespace IsolationAnalyzers.Rules
{
    /// <summary>ISO0006: a valid isolation value written with upper-case letters (<c>HyperV</c>, <c>Process</c>).</summary>
    internal sealed class IsolationValueNotLowerCaseRule : LaunchRule
    {
        public override DiagnosticDescriptor Descriptor => Descriptors.ISO0006;

        public override void Evaluate(LaunchFacts facts, List<Finding> findings)
        {
            foreach (var value in facts.Launch.Isolation)
            {
                if (!value.IsKnown
                    || value.Text is not { Length: > 0 } text
                    || IsolationValues.Classify(text) == IsolationValueKind.Invalid)
                {
                    continue;
                }

                var lower = text.ToLowerInvariant();
                if (lower == text)
                {
                    continue;
                }

                findings.Add(new Finding(
                    Descriptor,
                    value.Location,
                    new object?[] { text, lower },
                    ImmutableDictionary<string, string?>.Empty.Add(FixProperties.Replacement, lower),
                    value.Edit));
            }
        }
    }
}
