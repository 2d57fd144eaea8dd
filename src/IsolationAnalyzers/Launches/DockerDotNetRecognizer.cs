using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using IsolationAnalyzers.Flow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace IsolationAnalyzers.Launches
{
    /// <summary>
    /// Docker.DotNet models (rules.md §1.1, first bullet): <c>CreateContainerParameters</c> with its <c>HostConfig</c>,
    /// swarm <c>ContainerSpec</c>, and lone <c>HostConfig</c> objects. Follows object initializers and assignments to
    /// the properties of a local within one method body. Decides nothing: it only builds <see cref="ContainerLaunch"/>.
    /// </summary>
    internal static class DockerDotNetRecognizer
    {
        private const string ImageProperty = "Image";
        private const string PlatformProperty = "Platform";
        private const string HostConfigProperty = "HostConfig";
        internal const string IsolationProperty = "Isolation";

        public static ContainerLaunch? Recognize(IObjectCreationOperation creation, DockerDotNetSymbols symbols, FlowContext context)
        {
            var type = creation.Type;
            if (DockerDotNetSymbols.Is(type, symbols.CreateContainerParameters))
            {
                return FromCreateContainerParameters(creation, symbols, context);
            }

            if (DockerDotNetSymbols.Is(type, symbols.ContainerSpec))
            {
                return FromContainerSpec(creation, symbols, context);
            }

            if (DockerDotNetSymbols.Is(type, symbols.HostConfig) && !IsAttachedToParameters(creation, symbols))
            {
                return FromLoneHostConfig(creation, symbols, context);
            }

            return null;
        }

        private static ContainerLaunch FromCreateContainerParameters(IObjectCreationOperation creation, DockerDotNetSymbols symbols, FlowContext context)
        {
            var root = OperationSearch.Root(creation);
            var images = new List<LaunchValue>();
            var platforms = new List<LaunchValue>();
            var hostConfigs = new List<IOperation>();
            var settings = new SettingsCollector(context);

            // The copy constructor takes the image from a Config (3.x) / ContainerConfig (4.x).
            if (creation.Arguments.Length == 1)
            {
                AddConfigImage(creation.Arguments[0].Value, symbols, root, images, context);
            }

            var owner = symbols.CreateContainerParameters!;
            foreach (var assignment in Properties(creation, owner, root))
            {
                switch (PropertyName(assignment))
                {
                    case ImageProperty:
                        ValueResolver.AddStringValues(assignment.Value, images, context);
                        break;
                    case PlatformProperty:
                        ValueResolver.AddStringValues(assignment.Value, platforms, context);
                        break;
                    case HostConfigProperty:
                        hostConfigs.Add(assignment.Value);
                        break;
                }
            }

            // `HostConfig = { Isolation = "…" }` (a nested member initializer) sets the HostConfig in place.
            if (creation.Initializer is { } initializer)
            {
                foreach (var member in initializer.Initializers)
                {
                    if (member is IMemberInitializerOperation { InitializedMember: IPropertyReferenceOperation property } nested
                        && property.Property.Name == HostConfigProperty
                        && DockerDotNetSymbols.Is(property.Property.ContainingType, owner))
                    {
                        settings.AddInitializer(nested.Initializer, symbols.HostConfig);
                    }
                }
            }

            // `p.HostConfig.Isolation = …` after construction.
            if (OperationSearch.StoredLocal(creation) is { } local)
            {
                foreach (var assignment in HostConfigMemberAssignments(root, instance => OperationSearch.IsLocal(instance, local)))
                {
                    settings.Add(assignment);
                }
            }

            var hostConfigCreations = new List<IObjectCreationOperation>();
            foreach (var hostConfig in hostConfigs)
            {
                var value = OperationSearch.WithoutConversions(hostConfig);
                if (value is IObjectCreationOperation hostConfigCreation && DockerDotNetSymbols.Is(hostConfigCreation.Type, symbols.HostConfig))
                {
                    hostConfigCreations.Add(hostConfigCreation);
                    settings.AddObject(hostConfigCreation, symbols.HostConfig!, root);
                }
                else if (value is ILocalReferenceOperation hostConfigLocal)
                {
                    var found = false;
                    foreach (var localCreation in CreationsStoredIn(hostConfigLocal.Local, root, symbols.HostConfig))
                    {
                        found = true;
                        hostConfigCreations.Add(localCreation);
                        settings.AddInitializer(localCreation.Initializer, symbols.HostConfig);
                    }

                    foreach (var assignment in AssignmentsTo(hostConfigLocal.Local, symbols.HostConfig, root))
                    {
                        settings.Add(assignment);
                    }

                    if (!found)
                    {
                        settings.AddUnknownIsolation(hostConfig.Syntax.GetLocation());
                    }
                }
                else if (value is IParameterReferenceOperation parameter
                    && context.TryBind(parameter.Parameter, out var argument, out var caller)
                    && argument.ArgumentKind != ArgumentKind.DefaultValue
                    && OperationSearch.WithoutConversions(argument.Value) is IObjectCreationOperation passed
                    && DockerDotNetSymbols.Is(passed.Type, symbols.HostConfig))
                {
                    // A HostConfig the caller creates and passes in.
                    hostConfigCreations.Add(passed);
                    settings.AddObject(passed, symbols.HostConfig!, caller);
                }
                else if (value.ConstantValue is not { HasValue: true, Value: null })
                {
                    // A HostConfig from a parameter, a method call or a field may carry any isolation.
                    settings.AddUnknownIsolation(hostConfig.Syntax.GetLocation());
                }
            }

            // Each edit only where the syntax it touches parsed without error (half-typed code keeps its diagnostics).
            LaunchEdit edit;
            if (settings.SingleIsolation is { } assigned)
            {
                edit = SyntaxErrors.Unless(assigned.Syntax, new LaunchEdit(LaunchEditKind.ReplaceExpression, assigned.Syntax.GetLocation()));
            }
            else if (settings.IsolationAssignments > 0 || settings.HasUnknownIsolation)
            {
                edit = LaunchEdit.None;
            }
            else if (hostConfigCreations.Count == 1)
            {
                edit = AddMember(LaunchEditKind.AddToInitializer, hostConfigCreations[0]);
            }
            else if (hostConfigs.Count == 0)
            {
                edit = AddMember(LaunchEditKind.AddHostConfig, creation);
            }
            else
            {
                edit = LaunchEdit.None;
            }

            return settings.Launch(LaunchSurface.DockerDotNet, CreationLocation(creation), hasImage: true, images, platforms, edit);
        }

        private static ContainerLaunch FromContainerSpec(IObjectCreationOperation creation, DockerDotNetSymbols symbols, FlowContext context)
        {
            var root = OperationSearch.Root(creation);
            var images = new List<LaunchValue>();
            var settings = new SettingsCollector(context);
            foreach (var assignment in Properties(creation, symbols.ContainerSpec!, root))
            {
                if (PropertyName(assignment) == ImageProperty)
                {
                    ValueResolver.AddStringValues(assignment.Value, images, context);
                }
                else
                {
                    settings.Add(assignment);
                }
            }

            // Swarm memory: the sibling `Resources = new ResourceRequirements { Limits = new SwarmLimit { MemoryBytes = … } }`.
            if (OperationSearch.ValueParent(creation) is ISimpleAssignmentOperation { Parent: IObjectOrCollectionInitializerOperation taskSpec })
            {
                foreach (var memory in Nested(taskSpec, "Resources", "Limits", "MemoryBytes"))
                {
                    settings.AddMemory(memory);
                }
            }

            return settings.Launch(LaunchSurface.SwarmService, CreationLocation(creation), hasImage: true, images, new List<LaunchValue>(), EditFor(settings, creation));
        }

        private static ContainerLaunch FromLoneHostConfig(IObjectCreationOperation creation, DockerDotNetSymbols symbols, FlowContext context)
        {
            var settings = new SettingsCollector(context);
            settings.AddObject(creation, symbols.HostConfig!, OperationSearch.Root(creation));
            return settings.Launch(LaunchSurface.DockerDotNet, CreationLocation(creation), hasImage: false, new List<LaunchValue>(), new List<LaunchValue>(), EditFor(settings, creation));
        }

        private static LaunchEdit EditFor(SettingsCollector settings, IObjectCreationOperation creation)
        {
            if (settings.SingleIsolation is { } assigned)
            {
                return SyntaxErrors.Unless(assigned.Syntax, new LaunchEdit(LaunchEditKind.ReplaceExpression, assigned.Syntax.GetLocation()));
            }

            return settings.IsolationAssignments == 0
                ? AddMember(LaunchEditKind.AddToInitializer, creation)
                : LaunchEdit.None;
        }

        /// <summary>
        /// Adds a member to the creation's initializer, unless the creation has a parse error or an initializer
        /// member the compiler could not bind (<c>{ Isolation == x }</c>): the new member would be bound the same
        /// broken way, and the diagnostic may only exist because the intended member was not understood.
        /// </summary>
        private static LaunchEdit AddMember(LaunchEditKind kind, IObjectCreationOperation creation)
        {
            if (SyntaxErrors.In(creation.Syntax))
            {
                return LaunchEdit.None;
            }

            if (creation.Initializer is { } initializer)
            {
                foreach (var member in initializer.Initializers)
                {
                    if (member is IInvalidOperation || (member is ISimpleAssignmentOperation { Target: IInvalidOperation }))
                    {
                        return LaunchEdit.None;
                    }
                }
            }
            else if (creation.Syntax is BaseObjectCreationExpressionSyntax { Initializer: not null })
            {
                return LaunchEdit.None;
            }

            return new LaunchEdit(kind, creation.Syntax.GetLocation());
        }

        /// <summary>The assignments at the end of a path of nested object initializers (<c>A = new X { B = new Y { C = v } }</c>).</summary>
        private static IEnumerable<ISimpleAssignmentOperation> Nested(IObjectOrCollectionInitializerOperation initializer, params string[] path)
        {
            var level = new List<IObjectOrCollectionInitializerOperation> { initializer };
            for (var i = 0; i < path.Length; i++)
            {
                var next = new List<IObjectOrCollectionInitializerOperation>();
                foreach (var current in level)
                {
                    foreach (var member in current.Initializers)
                    {
                        if (member is not ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } assignment || property.Property.Name != path[i])
                        {
                            continue;
                        }

                        if (i == path.Length - 1)
                        {
                            yield return assignment;
                        }
                        else if (OperationSearch.WithoutConversions(assignment.Value) is IObjectCreationOperation { Initializer: { } inner })
                        {
                            next.Add(inner);
                        }
                    }
                }

                level = next;
            }
        }

        /// <summary>
        /// The property assignments of an object: its initializer, then <c>local.Property = …</c> statements on the
        /// local it is stored in, anywhere in the same body.
        /// </summary>
        internal static IEnumerable<ISimpleAssignmentOperation> Properties(IObjectCreationOperation creation, INamedTypeSymbol owner, IOperation root)
        {
            if (creation.Initializer is { } initializer)
            {
                foreach (var member in initializer.Initializers)
                {
                    if (member is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } assignment
                        && DockerDotNetSymbols.Is(property.Property.ContainingType, owner))
                    {
                        yield return assignment;
                    }
                }
            }

            if (OperationSearch.StoredLocal(creation) is not { } local)
            {
                yield break;
            }

            foreach (var assignment in AssignmentsTo(local, owner, root))
            {
                yield return assignment;
            }
        }

        /// <summary>
        /// The <c>x.HostConfig.Name = value</c> assignments under <paramref name="root"/> whose <c>x</c> (the
        /// CreateContainerParameters) satisfies <paramref name="isParameters"/>: a local after construction, or the
        /// parameter of a Testcontainers create-parameter modifier.
        /// </summary>
        internal static IEnumerable<ISimpleAssignmentOperation> HostConfigMemberAssignments(IOperation root, System.Func<IOperation?, bool> isParameters)
        {
            foreach (var operation in root.Descendants())
            {
                if (operation is ISimpleAssignmentOperation
                    {
                        Target: IPropertyReferenceOperation
                        {
                            Instance: IPropertyReferenceOperation { Property.Name: HostConfigProperty, Instance: var instance },
                        },
                    } assignment
                    && isParameters(instance))
                {
                    yield return assignment;
                }
            }
        }

        /// <summary><c>local.Property = …</c> for properties of <paramref name="owner"/>, anywhere in the body.</summary>
        private static IEnumerable<ISimpleAssignmentOperation> AssignmentsTo(ILocalSymbol local, INamedTypeSymbol? owner, IOperation root)
        {
            foreach (var operation in root.Descendants())
            {
                if (operation is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Instance: { } instance } property } assignment
                    && DockerDotNetSymbols.Is(property.Property.ContainingType, owner)
                    && OperationSearch.IsLocal(instance, local))
                {
                    yield return assignment;
                }
            }
        }

        internal static string PropertyName(ISimpleAssignmentOperation assignment) =>
            ((IPropertyReferenceOperation)assignment.Target).Property.Name;

        /// <summary>The object creations of the given type stored in a local in this body.</summary>
        internal static IEnumerable<IObjectCreationOperation> CreationsStoredIn(ILocalSymbol local, IOperation root, INamedTypeSymbol? type)
        {
            foreach (var operation in root.Descendants())
            {
                IOperation? value = operation switch
                {
                    IVariableDeclaratorOperation declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, local) => declarator.Initializer?.Value,
                    ISimpleAssignmentOperation assignment when OperationSearch.IsLocal(assignment.Target, local) => assignment.Value,
                    _ => null,
                };
                if (value is not null
                    && OperationSearch.WithoutConversions(value) is IObjectCreationOperation creation
                    && DockerDotNetSymbols.Is(creation.Type, type))
                {
                    yield return creation;
                }
            }
        }

        private static void AddConfigImage(IOperation argument, DockerDotNetSymbols symbols, IOperation root, List<LaunchValue> images, FlowContext context)
        {
            var value = OperationSearch.WithoutConversions(argument);
            var configType = DockerDotNetSymbols.Is(value.Type, symbols.Config) ? symbols.Config
                : DockerDotNetSymbols.Is(value.Type, symbols.ContainerConfig) ? symbols.ContainerConfig
                : null;
            if (configType is null)
            {
                images.Add(LaunchValue.Unknown(argument.Syntax.GetLocation()));
                return;
            }

            var before = images.Count;
            if (value is IObjectCreationOperation configCreation)
            {
                foreach (var assignment in Properties(configCreation, configType, root))
                {
                    if (PropertyName(assignment) == ImageProperty)
                    {
                        ValueResolver.AddStringValues(assignment.Value, images, context);
                    }
                }
            }
            else if (value is ILocalReferenceOperation local)
            {
                foreach (var localCreation in CreationsStoredIn(local.Local, root, configType))
                {
                    foreach (var assignment in Properties(localCreation, configType, root))
                    {
                        if (PropertyName(assignment) == ImageProperty)
                        {
                            ValueResolver.AddStringValues(assignment.Value, images, context);
                        }
                    }
                }
            }

            if (images.Count == before)
            {
                images.Add(LaunchValue.Unknown(argument.Syntax.GetLocation()));
            }
        }

        /// <summary>
        /// True when this HostConfig belongs to a CreateContainerParameters that this recognizer analyses as a
        /// launch (then its settings are reported with that launch, not twice).
        /// </summary>
        private static bool IsAttachedToParameters(IObjectCreationOperation hostConfig, DockerDotNetSymbols symbols)
        {
            if (symbols.CreateContainerParameters is null)
            {
                return false;
            }

            if (IsAssignedToAnalysedParameters(hostConfig, symbols))
            {
                return true;
            }

            if (OperationSearch.StoredLocal(hostConfig) is not { } local)
            {
                return false;
            }

            foreach (var operation in OperationSearch.Root(hostConfig).Descendants())
            {
                if (operation is ILocalReferenceOperation reference
                    && SymbolEqualityComparer.Default.Equals(reference.Local, local)
                    && IsAssignedToAnalysedParameters(reference, symbols))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsAssignedToAnalysedParameters(IOperation value, DockerDotNetSymbols symbols)
        {
            if (OperationSearch.ValueParent(value) is not ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } assignment
                || OperationSearch.WithoutConversions(assignment.Value) != value
                || property.Property.Name != HostConfigProperty
                || !DockerDotNetSymbols.Is(property.Property.ContainingType, symbols.CreateContainerParameters))
            {
                return false;
            }

            // `p.HostConfig = …` in a Testcontainers create-parameter modifier: that recognizer reads it with its chain.
            if (property.Instance is { } modified
                && OperationSearch.WithoutConversions(modified) is IParameterReferenceOperation parameter
                && TestcontainersRecognizer.IsModifierParameter(parameter.Parameter, parameter))
            {
                return true;
            }

            // In the initializer of `new CreateContainerParameters { HostConfig = … }`.
            if (property.Instance is IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver })
            {
                return true;
            }

            // `p.HostConfig = …` where p holds a CreateContainerParameters created in this body.
            if (property.Instance is { } instance && OperationSearch.WithoutConversions(instance) is ILocalReferenceOperation parameters)
            {
                foreach (var _ in CreationsStoredIn(parameters.Local, OperationSearch.Root(value), symbols.CreateContainerParameters))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>ISO0001's location: the type name of <c>new T</c>, or <c>new()</c> when target-typed.</summary>
        internal static Location CreationLocation(IObjectCreationOperation creation)
        {
            switch (creation.Syntax)
            {
                case ObjectCreationExpressionSyntax explicitCreation:
                    return explicitCreation.Type.GetLocation();
                case ImplicitObjectCreationExpressionSyntax implicitCreation:
                    return Location.Create(
                        implicitCreation.SyntaxTree,
                        Microsoft.CodeAnalysis.Text.TextSpan.FromBounds(implicitCreation.NewKeyword.SpanStart, implicitCreation.ArgumentList.Span.End));
                default:
                    return creation.Syntax.GetLocation();
            }
        }
    }
}
