using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using IsolationAnalyzers.Knowledge;
using IsolationAnalyzers.Flow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace IsolationAnalyzers.Launches.Kubernetes
{
    /// <summary>
    /// Kubernetes pods built with KubernetesClient (rules.md §1.1, Kubernetes bullet): one launch per <c>V1Container</c>
    /// in a <c>V1PodSpec</c>'s <c>Containers</c> or <c>InitContainers</c>, whether the pod spec stands alone or is the
    /// <c>Spec</c> of a <c>V1Pod</c> or of the pod template of a workload (Deployment, StatefulSet, DaemonSet,
    /// ReplicaSet, Job, CronJob). Follows initializers, locals and assignments after construction in one method body
    /// (<c>pod.Spec.NodeSelector = …</c>, <c>spec.Containers.Add(…)</c>). Decides nothing: it reads the image, the memory
    /// limit and the pod's RuntimeClass and node selector into a <see cref="ContainerLaunch"/>.
    /// </summary>
    internal static class KubernetesRecognizer
    {
        // A pod spec sits at most five properties below its workload (CronJob.Spec.JobTemplate.Spec.Template.Spec).
        private const int MaxDepth = 8;

        public static ContainerLaunch? FromCreation(IObjectCreationOperation creation, KubernetesSymbols symbols, FlowContext context)
        {
            if (!KubernetesSymbols.Is(creation.Type, symbols.Container))
            {
                return null;
            }

            var root = OperationSearch.Root(creation);
            var images = new List<LaunchValue>();
            var memory = new List<LaunchValue>();
            foreach (var assignment in DockerDotNetRecognizer.Properties(creation, symbols.Container, root))
            {
                switch (DockerDotNetRecognizer.PropertyName(assignment))
                {
                    case "Image":
                        ValueResolver.AddStringValues(assignment.Value, images, context);
                        break;
                    case "Resources":
                        foreach (var requirements in Objects(assignment.Value, symbols.ResourceRequirements, root))
                        {
                            AddMemoryLimits(requirements, symbols, root, memory, context);
                        }

                        break;
                }
            }

            var platforms = new List<LaunchValue>();
            var spec = FindPodSpec(creation, symbols, root, context);
            var scheduling = spec is null ? PodScheduling.Unknown : ReadPod(spec, symbols, root, platforms, context);
            return new ContainerLaunch(
                LaunchSurface.Kubernetes,
                DockerDotNetRecognizer.CreationLocation(creation),
                hasImage: true,
                images.ToImmutableArray(),
                platforms.ToImmutableArray(),
                ImmutableArray<LaunchValue>.Empty,
                LaunchEdit.None)
            {
                Memory = memory.ToImmutableArray(),
                Scheduling = scheduling,
            };
        }

        /// <summary><c>Limits["memory"]</c> of a <c>V1ResourceRequirements</c>: each possible quantity, in bytes.</summary>
        private static void AddMemoryLimits(IObjectCreationOperation requirements, KubernetesSymbols symbols, IOperation root, List<LaunchValue> memory, FlowContext context)
        {
            var limits = new DictionaryContents();
            foreach (var assignment in DockerDotNetRecognizer.Properties(requirements, symbols.ResourceRequirements!, root))
            {
                if (DockerDotNetRecognizer.PropertyName(assignment) == "Limits")
                {
                    limits.Read(assignment.Value, root, context);
                }
            }

            foreach (var nested in NestedInitializers(requirements, "Limits"))
            {
                limits.AddInitializer(nested);
            }

            foreach (var (key, value) in limits.Entries)
            {
                if (KnownKey(key, context) != "memory")
                {
                    continue;
                }

                var quantity = OperationSearch.WithoutConversions(value);
                if (quantity.ConstantValue is { HasValue: true, Value: null })
                {
                    continue;
                }

                // `new ResourceQuantity("512Mi")`, or a string converted by ResourceQuantity's implicit operator.
                IOperation? text = quantity.Type?.SpecialType == SpecialType.System_String ? quantity
                    : quantity is IObjectCreationOperation { Arguments.Length: 1 } created && KubernetesSymbols.Is(created.Type, symbols.ResourceQuantity)
                        && created.Arguments[0].Value.Type?.SpecialType == SpecialType.System_String ? created.Arguments[0].Value
                    : null;
                if (text is null)
                {
                    memory.Add(LaunchValue.Unknown(value.Syntax.GetLocation()));
                    continue;
                }

                var strings = new List<LaunchValue>();
                ValueResolver.AddStringValues(text, strings, context);
                foreach (var written in strings)
                {
                    memory.Add(written.IsKnown && written.Text is { } known && KubernetesQuantity.ParseBytes(known) is { } bytes
                        ? LaunchValue.KnownSize(bytes, known, written.Location, written.IsStringLiteral)
                        : LaunchValue.Unknown(written.Location));
                }
            }
        }

        /// <summary>The pod-level facts of a pod spec: RuntimeClass, node selector, affinity, and <c>Os.Name</c> as the platform.</summary>
        private static PodScheduling ReadPod(IObjectCreationOperation spec, KubernetesSymbols symbols, IOperation root, List<LaunchValue> platforms, FlowContext context)
        {
            var podSpec = symbols.PodSpec!;
            var paths = Paths(spec, symbols, root);
            var members = new List<ISimpleAssignmentOperation>();
            foreach (var assignment in DockerDotNetRecognizer.Properties(spec, podSpec, root))
            {
                members.Add(assignment);
            }

            // `pod.Spec.NodeSelector = …`, `deployment.Spec.Template.Spec.RuntimeClassName = …`.
            foreach (var operation in root.Descendants())
            {
                if (operation is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Instance: { } instance } property } assignment
                    && KubernetesSymbols.Is(property.Property.ContainingType, podSpec)
                    && instance is not ILocalReferenceOperation
                    && PathOf(instance, symbols, 0) is { } path
                    && paths.Contains(path))
                {
                    members.Add(assignment);
                }
            }

            var runtimeClass = new List<LaunchValue>();
            var osNames = new List<LaunchValue>();
            var selector = new DictionaryContents();
            var runtimeClassAssignments = 0;
            var selectorAssignments = 0;
            var hasAffinity = false;
            foreach (var assignment in members)
            {
                switch (DockerDotNetRecognizer.PropertyName(assignment))
                {
                    case "RuntimeClassName":
                        runtimeClassAssignments++;
                        ValueResolver.AddStringValues(assignment.Value, runtimeClass, context);
                        break;
                    case "NodeSelector":
                        selectorAssignments++;
                        selector.Read(assignment.Value, root, context);
                        break;
                    case "Affinity":
                        hasAffinity |= OperationSearch.WithoutConversions(assignment.Value).ConstantValue is not { HasValue: true, Value: null };
                        break;
                    case "Os":
                        foreach (var os in Objects(assignment.Value, symbols.PodOs, root))
                        {
                            foreach (var name in DockerDotNetRecognizer.Properties(os, symbols.PodOs!, root))
                            {
                                if (DockerDotNetRecognizer.PropertyName(name) == "Name")
                                {
                                    ValueResolver.AddStringValues(name.Value, osNames, context);
                                }
                            }
                        }

                        break;
                }
            }

            // `NodeSelector = { ["kubernetes.io/os"] = "windows" }` fills the dictionary in place.
            foreach (var nested in NestedInitializers(spec, "NodeSelector"))
            {
                selectorAssignments++;
                selector.AddInitializer(nested);
                selector.Anchor = nested.Syntax;
            }

            // `spec.NodeSelector["kubernetes.io/os"] = "windows"`, `pod.Spec.NodeSelector.Add(…)`.
            selector.ReadMutations(
                root,
                instance => OperationSearch.WithoutConversions(instance) is IPropertyReferenceOperation { Property.Name: "NodeSelector", Instance: { } owner } property
                    && KubernetesSymbols.Is(property.Property.ContainingType, podSpec)
                    && PathOf(owner, symbols, 0) is { } path
                    && paths.Contains(path));

            var osSelector = new List<LaunchValue>();
            var buildSelector = new List<LaunchValue>();
            foreach (var (key, value) in selector.Entries)
            {
                var keys = new List<LaunchValue>();
                ValueResolver.AddStringValues(key, keys, context);
                foreach (var name in keys)
                {
                    if (!name.IsKnown)
                    {
                        selector.HasUnknown = true;
                    }
                    else if (name.Text == KubernetesNodes.OsLabel)
                    {
                        ValueResolver.AddStringValues(value, osSelector, context);
                    }
                    else if (name.Text == KubernetesNodes.WindowsBuildLabel)
                    {
                        ValueResolver.AddStringValues(value, buildSelector, context);
                    }
                }
            }

            platforms.AddRange(osSelector);
            platforms.AddRange(osNames);

            var creationLocation = spec.Syntax.GetLocation();
            // An initializer with a parse error (a `$"` typed ahead, a missing brace) gets no added member: where it
            // would go is the parser's guess.
            var selectorEdit = selectorAssignments == 0 ? SyntaxErrors.Unless(spec.Syntax, new LaunchEdit(LaunchEditKind.AddDictionary, creationLocation, "NodeSelector"))
                : selectorAssignments == 1 && !selector.HasUnknown && selector.Anchor is { } anchor ? SyntaxErrors.Unless(anchor, new LaunchEdit(LaunchEditKind.AddEntries, anchor.GetLocation()))
                : LaunchEdit.None;
            var runtimeClassEdit = runtimeClassAssignments == 0
                ? SyntaxErrors.Unless(spec.Syntax, new LaunchEdit(LaunchEditKind.AddProperty, creationLocation, "RuntimeClassName"))
                : LaunchEdit.None;

            return new PodScheduling
            {
                RuntimeClass = runtimeClass.ToImmutableArray(),
                OsSelector = osSelector.ToImmutableArray(),
                BuildSelector = buildSelector.ToImmutableArray(),
                SelectorHasUnknown = selector.HasUnknown,
                HasAffinity = hasAffinity,
                SelectorEdit = selectorEdit,
                RuntimeClassEdit = runtimeClassEdit,
            };
        }

        /// <summary>The pod spec whose <c>Containers</c> or <c>InitContainers</c> hold this container, if the method builds it.</summary>
        private static IObjectCreationOperation? FindPodSpec(IObjectCreationOperation container, KubernetesSymbols symbols, IOperation root, FlowContext context)
        {
            foreach (var site in Sites(container, root))
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                if (SpecOfElement(site, symbols, root) is { } spec)
                {
                    return spec;
                }
            }

            return null;
        }

        /// <summary>The pod spec a container is an element for: of a list, array or collection expression, or an <c>Add</c> call.</summary>
        private static IObjectCreationOperation? SpecOfElement(IOperation element, KubernetesSymbols symbols, IOperation root)
        {
            var parent = OperationSearch.ValueParent(element);
            if (parent is IArgumentOperation argument)
            {
                parent = argument.Parent;
            }

            switch (parent)
            {
                case IInvocationOperation { TargetMethod.Name: "Add", Arguments.Length: 1 } add
                    when add.Instance is null or IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver }:
                    // An element of a collection initializer: of `new List<V1Container> { … }`, or `Containers = { … }`.
                    return add.Parent switch
                    {
                        IObjectOrCollectionInitializerOperation { Parent: IObjectCreationOperation list } => SpecOfCollection(list, symbols, root),
                        IObjectOrCollectionInitializerOperation { Parent: IMemberInitializerOperation { InitializedMember: IPropertyReferenceOperation member } nested }
                            when IsContainers(member, symbols) => nested.Parent?.Parent as IObjectCreationOperation,
                        _ => null,
                    };

                case IInvocationOperation { TargetMethod.Name: "Add", Arguments.Length: 1, Instance: { } instance }:
                    // `spec.Containers.Add(c)`, or `list.Add(c)` on a list that becomes the containers.
                    var target = OperationSearch.WithoutConversions(instance);
                    if (target is IPropertyReferenceOperation containers && IsContainers(containers, symbols))
                    {
                        return SpecOf(containers.Instance, symbols, root);
                    }

                    if (target is ILocalReferenceOperation local)
                    {
                        foreach (var value in OperationSearch.ValuesAssignedTo(local.Local, root))
                        {
                            if (OperationSearch.WithoutConversions(value) is IObjectCreationOperation list && SpecOfCollection(list, symbols, root) is { } spec)
                            {
                                return spec;
                            }
                        }
                    }

                    return null;

                case IArrayInitializerOperation { Parent: IArrayCreationOperation array }:
                    return SpecOfCollection(array, symbols, root);
            }

            // A collection expression `[c]` (an operation of its own kind, or of none on older compilers).
            return parent?.Syntax is CollectionExpressionSyntax ? SpecOfCollection(parent, symbols, root) : null;
        }

        /// <summary>The pod spec whose <c>Containers</c>/<c>InitContainers</c> a collection is assigned to (directly or through a local).</summary>
        private static IObjectCreationOperation? SpecOfCollection(IOperation collection, KubernetesSymbols symbols, IOperation root)
        {
            foreach (var site in Sites(collection, root))
            {
                if (OperationSearch.ValueParent(site) is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } assignment
                    && OperationSearch.WithoutConversions(assignment.Value) == site
                    && IsContainers(property, symbols))
                {
                    var spec = property.Instance is IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver }
                        ? assignment.Parent?.Parent as IObjectCreationOperation
                        : SpecOf(property.Instance, symbols, root);
                    if (spec is not null)
                    {
                        return spec;
                    }
                }
            }

            return null;
        }

        /// <summary>The pod spec creation an expression denotes: the creation itself, or a local or property path that holds it.</summary>
        private static IObjectCreationOperation? SpecOf(IOperation? expression, KubernetesSymbols symbols, IOperation root)
        {
            if (expression is null)
            {
                return null;
            }

            var value = OperationSearch.WithoutConversions(expression);
            if (value is IObjectCreationOperation creation)
            {
                return KubernetesSymbols.Is(creation.Type, symbols.PodSpec) ? creation : null;
            }

            if (PathOf(value, symbols, 0) is not { } path)
            {
                return null;
            }

            foreach (var operation in root.Descendants())
            {
                if (operation is IObjectCreationOperation spec
                    && KubernetesSymbols.Is(spec.Type, symbols.PodSpec)
                    && Paths(spec, symbols, root).Contains(path))
                {
                    return spec;
                }
            }

            return null;
        }

        private static bool IsContainers(IPropertyReferenceOperation property, KubernetesSymbols symbols) =>
            property.Property.Name is "Containers" or "InitContainers"
            && KubernetesSymbols.Is(property.Property.ContainingType, symbols.PodSpec);

        /// <summary>
        /// Every way the method names an object through locals: <c>spec</c> for a pod spec stored in <c>spec</c>,
        /// <c>pod.Spec</c> for one in <c>new V1Pod { Spec = … }</c> stored in <c>pod</c>, <c>d.Spec.Template.Spec</c> …
        /// </summary>
        private static HashSet<AccessPath> Paths(IOperation value, KubernetesSymbols symbols, IOperation root)
        {
            var paths = new HashSet<AccessPath>();
            AddPaths(value, symbols, root, string.Empty, paths, 0);
            return paths;
        }

        private static void AddPaths(IOperation value, KubernetesSymbols symbols, IOperation root, string members, HashSet<AccessPath> paths, int depth)
        {
            if (depth > MaxDepth)
            {
                return;
            }

            if (OperationSearch.StoredLocal(value) is { } local)
            {
                paths.Add(new AccessPath(local, members));

                // The local flows on into an owner: `new V1Pod { Spec = spec }`.
                foreach (var site in Sites(value, root))
                {
                    if (site != value)
                    {
                        AddOwnerPaths(site, symbols, root, members, paths, depth + 1);
                    }
                }
            }

            AddOwnerPaths(value, symbols, root, members, paths, depth + 1);
        }

        /// <summary>When the value is assigned to an owner's <c>Spec</c>/<c>Template</c>/<c>JobTemplate</c>, the owner's paths plus that member.</summary>
        private static void AddOwnerPaths(IOperation site, KubernetesSymbols symbols, IOperation root, string members, HashSet<AccessPath> paths, int depth)
        {
            if (OperationSearch.ValueParent(site) is not ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } assignment
                || OperationSearch.WithoutConversions(assignment.Value) != site
                || !symbols.IsOwnerProperty(property.Property))
            {
                return;
            }

            var path = members.Length == 0 ? property.Property.Name : property.Property.Name + "." + members;
            if (property.Instance is IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver })
            {
                if (assignment.Parent is IObjectOrCollectionInitializerOperation { Parent: IObjectCreationOperation owner })
                {
                    AddPaths(owner, symbols, root, path, paths, depth);
                }
            }
            else if (PathOf(property.Instance, symbols, 0) is { } instance)
            {
                paths.Add(instance.Append(path));
            }
        }

        /// <summary>The path of <c>local</c>, <c>local.Spec</c>, <c>local.Spec.Template.Spec</c> …; null for anything else.</summary>
        private static AccessPath? PathOf(IOperation? expression, KubernetesSymbols symbols, int depth)
        {
            if (expression is null || depth > MaxDepth)
            {
                return null;
            }

            switch (OperationSearch.WithoutConversions(expression))
            {
                case ILocalReferenceOperation local:
                    return new AccessPath(local.Local, string.Empty);
                case IPropertyReferenceOperation { Instance: { } instance } property when symbols.IsOwnerProperty(property.Property):
                    return PathOf(instance, symbols, depth + 1) is { } inner ? inner.Append(property.Property.Name) : null;
                default:
                    return null;
            }
        }

        /// <summary>The value itself and, when it is stored in a local, every read of that local.</summary>
        private static IEnumerable<IOperation> Sites(IOperation value, IOperation root)
        {
            yield return value;
            if (OperationSearch.StoredLocal(value) is not { } local)
            {
                yield break;
            }

            foreach (var operation in root.Descendants())
            {
                if (operation is ILocalReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Local, local))
                {
                    yield return reference;
                }
            }
        }

        /// <summary>The creations of a type an expression denotes: the creation itself, or those stored in a local.</summary>
        private static IEnumerable<IObjectCreationOperation> Objects(IOperation value, INamedTypeSymbol? type, IOperation root)
        {
            value = OperationSearch.WithoutConversions(value);
            if (value is IObjectCreationOperation creation && KubernetesSymbols.Is(creation.Type, type))
            {
                yield return creation;
            }
            else if (value is ILocalReferenceOperation local)
            {
                foreach (var stored in DockerDotNetRecognizer.CreationsStoredIn(local.Local, root, type))
                {
                    yield return stored;
                }
            }
        }

        /// <summary>The nested collection initializers <c>Name = { … }</c> in an object's initializer.</summary>
        private static IEnumerable<IObjectOrCollectionInitializerOperation> NestedInitializers(IObjectCreationOperation creation, string name)
        {
            if (creation.Initializer is null)
            {
                yield break;
            }

            foreach (var member in creation.Initializer.Initializers)
            {
                if (member is IMemberInitializerOperation { InitializedMember: IPropertyReferenceOperation property } nested && property.Property.Name == name)
                {
                    yield return nested.Initializer;
                }
            }
        }

        /// <summary>The one known string a dictionary key can be, or null.</summary>
        private static string? KnownKey(IOperation key, FlowContext context)
        {
            var keys = new List<LaunchValue>();
            ValueResolver.AddStringValues(key, keys, context);
            return keys.Count == 1 && keys[0].IsKnown ? keys[0].Text : null;
        }

        /// <summary>A local and the chain of owner properties read from it (<c>"Spec.Template.Spec"</c>; empty for the local itself).</summary>
        private readonly struct AccessPath : IEquatable<AccessPath>
        {
            public AccessPath(ILocalSymbol local, string members)
            {
                Local = local;
                Members = members;
            }

            public ILocalSymbol Local { get; }

            public string Members { get; }

            public AccessPath Append(string members) =>
                new AccessPath(Local, Members.Length == 0 ? members : Members + "." + members);

            public bool Equals(AccessPath other) =>
                SymbolEqualityComparer.Default.Equals(Local, other.Local) && string.Equals(Members, other.Members, StringComparison.Ordinal);

            public override bool Equals(object? obj) => obj is AccessPath other && Equals(other);

            public override int GetHashCode() =>
                (SymbolEqualityComparer.Default.GetHashCode(Local) * 31) + StringComparer.Ordinal.GetHashCode(Members);
        }

        /// <summary>
        /// The string entries a dictionary is given in one method: its initializer (<c>["k"] = v</c>, <c>{ "k", v }</c>),
        /// then <c>d["k"] = v</c> and <c>d.Add("k", v)</c> on it. Anything it cannot read makes it partly unknown.
        /// </summary>
        private sealed class DictionaryContents
        {
            public List<(IOperation Key, IOperation Value)> Entries { get; } = new List<(IOperation, IOperation)>();

            public bool HasUnknown { get; set; }

            /// <summary>The creation (or nested initializer) a fix adds entries to.</summary>
            public SyntaxNode? Anchor { get; set; }

            public void Read(IOperation value, IOperation root, FlowContext context)
            {
                var dictionary = OperationSearch.WithoutConversions(value);
                if (dictionary.ConstantValue is { HasValue: true, Value: null })
                {
                    return;
                }

                if (dictionary is ILocalReferenceOperation local)
                {
                    IObjectCreationOperation? single = null;
                    var count = 0;
                    foreach (var assigned in OperationSearch.ValuesAssignedTo(local.Local, root))
                    {
                        count++;
                        single = OperationSearch.WithoutConversions(assigned) as IObjectCreationOperation;
                    }

                    if (count != 1 || single is null)
                    {
                        HasUnknown = true;
                        return;
                    }

                    dictionary = single;
                }

                if (dictionary is not IObjectCreationOperation creation)
                {
                    HasUnknown = true;
                    return;
                }

                foreach (var argument in creation.Arguments)
                {
                    // A copy of another dictionary (a capacity or a comparer adds no entry).
                    if (argument.Value.Type is { } type && type.SpecialType != SpecialType.System_Int32 && !type.Name.EndsWith("EqualityComparer", StringComparison.Ordinal))
                    {
                        HasUnknown = true;
                    }
                }

                AddInitializer(creation.Initializer);
                Anchor = creation.Syntax;
                if (OperationSearch.StoredLocal(creation) is { } stored)
                {
                    ReadMutations(root, instance => OperationSearch.IsLocal(instance, stored));
                }

                context.CancellationToken.ThrowIfCancellationRequested();
            }

            public void AddInitializer(IObjectOrCollectionInitializerOperation? initializer)
            {
                if (initializer is null)
                {
                    return;
                }

                foreach (var item in initializer.Initializers)
                {
                    switch (item)
                    {
                        case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.IsIndexer: true, Arguments.Length: 1 } indexer } assignment:
                            Entries.Add((indexer.Arguments[0].Value, assignment.Value));
                            break;
                        case IInvocationOperation { Arguments.Length: 2 } add:
                            Entries.Add((add.Arguments[0].Value, add.Arguments[1].Value));
                            break;
                        default:
                            HasUnknown = true;
                            break;
                    }
                }
            }

            /// <summary><c>d["k"] = v</c>, <c>d.Add("k", v)</c>, <c>d.TryAdd("k", v)</c>; <c>Remove</c> and <c>Clear</c> make it unknown.</summary>
            public void ReadMutations(IOperation root, Func<IOperation, bool> isDictionary)
            {
                foreach (var operation in root.Descendants())
                {
                    switch (operation)
                    {
                        case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.IsIndexer: true, Arguments.Length: 1, Instance: { } instance } indexer } assignment
                            when isDictionary(instance):
                            Entries.Add((indexer.Arguments[0].Value, assignment.Value));
                            break;
                        case IInvocationOperation { TargetMethod.Name: "Add" or "TryAdd", Arguments.Length: 2, Instance: { } instance } add
                            when isDictionary(instance):
                            Entries.Add((add.Arguments[0].Value, add.Arguments[1].Value));
                            break;
                        case IInvocationOperation { TargetMethod.Name: "Remove" or "Clear", Instance: { } instance } when isDictionary(instance):
                            HasUnknown = true;
                            break;
                    }
                }
            }
        }
    }
}
