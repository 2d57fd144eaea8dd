using System.Collections.Generic;
using System.Collections.Immutable;
using IsolationAnalyzers.Knowledge;
using Microsoft.CodeAnalysis;

namespace IsolationAnalyzers.Rules
{
    /// <summary>ISO0005: an isolation value no daemon accepts (<c>hyper-v</c>, <c>" hyperv"</c>).</summary>
    internal sealed class InvalidIsolationValueRule : LaunchRule
    {
        public override DiagnosticDescriptor Descriptor => Descriptors.ISO0005;

        public override void Evaluate(LaunchFacts facts, List<Finding> findings)
        {
            foreach (var value in facts.Launch.Isolation)
            {
                if (!value.IsKnown || value.Text is not { } text || IsolationValues.Classify(text) != IsolationValueKind.Invalid)
                {
                    continue;
                }

                var suggestion = IsolationValues.Suggest(text);
                var properties = suggestion is null
                    ? ImmutableDictionary<string, string?>.Empty
                    : ImmutableDictionary<string, string?>.Empty.Add(FixProperties.Replacement, suggestion);
                var hint = suggestion is null ? string.Empty : " (did you mean '" + suggestion + "'?)";
                findings.Add(new Finding(Descriptor, value.Location, new object?[] { text, hint }, properties, value.Edit));
            }
        }
    }
}
