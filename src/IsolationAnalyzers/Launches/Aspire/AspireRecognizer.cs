using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using IsolationAnalyzers.Knowledge.Cli;
using IsolationAnalyzers.Launches.Cli;
using IsolationAnalyzers.Flow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace IsolationAnalyzers.Launches.Aspire
{
    /// <summary>
    /// .NET Aspire app models (rules.md §1.1, Aspire bullet): <c>builder.AddContainer(name, image[, tag])</c> followed
    /// along the resource-builder chain — <c>WithImage</c>, <c>WithImageTag</c>, <c>WithImageRegistry</c>,
    /// <c>WithImageSHA256</c> and <c>WithContainerRuntimeArgs</c> (or <c>WithContainerRunArgs</c>, its name before 8.0).
    /// Aspire's builders are mutable, so one resource is every chain on one local in a body: its initializer, its
    /// reassignments (<c>c = c.With…()</c>) and the statements that call on it (<c>c.With…();</c>). The resource gives
    /// one launch, recognized at the last of those chains. Runtime arguments are parsed with the <c>docker create</c>
    /// option table and mapped back to source by the CLI surface's own code. Decides nothing.
    /// </summary>
    internal static class AspireRecognizer
    {
        internal const string AddContainerMethod = "AddContainer";
        internal const string RuntimeArgsMethod = "WithContainerRuntimeArgs";

        /// <summary>The runtime-arguments method before Aspire 8.0 renamed it.</summary>
        internal const string OldRuntimeArgsMethod = "WithContainerRunArgs";

        private const string WithImageMethod = "WithImage";
        private const string WithImageTagMethod = "WithImageTag";
        private const string WithImageRegistryMethod = "WithImageRegistry";
        private const string WithImageDigestMethod = "WithImageSHA256";

        // Locals holding one resource: more than this in one body is not an app model written by hand.
        private const int MaxLocals = 16;

        public static ContainerLaunch? FromInvocation(IInvocationOperation invocation, AspireSymbols symbols, FlowContext context)
        {
            if (!symbols.IsContainerBuilder(invocation.Type) || IsReceiverOfBuilderCall(invocation, symbols))
            {
                return null;
            }

            var root = OperationSearch.Root(invocation);
            var resource = new Resource(symbols, root, AspireBodyIndex.For(root, symbols, context), context);
            resource.AddChain(invocation);
            return resource.IsAnchor(invocation) ? Recognize(invocation, resource, symbols, context) : null;
        }

        /// <summary>The builder a builder call is made on (<c>x</c> of <c>x.With…()</c>), or null for a chain's first call.</summary>
        internal static IOperation? Receiver(IInvocationOperation invocation, AspireSymbols symbols)
        {
            var receiver = invocation.Instance;
            if (receiver is null && invocation.TargetMethod.IsExtensionMethod)
            {
                foreach (var argument in invocation.Arguments)
                {
                    if (argument.Parameter?.Ordinal == 0)
                    {
                        receiver = argument.Value;
                    }
                }
            }

            return receiver is not null && symbols.IsContainerBuilder(receiver.Type) ? OperationSearch.WithoutConversions(receiver) : null;
        }

        /// <summary>The builder call made on this operation's value, if any (it is then inside a longer chain).</summary>
        internal static IInvocationOperation? CallOn(IOperation operation, AspireSymbols symbols)
        {
            var parent = OperationSearch.ValueParent(operation);
            if (parent is IArgumentOperation { Parent: IInvocationOperation extension } && extension.TargetMethod.IsExtensionMethod)
            {
                parent = extension;
            }

            return parent is IInvocationOperation invocation && symbols.IsContainerBuilder(invocation.Type) && Receiver(invocation, symbols) == operation
                ? invocation
                : null;
        }

        private static bool IsReceiverOfBuilderCall(IOperation operation, AspireSymbols symbols) => CallOn(operation, symbols) is not null;

        private static ContainerLaunch? Recognize(IInvocationOperation anchor, Resource resource, AspireSymbols symbols, FlowContext context)
        {
            var elements = resource.Elements;
            elements.Sort((a, b) => a.Syntax.Span.End.CompareTo(b.Syntax.Span.End));

            var image = new AspireImage();
            var reader = new CommandLineReader(context);
            var arguments = new AspireRuntimeArguments(reader, symbols);
            IInvocationOperation? addContainer = null;
            foreach (var element in elements)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                if (!symbols.IsExtension(element.TargetMethod))
                {
                    continue;
                }

                switch (element.TargetMethod.Name)
                {
                    case AddContainerMethod when Argument(element, "image") is { } imageArgument:
                        addContainer = element;
                        image.SetImage(imageArgument, Argument(element, "tag"));
                        image.SetRegistry(null);
                        break;
                    case WithImageMethod when Argument(element, "image") is { } imageArgument:
                        image.SetImage(imageArgument, Argument(element, "tag"));
                        break;
                    case WithImageTagMethod when Argument(element, "tag") is { } tag:
                        image.SetTag(tag);
                        break;
                    case WithImageRegistryMethod when Argument(element, "registry") is { } registry:
                        image.SetRegistry(registry);
                        break;
                    case WithImageDigestMethod when Argument(element, "sha256") is { } digest:
                        image.SetDigest(digest);
                        break;
                    case RuntimeArgsMethod:
                    case OldRuntimeArgsMethod:
                        arguments.Add(element);
                        break;
                }
            }

            var hasImage = image.Argument is not null;
            var creation = image.Argument?.Syntax.GetLocation() ?? anchor.Syntax.GetLocation();
            var tokens = arguments.Source.Tokenize();
            var command = DockerCommand.ParseOptionsOnly(tokens, DockerSubcommand.Create);
            var values = command is null
                ? new CommandOptionValues()
                : DockerCliRecognizer.ReadOptions(arguments.Source, tokens, command.Options, creation, option => arguments.Removal(tokens, option));

            var isolation = new List<LaunchValue>(values.Isolation);
            if (!hasImage && isolation.Count == 0 && values.Memory.Count == 0 && values.Settings.Count == 0)
            {
                // A builder from elsewhere (AddRedis, a parameter) without an image or a setting of its own here.
                return null;
            }

            // "--help" stops the command; an unknown token may be any option; a builder from elsewhere may carry any.
            var unknownIsolation = command is null || command.UnknownBeforeImage || resource.UnknownRoots.Count > 0;
            if (unknownIsolation)
            {
                isolation.Add(LaunchValue.Unknown(creation));
            }

            LaunchEdit edit;
            if (values.IsolationOptions == 1 && values.OnlyIsolation is { } single)
            {
                edit = single.Edit;
            }
            else if (values.IsolationOptions > 0 || unknownIsolation || addContainer is null)
            {
                edit = LaunchEdit.None;
            }
            else
            {
                edit = arguments.LastInsertion.Kind != LaunchEditKind.None
                    ? arguments.LastInsertion
                    : AspireRuntimeArguments.ChainInsertion(resource.ChainOf(addContainer), symbols);
            }

            return new ContainerLaunch(
                LaunchSurface.Aspire,
                creation,
                hasImage,
                image.Values(context),
                values.Platforms.ToImmutableArray(),
                isolation.ToImmutableArray(),
                edit)
            {
                Memory = values.Memory.ToImmutableArray(),
                Settings = values.Settings.ToImmutableArray(),
            };
        }

        /// <summary>The argument given for the named string parameter; null when it is absent or left to its default.</summary>
        private static IOperation? Argument(IInvocationOperation invocation, string parameterName)
        {
            foreach (var argument in invocation.Arguments)
            {
                if (argument.Parameter is { Name: var name, Type.SpecialType: SpecialType.System_String }
                    && name == parameterName
                    && argument.ArgumentKind != ArgumentKind.DefaultValue)
                {
                    return argument.Value;
                }
            }

            return null;
        }

        /// <summary>
        /// The calls on one container resource in one body: every chain that starts from, or is stored in, one of the
        /// locals that hold it.
        /// </summary>
        private sealed class Resource
        {
            private readonly AspireSymbols symbols;
            private readonly AspireBodyIndex index;
            private readonly FlowContext context;
            private readonly HashSet<ILocalSymbol> locals = new HashSet<ILocalSymbol>(SymbolEqualityComparer.Default);
            private readonly HashSet<SyntaxNode> chainSyntax = new HashSet<SyntaxNode>();
            private readonly List<IInvocationOperation> chains = new List<IInvocationOperation>();
            private readonly Dictionary<IInvocationOperation, IInvocationOperation> chainOfRoot = new Dictionary<IInvocationOperation, IInvocationOperation>();

            public Resource(AspireSymbols symbols, IOperation root, AspireBodyIndex index, FlowContext context)
            {
                this.symbols = symbols;
                this.index = index;
                this.context = context;
                Root = root;
            }

            public IOperation Root { get; }

            /// <summary>The builder calls of every chain, in no particular order.</summary>
            public List<IInvocationOperation> Elements { get; } = new List<IInvocationOperation>();

            /// <summary>Where a builder comes from code this recognizer cannot see (a parameter, a field, AddRedis).</summary>
            public List<Location> UnknownRoots { get; } = new List<Location>();

            /// <summary>The last chain in source order is the one the resource is recognized at.</summary>
            public bool IsAnchor(IInvocationOperation chain)
            {
                var last = chains[0];
                foreach (var candidate in chains)
                {
                    if (candidate.Syntax.SpanStart > last.Syntax.SpanStart)
                    {
                        last = candidate;
                    }
                }

                return last.Syntax == chain.Syntax;
            }

            /// <summary>The outermost call of the chain a root call (<c>AddContainer</c>) starts.</summary>
            public IInvocationOperation ChainOf(IInvocationOperation root) => chainOfRoot.TryGetValue(root, out var chain) ? chain : root;

            /// <summary>Adds a chain by its outermost call, then the locals it starts from or is stored in.</summary>
            public void AddChain(IInvocationOperation top)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                if (!chainSyntax.Add(top.Syntax))
                {
                    return;
                }

                chains.Add(top);
                IOperation? current = top;
                while (current is IInvocationOperation invocation && symbols.IsContainerBuilder(invocation.Type))
                {
                    Elements.Add(invocation);
                    current = Receiver(invocation, symbols);
                    if (current is null)
                    {
                        // The chain's first call: AddContainer, or a builder made by code this recognizer cannot see.
                        if (invocation.TargetMethod.Name == AddContainerMethod && symbols.IsExtension(invocation.TargetMethod))
                        {
                            chainOfRoot[invocation] = top;
                        }
                        else
                        {
                            UnknownRoots.Add(invocation.Syntax.GetLocation());
                        }
                    }
                }

                if (current is ILocalReferenceOperation local)
                {
                    AddLocal(local.Local, local.Syntax.GetLocation());
                }
                else if (current is not null)
                {
                    // A parameter, a field, a property: it may carry any runtime arguments.
                    UnknownRoots.Add(current.Syntax.GetLocation());
                }

                if (OperationSearch.StoredLocal(top) is { } stored)
                {
                    AddLocal(stored, top.Syntax.GetLocation());
                }
            }

            private void AddLocal(ILocalSymbol local, Location use)
            {
                if (!symbols.IsContainerBuilder(local.Type) || !locals.Add(local))
                {
                    return;
                }

                if (locals.Count > MaxLocals)
                {
                    UnknownRoots.Add(use);
                    return;
                }

                var assigned = false;
                foreach (var value in index.ValuesAssignedTo(local))
                {
                    var stripped = OperationSearch.WithoutConversions(value);
                    if (stripped.ConstantValue is { HasValue: true, Value: null })
                    {
                        continue;
                    }

                    assigned = true;
                    if (stripped is IInvocationOperation invocation && symbols.IsContainerBuilder(invocation.Type))
                    {
                        AddChain(invocation);
                    }
                    else if (stripped is ILocalReferenceOperation alias)
                    {
                        AddLocal(alias.Local, alias.Syntax.GetLocation());
                    }
                    else
                    {
                        UnknownRoots.Add(value.Syntax.GetLocation());
                    }
                }

                if (!assigned)
                {
                    UnknownRoots.Add(use);
                }

                // Statements that call on the local: `c.WithContainerRuntimeArgs(…);` changes the resource c holds.
                foreach (var reference in index.BuilderCallsOn(local))
                {
                    if (CallOn(reference, symbols) is { } call)
                    {
                        AddChain(Outermost(call));
                    }
                }
            }

            private IInvocationOperation Outermost(IInvocationOperation call)
            {
                while (CallOn(call, symbols) is { } outer)
                {
                    call = outer;
                }

                return call;
            }
        }
    }
}
