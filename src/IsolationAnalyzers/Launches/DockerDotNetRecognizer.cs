using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
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
        private const string IsolationProperty = "Isolation";

        public static ContainerLaunch? Recognize(IObjectCreationOperation creation, DockerDotNetSymbols symbols, CancellationToken cancellationToken)
        {
            var type = creation.Type;
            if (DockerDotNetSymbols.Is(type, symbols.CreateContainerParameters))
            {
                return FromCreateContainerParameters(creation, symbols, cancellationToken);
            }

            if (DockerDotNetSymbols.Is(type, symbols.ContainerSpec))
            {
                return FromContainerSpec(creation, symbols, cancellationToken);
            }

            if (DockerDotNetSymbols.Is(type, symbols.HostConfig) && !IsAttachedToParameters(creation, symbols))
            {
                return FromLoneHostConfig(creation, symbols, cancellationToken);
            }

            return null;
        }

        private static ContainerLaunch FromCreateContainerParameters(IObjectCreationOperation creation, DockerDotNetSymbols symbols, CancellationToken cancellationToken)
        {
            var root = OperationSearch.Root(creation);
            var images = new List<LaunchValue>();
            var platforms = new List<LaunchValue>();
            var hostConfigs = new List<IOperation>();
            var isolation = new IsolationCollector();

            // The copy constructor takes the image from a Config (3.x) / ContainerConfig (4.x).
            if (creation.Arguments.Length == 1)
            {
                AddConfigImage(creation.Arguments[0].Value, symbols, root, images, cancellationToken);
            }

            var owner = symbols.CreateContainerParameters!;
            foreach (var (name, value) in Properties(creation, owner, root))
            {
                switch (name)
                {
                    case ImageProperty:
                        ValueResolver.AddStringValues(value, images, cancellationToken);
                        break;
                    case PlatformProperty:
                        ValueResolver.AddStringValues(value, platforms, cancellationToken);
                        break;
                    case HostConfigProperty:
                        hostConfigs.Add(value);
                        break;
                }
            }

            // `HostConfig = { Isolation = "…" }` (a nested member initializer) edits the HostConfig in place.
            if (creation.Initializer is { } initializer)
            {
                foreach (var member in initializer.Initializers)
                {
                    if (member is IMemberInitializerOperation { InitializedMember: IPropertyReferenceOperation property } nested
                        && property.Property.Name == HostConfigProperty
                        && DockerDotNetSymbols.Is(property.Property.ContainingType, owner))
                    {
                        isolation.AddFromInitializer(nested.Initializer, symbols.HostConfig, cancellationToken);
                    }
                }
            }

            // `p.HostConfig.Isolation = …` after construction.
            if (OperationSearch.StoredLocal(creation) is { } local)
            {
                foreach (var (name, value) in HostConfigMemberAssignments(root, instance => OperationSearch.IsLocal(instance, local)))
                {
                    if (name == IsolationProperty)
                    {
                        isolation.AddAssignment(value, cancellationToken);
                    }
                }
            }

            var hostConfigCreations = new List<IObjectCreationOperation>();
            foreach (var hostConfig in hostConfigs)
            {
                var value = OperationSearch.WithoutConversions(hostConfig);
                if (value is IObjectCreationOperation hostConfigCreation && DockerDotNetSymbols.Is(hostConfigCreation.Type, symbols.HostConfig))
                {
                    hostConfigCreations.Add(hostConfigCreation);
                    isolation.AddFromObject(hostConfigCreation, symbols.HostConfig!, root, cancellationToken);
                }
                else if (value is ILocalReferenceOperation hostConfigLocal)
                {
                    var found = false;
                    foreach (var localCreation in CreationsStoredIn(hostConfigLocal.Local, root, symbols.HostConfig))
                    {
                        found = true;
                        hostConfigCreations.Add(localCreation);
                        isolation.AddFromInitializer(localCreation.Initializer, symbols.HostConfig, cancellationToken);
                    }

                    isolation.AddLocalAssignments(hostConfigLocal.Local, root, symbols.HostConfig, cancellationToken);
                    if (!found)
                    {
                        isolation.AddUnknown(hostConfig.Syntax.GetLocation());
                    }
                }
                else if (value.ConstantValue is not { HasValue: true, Value: null })
                {
                    // A HostConfig from a parameter, a method call or a field may carry any isolation.
                    isolation.AddUnknown(hostConfig.Syntax.GetLocation());
                }
            }

            LaunchEdit edit;
            if (isolation.SingleAssignment is { } assigned)
            {
                edit = new LaunchEdit(LaunchEditKind.ReplaceExpression, assigned.Syntax.GetLocation());
            }
            else if (isolation.AssignmentCount > 0 || isolation.HasUnknown)
            {
                edit = LaunchEdit.None;
            }
            else if (hostConfigCreations.Count == 1)
            {
                edit = new LaunchEdit(LaunchEditKind.AddToInitializer, hostConfigCreations[0].Syntax.GetLocation());
            }
            else if (hostConfigs.Count == 0)
            {
                edit = new LaunchEdit(LaunchEditKind.AddHostConfig, creation.Syntax.GetLocation());
            }
            else
            {
                edit = LaunchEdit.None;
            }

            return new ContainerLaunch(
                LaunchSurface.DockerDotNet,
                CreationLocation(creation),
                hasImage: true,
                images.ToImmutableArray(),
                platforms.ToImmutableArray(),
                isolation.Values.ToImmutableArray(),
                edit);
        }

        private static ContainerLaunch FromContainerSpec(IObjectCreationOperation creation, DockerDotNetSymbols symbols, CancellationToken cancellationToken)
        {
            var root = OperationSearch.Root(creation);
            var images = new List<LaunchValue>();
            var isolation = new IsolationCollector();
            foreach (var (name, value) in Properties(creation, symbols.ContainerSpec!, root))
            {
                if (name == ImageProperty)
                {
                    ValueResolver.AddStringValues(value, images, cancellationToken);
                }
                else if (name == IsolationProperty)
                {
                    isolation.AddAssignment(value, cancellationToken);
                }
            }

            return new ContainerLaunch(
                LaunchSurface.SwarmService,
                CreationLocation(creation),
                hasImage: true,
                images.ToImmutableArray(),
                ImmutableArray<LaunchValue>.Empty,
                isolation.Values.ToImmutableArray(),
                EditFor(isolation, creation));
        }

        private static ContainerLaunch FromLoneHostConfig(IObjectCreationOperation creation, DockerDotNetSymbols symbols, CancellationToken cancellationToken)
        {
            var isolation = new IsolationCollector();
            isolation.AddFromObject(creation, symbols.HostConfig!, OperationSearch.Root(creation), cancellationToken);
            return new ContainerLaunch(
                LaunchSurface.DockerDotNet,
                CreationLocation(creation),
                hasImage: false,
                ImmutableArray<LaunchValue>.Empty,
                ImmutableArray<LaunchValue>.Empty,
                isolation.Values.ToImmutableArray(),
                EditFor(isolation, creation));
        }

        private static LaunchEdit EditFor(IsolationCollector isolation, IObjectCreationOperation creation)
        {
            if (isolation.SingleAssignment is { } assigned)
            {
                return new LaunchEdit(LaunchEditKind.ReplaceExpression, assigned.Syntax.GetLocation());
            }

            return isolation.AssignmentCount == 0
                ? new LaunchEdit(LaunchEditKind.AddToInitializer, creation.Syntax.GetLocation())
                : LaunchEdit.None;
        }

        /// <summary>
        /// The <c>x.HostConfig.Name = value</c> assignments under <paramref name="root"/> whose <c>x</c> (the
        /// CreateContainerParameters) satisfies <paramref name="isParameters"/>: a local after construction, or the
        /// parameter of a Testcontainers create-parameter modifier.
        /// </summary>
        internal static IEnumerable<(string Name, IOperation Value)> HostConfigMemberAssignments(IOperation root, System.Func<IOperation?, bool> isParameters)
        {
            foreach (var operation in root.Descendants())
            {
                if (operation is ISimpleAssignmentOperation
                    {
                        Target: IPropertyReferenceOperation
                        {
                            Property.Name: var name,
                            Instance: IPropertyReferenceOperation { Property.Name: HostConfigProperty, Instance: var instance },
                        },
                    } assignment
                    && isParameters(instance))
                {
                    yield return (name, assignment.Value);
                }
            }
        }

        /// <summary>
        /// The property assignments of an object: its initializer, then <c>local.Property = …</c> statements on the
        /// local it is stored in, anywhere in the same body.
        /// </summary>
        internal static IEnumerable<(string Name, IOperation Value)> Properties(IObjectCreationOperation creation, INamedTypeSymbol owner, IOperation root)
        {
            if (creation.Initializer is { } initializer)
            {
                foreach (var member in initializer.Initializers)
                {
                    if (member is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } assignment
                        && DockerDotNetSymbols.Is(property.Property.ContainingType, owner))
                    {
                        yield return (property.Property.Name, assignment.Value);
                    }
                }
            }

            if (OperationSearch.StoredLocal(creation) is not { } local)
            {
                yield break;
            }

            foreach (var operation in root.Descendants())
            {
                if (operation is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Instance: { } instance } property } assignment
                    && DockerDotNetSymbols.Is(property.Property.ContainingType, owner)
                    && OperationSearch.IsLocal(instance, local))
                {
                    yield return (property.Property.Name, assignment.Value);
                }
            }
        }

        /// <summary>The object creations of the given type stored in a local in this body.</summary>
        private static IEnumerable<IObjectCreationOperation> CreationsStoredIn(ILocalSymbol local, IOperation root, INamedTypeSymbol? type)
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

        private static void AddConfigImage(IOperation argument, DockerDotNetSymbols symbols, IOperation root, List<LaunchValue> images, CancellationToken cancellationToken)
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
                foreach (var (name, image) in Properties(configCreation, configType, root))
                {
                    if (name == ImageProperty)
                    {
                        ValueResolver.AddStringValues(image, images, cancellationToken);
                    }
                }
            }
            else if (value is ILocalReferenceOperation local)
            {
                foreach (var localCreation in CreationsStoredIn(local.Local, root, configType))
                {
                    foreach (var (name, image) in Properties(localCreation, configType, root))
                    {
                        if (name == ImageProperty)
                        {
                            ValueResolver.AddStringValues(image, images, cancellationToken);
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
        private static Location CreationLocation(IObjectCreationOperation creation)
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
