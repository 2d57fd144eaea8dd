using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using IsolationAnalyzers.Flow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace IsolationAnalyzers.Launches
{
    /// <summary>
    /// Gathers the settings of one launch from wherever they are assigned (initializers, statements on a local),
    /// each with the edit that removes it.
    /// </summary>
    internal sealed class SettingsCollector
    {
        private readonly FlowContext launchContext;

        // The context values are read in: the launch's, or a caller's for a settings object a call passes in.
        private FlowContext context;
        private readonly List<LaunchValue> isolation = new List<LaunchValue>();
        private readonly List<LaunchValue> memory = new List<LaunchValue>();
        private readonly List<LaunchSetting> settings = new List<LaunchSetting>();

        public SettingsCollector(FlowContext context)
        {
            launchContext = context;
            this.context = context;
        }

        public int IsolationAssignments { get; private set; }

        /// <summary>Nothing was found: no isolation, memory or other setting.</summary>
        public bool IsEmpty => isolation.Count == 0 && memory.Count == 0 && settings.Count == 0;

        public bool HasUnknownIsolation { get; private set; }

        /// <summary>The assigned expression when exactly one assignment gives the isolation.</summary>
        public IOperation? SingleIsolation { get; private set; }

        public void AddUnknownIsolation(Location location)
        {
            HasUnknownIsolation = true;
            isolation.Add(LaunchValue.Unknown(location));
        }

        public void AddInitializer(IObjectOrCollectionInitializerOperation? initializer, INamedTypeSymbol? owner)
        {
            if (initializer is null)
            {
                return;
            }

            foreach (var member in initializer.Initializers)
            {
                if (member is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } assignment
                    && DockerDotNetSymbols.Is(property.Property.ContainingType, owner))
                {
                    Add(assignment);
                }
            }
        }

        public void AddObject(IObjectCreationOperation creation, INamedTypeSymbol owner, IOperation root)
        {
            foreach (var assignment in DockerDotNetRecognizer.Properties(creation, owner, root))
            {
                Add(assignment);
            }
        }

        /// <summary>Reads settings written in other code (a builder extension method's body) in that code's context.</summary>
        public T In<T>(FlowContext writtenIn, System.Func<T> read)
        {
            context = writtenIn;
            try
            {
                return read();
            }
            finally
            {
                context = launchContext;
            }
        }

        /// <summary>How many values were found so far (for <see cref="UseAt"/>).</summary>
        public (int Isolation, int Memory, int Settings) Mark() => (isolation.Count, memory.Count, settings.Count);

        /// <summary>
        /// Reports the values found since <paramref name="mark"/> where the launch uses the code that writes them (the
        /// call of a builder extension method), which becomes their declaration; they can no longer be edited there.
        /// </summary>
        public void UseAt((int Isolation, int Memory, int Settings) mark, Location use, SyntaxNode writtenIn)
        {
            bool Inside(LaunchValue value) =>
                value.Location.SourceTree == writtenIn.SyntaxTree && writtenIn.FullSpan.Contains(value.Location.SourceSpan);

            var relocated = false;
            for (var i = mark.Isolation; i < isolation.Count; i++)
            {
                if (Inside(isolation[i]))
                {
                    isolation[i] = Relocate(isolation[i], use);
                    relocated = true;
                }
            }

            for (var i = mark.Memory; i < memory.Count; i++)
            {
                if (Inside(memory[i]))
                {
                    memory[i] = Relocate(memory[i], use);
                }
            }

            for (var i = mark.Settings; i < settings.Count; i++)
            {
                if (Inside(settings[i].Value))
                {
                    settings[i] = new LaunchSetting(settings[i].Kind, Relocate(settings[i].Value, use), LaunchEdit.None);
                }
            }

            if (relocated)
            {
                SingleIsolation = null;
                Relocated = true;
            }
        }

        /// <summary>Some isolation value was written in other code than the launch's (no edit can replace it here).</summary>
        public bool Relocated { get; private set; }

        private static LaunchValue Relocate(LaunchValue value, Location use) =>
            value.IsKnown ? value.UsedAt(use, LaunchEdit.None).WithRemoval(LaunchEdit.None) : LaunchValue.Unknown(use, value.SourceParameter);

        /// <summary>A settings object written in a caller and passed to the launch's method (rules.md §1.2 point 2).</summary>
        public void AddObject(IObjectCreationOperation creation, INamedTypeSymbol owner, FlowContext writtenIn)
        {
            context = writtenIn;
            try
            {
                AddObject(creation, owner, OperationSearch.Root(creation));
            }
            finally
            {
                context = launchContext;
            }
        }

        /// <summary>One assignment to a HostConfig or ContainerSpec property.</summary>
        public void Add(ISimpleAssignmentOperation assignment)
        {
            var removal = RemovalOf(assignment);
            switch (DockerDotNetRecognizer.PropertyName(assignment))
            {
                case DockerDotNetRecognizer.IsolationProperty:
                    IsolationAssignments++;
                    SingleIsolation = IsolationAssignments == 1 ? assignment.Value : null;
                    var first = isolation.Count;
                    ValueResolver.AddStringValues(assignment.Value, isolation, context);
                    WithRemoval(isolation, first, removal);
                    break;
                case "Memory":
                    AddMemory(assignment);
                    break;
                case "MemoryReservation":
                    AddNumberSetting(LaunchSettingKind.MemoryReservation, assignment, removal);
                    break;
                case "MemorySwap":
                    AddNumberSetting(LaunchSettingKind.MemorySwap, assignment, removal);
                    break;
                case "MemorySwappiness":
                    AddNumberSetting(LaunchSettingKind.MemorySwappiness, assignment, removal);
                    break;
                case "Devices":
                    if (!IsNullOrEmptyCollection(assignment.Value))
                    {
                        settings.Add(new LaunchSetting(LaunchSettingKind.Device, LaunchValue.Unknown(assignment.Value.Syntax.GetLocation()), removal));
                    }

                    break;
                case "NetworkMode":
                    var values = new List<LaunchValue>();
                    ValueResolver.AddStringValues(assignment.Value, values, context);
                    foreach (var value in values)
                    {
                        settings.Add(new LaunchSetting(LaunchSettingKind.NetworkMode, value, removal));
                    }

                    break;
            }
        }

        public void AddMemory(ISimpleAssignmentOperation assignment)
        {
            var first = memory.Count;
            ValueResolver.AddNumberValues(assignment.Value, memory, context);
            WithRemoval(memory, first, RemovalOf(assignment));
        }

        public ContainerLaunch Launch(LaunchSurface surface, Location creation, bool hasImage, List<LaunchValue> images, List<LaunchValue> platforms, LaunchEdit edit) =>
            new ContainerLaunch(surface, creation, hasImage, images.ToImmutableArray(), platforms.ToImmutableArray(), isolation.ToImmutableArray(), edit)
            {
                Memory = memory.ToImmutableArray(),
                Settings = settings.ToImmutableArray(),
            };

        private void AddNumberSetting(LaunchSettingKind kind, ISimpleAssignmentOperation assignment, LaunchEdit removal)
        {
            var values = new List<LaunchValue>();
            ValueResolver.AddNumberValues(assignment.Value, values, context);
            foreach (var value in values)
            {
                settings.Add(new LaunchSetting(kind, value, removal));
            }
        }

        private static void WithRemoval(List<LaunchValue> values, int first, LaunchEdit removal)
        {
            for (var i = first; i < values.Count; i++)
            {
                values[i] = values[i].WithRemoval(removal);
            }
        }

        /// <summary>An initializer member or a whole <c>x.Property = …;</c> statement.</summary>
        private static LaunchEdit RemovalOf(ISimpleAssignmentOperation assignment) => assignment.Parent switch
        {
            IObjectOrCollectionInitializerOperation => SyntaxRemoval.For(assignment.Syntax),
            IExpressionStatementOperation statement => SyntaxRemoval.For(statement.Syntax),
            _ => LaunchEdit.None,
        };

        private static bool IsNullOrEmptyCollection(IOperation value)
        {
            value = OperationSearch.WithoutConversions(value);
            if (value.ConstantValue is { HasValue: true, Value: null })
            {
                return true;
            }

            return value switch
            {
                IObjectCreationOperation creation => creation.Arguments.Length == 0 && (creation.Initializer is null || creation.Initializer.Initializers.Length == 0),
                IArrayCreationOperation array => array.Initializer is { ElementValues.Length: 0 },
                _ => false,
            };
        }
    }
}
