using System.Collections.Generic;
using IsolationAnalyzers.Knowledge;
using Microsoft.CodeAnalysis;

namespace IsolationAnalyzers.Rules
{
    /// <summary>ISO0007: <c>process</c> or <c>hyperv</c> for a Linux container, which Linux daemons reject.</summary>
    internal sealed class IsolationOnLinuxContainerRule : LaunchRule
    {
        public override DiagnosticDescriptor Descriptor => Descriptors.ISO0007;

        public override void Evaluate(LaunchFacts facts, List<Finding> findings)
        {
            if (!facts.Launch.HasImage || !facts.IsLinux)
            {
                return;
            }

            var image = facts.Images.IsEmpty ? "(platform " + facts.Platform + ")" : facts.Images[0].Reference.Text;
            foreach (var value in facts.Launch.Isolation)
            {
                if (value.IsKnown && IsolationValues.Classify(value.Text) is IsolationValueKind.Process or IsolationValueKind.HyperV)
                {
                    findings.Add(new Finding(Descriptor, value.Location, new object?[] { value.Text, image }, edit: value.Removal));
                }
            }
        }
    }
}
