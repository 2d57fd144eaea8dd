using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace IsolationAnalyzers.Launches
{
    /// <summary>Gathers the possible isolation values of one launch and where they were assigned.</summary>
    internal sealed class IsolationCollector
    {
        private const string IsolationProperty = "Isolation";

        public List<LaunchValue> Values { get; } = new List<LaunchValue>();

        public int AssignmentCount { get; private set; }

        public bool HasUnknown { get; private set; }

        /// <summary>The assigned expression when exactly one assignment gives the isolation.</summary>
        public IOperation? SingleAssignment { get; private set; }

        public void AddAssignment(IOperation value, CancellationToken cancellationToken)
        {
            AssignmentCount++;
            SingleAssignment = AssignmentCount == 1 ? value : null;
            ValueResolver.AddStringValues(value, Values, cancellationToken);
        }

        public void AddUnknown(Location location)
        {
            HasUnknown = true;
            Values.Add(LaunchValue.Unknown(location));
        }

        public void AddFromInitializer(IObjectOrCollectionInitializerOperation? initializer, INamedTypeSymbol? hostConfig, CancellationToken cancellationToken)
        {
            if (initializer is null)
            {
                return;
            }

            foreach (var member in initializer.Initializers)
            {
                if (member is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: IsolationProperty } property } assignment
                    && DockerDotNetSymbols.Is(property.Property.ContainingType, hostConfig))
                {
                    AddAssignment(assignment.Value, cancellationToken);
                }
            }
        }

        public void AddFromObject(IObjectCreationOperation creation, INamedTypeSymbol hostConfig, IOperation root, CancellationToken cancellationToken)
        {
            foreach (var (name, value) in DockerDotNetRecognizer.Properties(creation, hostConfig, root))
            {
                if (name == IsolationProperty)
                {
                    AddAssignment(value, cancellationToken);
                }
            }
        }

        public void AddLocalAssignments(ILocalSymbol local, IOperation root, INamedTypeSymbol? hostConfig, CancellationToken cancellationToken)
        {
            foreach (var operation in root.Descendants())
            {
                if (operation is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: IsolationProperty, Instance: { } instance } property } assignment
                    && DockerDotNetSymbols.Is(property.Property.ContainingType, hostConfig)
                    && OperationSearch.IsLocal(instance, local))
                {
                    AddAssignment(assignment.Value, cancellationToken);
                }
            }
        }
    }
}
