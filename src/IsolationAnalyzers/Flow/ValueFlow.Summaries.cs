using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using IsolationAnalyzers.Candidates;
using IsolationAnalyzers.Launches;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace IsolationAnalyzers.Flow
{
    /// <summary>The launch templates of helper methods (rules.md §1.2 point 2), computed once per method and cached.</summary>
    internal sealed partial class ValueFlow
    {
        private readonly ConcurrentDictionary<IMethodSymbol, MethodSummary> summaries = new ConcurrentDictionary<IMethodSymbol, MethodSummary>(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<(IMethodSymbol, int), bool> reaches = new ConcurrentDictionary<(IMethodSymbol, int), bool>();
        private readonly ConcurrentDictionary<IOperation, int?> windowsCallers = new ConcurrentDictionary<IOperation, int?>();
        private Func<Recognizers>? recognizers;
        private FlowWords? words;
        private Dictionary<string, List<SyntaxTree>>? filesByWord;

        /// <summary>The recognizers templates are found with (set by the driver, which resolves them lazily).</summary>
        public void UseRecognizers(Func<Recognizers> create) => recognizers = create;

        /// <summary>Hands over the flow words the driver already computed for this compilation, so they are not looked up twice.</summary>
        public void UseWords(FlowWords known) => Interlocked.CompareExchange(ref words, known, null);

        /// <summary>The compilation's flow words (computed once, or reused from the project's last compilation).</summary>
        public FlowWords Words(CancellationToken cancellationToken)
        {
            var current = Volatile.Read(ref words);
            if (current is null)
            {
                current = FlowWords.For(Compilation, cancellationToken);
                Volatile.Write(ref words, current);
            }

            return current;
        }

        /// <summary>
        /// True for a call target value flow follows (rules.md §1.2 point 2): a method, local function or constructor
        /// declared in this compilation that the call must reach — static, private, sealed or not virtual; never an
        /// abstract, virtual or interface member, which other code may implement.
        /// </summary>
        public bool IsFollowable(IMethodSymbol method)
        {
            method = method.OriginalDefinition;
            if (method.DeclaringSyntaxReferences.IsEmpty || !Compilation.ContainsSyntaxTree(method.DeclaringSyntaxReferences[0].SyntaxTree))
            {
                return false;
            }

            switch (method.MethodKind)
            {
                case MethodKind.Constructor:
                case MethodKind.LocalFunction:
                    return true;
                case MethodKind.Ordinary:
                    if (method.IsStatic)
                    {
                        return true;
                    }

                    if (method.IsAbstract || method.IsExtern || method.ContainingType.TypeKind == TypeKind.Interface)
                    {
                        return false;
                    }

                    return !(method.IsVirtual || method.IsOverride) || method.IsSealed || method.ContainingType.IsSealed;
                default:
                    return false;
            }
        }

        /// <summary>
        /// True when some launch is reached from the method within <paramref name="depth"/> calls: its own templates, or
        /// (depth &gt; 1) a call it makes to a method that reaches one within depth − 1.
        /// </summary>
        public bool Reaches(IMethodSymbol method, int depth, CancellationToken cancellationToken)
        {
            method = method.OriginalDefinition;
            if (depth <= 0)
            {
                return false;
            }

            if (reaches.TryGetValue((method, depth), out var known))
            {
                return known;
            }

            // No mark while computed: every nested call asks at a smaller depth, so recursion ends at depth 0, and a mark
            // in this shared cache would tell another thread analyzing another file, at that moment, that the method
            // reaches no launch (under concurrent execution a call-site finding went missing in one pass out of four).
            var summary = SummaryOf(method, cancellationToken);
            var result = !summary.Templates.IsEmpty;
            if (!result && depth > 1)
            {
                foreach (var call in summary.Calls)
                {
                    if (Reaches(call.Target, depth - 1, cancellationToken))
                    {
                        result = true;
                        break;
                    }
                }
            }

            reaches[(method, depth)] = result;
            return result;
        }

        /// <summary>The method's templates and helper calls; empty for a method that is not followable or holds neither.</summary>
        public MethodSummary SummaryOf(IMethodSymbol method, CancellationToken cancellationToken)
        {
            method = method.OriginalDefinition;
            if (summaries.TryGetValue(method, out var found))
            {
                return found;
            }

            return summaries.GetOrAdd(method, Summarize(method, cancellationToken));
        }

        private MethodSummary Summarize(IMethodSymbol method, CancellationToken cancellationToken)
        {
            if (recognizers is null || !IsFollowable(method) || !Words(cancellationToken).Contains(CallName(method)))
            {
                return MethodSummary.Empty;
            }

            var recognize = recognizers();
            var flowWords = Words(cancellationToken);
            var templates = ImmutableArray.CreateBuilder<LaunchTemplate>();
            var calls = ImmutableArray.CreateBuilder<ForwardCall>();
            var standalone = FlowContext.Standalone(this, cancellationToken);
            foreach (var (root, owner) in Bodies(method, cancellationToken))
            {
                foreach (var operation in root.DescendantsAndSelf())
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var launch = recognize.Recognize(operation, standalone);
                    if (launch is not null || recognize.IsPotentialAnchor(operation))
                    {
                        templates.Add(new LaunchTemplate(operation, launch, owner));
                    }

                    if (method.MethodKind != MethodKind.Constructor
                        && CallOf(operation) is { } call
                        && flowWords.Contains(CallName(call.Target))
                        && PassesValues(call.Arguments)
                        && IsFollowable(call.Target))
                    {
                        calls.Add(call);
                    }
                }
            }

            return templates.Count == 0 && calls.Count == 0 ? MethodSummary.Empty : new MethodSummary(templates.ToImmutable(), calls.ToImmutable());
        }

        /// <summary>
        /// The files in which <paramref name="name"/>, a flow word, stands as an identifier. The index is built once per
        /// compilation, so finding the calls of each of many helpers does not read every file again for each.
        /// </summary>
        private IReadOnlyList<SyntaxTree> FilesNaming(string name, FlowWords flowWords, CancellationToken cancellationToken)
        {
            var index = Volatile.Read(ref filesByWord);
            if (index is null)
            {
                index = new Dictionary<string, List<SyntaxTree>>(StringComparer.Ordinal);
                foreach (var tree in Compilation.SyntaxTrees)
                {
                    var scan = TreeScan.For(tree);
                    var positions = scan.FlowWordPositions(flowWords, cancellationToken);
                    if (positions.Length == 0)
                    {
                        continue;
                    }

                    var text = scan.Text(cancellationToken);
                    foreach (var position in positions)
                    {
                        var word = text.Substring(position, IdentifierSearch.IdentifierEnd(text, position) - position);
                        if (!index.TryGetValue(word, out var files))
                        {
                            index[word] = files = new List<SyntaxTree>();
                        }

                        if (files.Count == 0 || files[files.Count - 1] != tree)
                        {
                            files.Add(tree);
                        }
                    }
                }

                index = Interlocked.CompareExchange(ref filesByWord, index, null) ?? index;
            }

            return index.TryGetValue(name, out var found) ? found : (IReadOnlyList<SyntaxTree>)Array.Empty<SyntaxTree>();
        }

        /// <summary>
        /// Each place in this compilation where a method of this name is called (the method's original definition and
        /// the call) or referenced otherwise (a method group or a delegate: no call), file by file in the compilation's
        /// order; each file is bound only when the enumeration reaches it.
        /// </summary>
        private IEnumerable<(IMethodSymbol Target, ForwardCall? Call)> References(string name, CancellationToken cancellationToken)
        {
            // A flow word's files and places are already known (indexed once per compilation from what TreeScan caches per
            // file); another name is searched in every file.
            var flowWords = Words(cancellationToken);
            var search = flowWords.Contains(name) ? null : IdentifierSearch.For(new[] { name });
            foreach (var tree in search is null ? FilesNaming(name, flowWords, cancellationToken) : Compilation.SyntaxTrees)
            {
                var scan = TreeScan.For(tree);
                var positions = search is null ? scan.FlowWordPositions(flowWords, cancellationToken) : search.FindIn(scan.Text(cancellationToken));
                if (positions.Length == 0 || Model(tree) is not { } model)
                {
                    continue;
                }

                var cursor = new TokenCursor(tree.GetRoot(cancellationToken));
                var text = search is null ? scan.Text(cancellationToken) : null;
                foreach (var position in positions)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (text is not null && !IdentifierSearch.IsAt(text, position, name))
                    {
                        continue;
                    }

                    var token = cursor.Find(position);
                    if (token.Parent is not { } node || token.ValueText != name)
                    {
                        continue;
                    }

                    // A constructor is called with `new T(…)`: the name binds to the type; the creation binds to the constructor.
                    var call = node.FirstAncestorOrSelf<SyntaxNode>(n => n is InvocationExpressionSyntax or BaseObjectCreationExpressionSyntax);
                    var operation = call is null ? null : SafeOperations.Of(model, call, cancellationToken);
                    if (operation is not null && CallOf(operation) is { } made && CallName(made.Target) == name)
                    {
                        yield return (made.Target.OriginalDefinition, made);
                        continue;
                    }

                    if (model.GetSymbolInfo(node, cancellationToken).Symbol is IMethodSymbol referenced && !IsDeclaration(node, referenced))
                    {
                        // Referenced, but not called: a method group or a delegate.
                        yield return (referenced.OriginalDefinition, null);
                    }
                }
            }
        }

        private static bool IsDeclaration(SyntaxNode node, IMethodSymbol method)
        {
            foreach (var reference in method.DeclaringSyntaxReferences)
            {
                if (reference.SyntaxTree == node.SyntaxTree && reference.Span.Contains(node.Span))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// The number of calls of <paramref name="method"/> when every one of them instantiates the launch at
        /// <paramref name="anchor"/> with a Windows image (then the helper itself may be edited for all of them), else null.
        /// </summary>
        public int? CallsThatAllStartWindows(IMethodSymbol method, IOperation anchor, Func<ForwardCall, bool> startsWindows, CancellationToken cancellationToken)
        {
            if (windowsCallers.TryGetValue(anchor, out var known))
            {
                return known;
            }

            // File by file, stopping at the first call that starts no Windows image or the first use that is no call
            // (the answer is then null whatever the other files hold): most helpers' calls are not all Windows, and a
            // file is bound only when reached.
            method = method.OriginalDefinition;
            var count = 0;
            foreach (var (target, made) in References(CallName(method), cancellationToken))
            {
                if (!SymbolEqualityComparer.Default.Equals(target, method))
                {
                    continue;
                }

                if (made is not { } call || !startsWindows(call))
                {
                    count = 0;
                    break;
                }

                count++;
            }

            int? result = count == 0 ? null : count;
            return windowsCallers.GetOrAdd(anchor, result);
        }

        /// <summary>The call an operation makes (an invocation or an object creation with a constructor), if any.</summary>
        public static ForwardCall? CallOf(IOperation operation) => operation switch
        {
            IInvocationOperation invocation => new ForwardCall(invocation, invocation.TargetMethod, invocation.Arguments),
            IObjectCreationOperation { Constructor: { } constructor } creation => new ForwardCall(creation, constructor, creation.Arguments),
            _ => null,
        };

        /// <summary>The name a call site writes: a constructor's type name, else the method's name.</summary>
        public static string CallName(IMethodSymbol method) =>
            method.MethodKind == MethodKind.Constructor ? method.ContainingType.Name : method.Name;

        /// <summary>True when some argument is not a constant (a constant-only call binds nothing a middle method passes on).</summary>
        private static bool PassesValues(ImmutableArray<IArgumentOperation> arguments)
        {
            foreach (var argument in arguments)
            {
                if (!argument.Value.ConstantValue.HasValue)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// The operation trees a call of the method runs: the method's (or local function's) body; for a constructor, every
        /// member of its type that holds a launch word (a launch there may read what the constructor stores in fields).
        /// </summary>
        private IEnumerable<(IOperation Root, ISymbol? Owner)> Bodies(IMethodSymbol method, CancellationToken cancellationToken)
        {
            if (method.MethodKind == MethodKind.Constructor)
            {
                foreach (var reference in method.ContainingType.DeclaringSyntaxReferences)
                {
                    if (reference.GetSyntax(cancellationToken) is not TypeDeclarationSyntax type || Model(type.SyntaxTree) is not { } model)
                    {
                        continue;
                    }

                    var positions = TreeScan.For(type.SyntaxTree).LaunchWordPositions(ReferencedLibraries.AnyContainerLibrary(Compilation), cancellationToken);
                    var root = type.SyntaxTree.GetRoot(cancellationToken);
                    foreach (var declaration in CandidateMembers.At(root, positions, type.Span, cancellationToken))
                    {
                        if (declaration.FirstAncestorOrSelf<TypeDeclarationSyntax>() != type)
                        {
                            continue;
                        }

                        var member = CandidateMembers.Resolve(declaration, model, cancellationToken);
                        foreach (var body in member.Roots)
                        {
                            yield return (body, member.Owner);
                        }
                    }
                }

                yield break;
            }

            var definition = method.PartialImplementationPart ?? method;
            foreach (var reference in definition.DeclaringSyntaxReferences)
            {
                var syntax = reference.GetSyntax(cancellationToken);
                if (Model(syntax.SyntaxTree) is not { } model)
                {
                    continue;
                }

                if (syntax is LocalFunctionStatementSyntax local)
                {
                    if (SafeOperations.Of(model, local, cancellationToken) is ILocalFunctionOperation function && (function.Body ?? function.IgnoredBody) is { } body)
                    {
                        yield return (body, method);
                    }

                    continue;
                }

                var member = CandidateMembers.Resolve(syntax, model, cancellationToken);
                foreach (var body in member.Roots)
                {
                    yield return (body, member.Owner);
                }
            }
        }
    }
}
