using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace IsolationAnalyzers.Candidates
{
    /// <summary>
    /// The names a call site needs for value flow to reach a launch from it (rules.md §1.2 point 2): helpers that hold a
    /// launch and take parameters, types whose constructors take them, constants naming the docker executable, and the
    /// methods that call those helpers with their own parameters, up to 3 calls deep. Computed from syntax alone (a
    /// superset: the semantic layer decides what a name really binds), so that a file that names none of them is
    /// rejected by a text search, like a file without launch words.
    /// <para>
    /// The set depends on every file of the compilation, yet the IDE makes a new compilation per keystroke: the last set
    /// of each project is kept with the trees it came from, and reused when only files that neither declare nor call such
    /// names changed.
    /// </para>
    /// </summary>
    internal sealed class FlowWords
    {
        /// <summary>Calls chain up to this many methods deep (caller → helper → helper → launch).</summary>
        internal const int MaxCallDepth = 3;

        // A project keeps its last set; more projects than this in one host is unusual (the oldest is dropped).
        private const int MaxProjects = 64;

        private static readonly Dictionary<string, Entry> LastByProject = new Dictionary<string, Entry>(StringComparer.Ordinal);

        private static long computed;

        public static readonly FlowWords Empty = new FlowWords(ImmutableArray<string>.Empty, ImmutableArray<IdentifierSearch>.Empty, Array.Empty<string>());

        private readonly HashSet<string> set;

        private FlowWords(ImmutableArray<string> names, ImmutableArray<IdentifierSearch> levels, IReadOnlyList<string> rest)
        {
            Names = names;
            set = new HashSet<string>(names, StringComparer.Ordinal);
            Levels = levels;
            Rest = IdentifierSearch.For(rest);
        }

        /// <summary>
        /// The searches each level made in every file (<see cref="TreeScan.CallersOf"/> keeps what they found per file);
        /// their names are disjoint. With <see cref="Rest"/> they cover every name.
        /// </summary>
        public ImmutableArray<IdentifierSearch> Levels { get; }

        /// <summary>The search for the names no level searched (the callers the last level found).</summary>
        public IdentifierSearch Rest { get; }

        /// <summary>The names, sorted.</summary>
        public ImmutableArray<string> Names { get; }

        public bool IsEmpty => Names.IsEmpty;

        /// <summary>How many sets were computed from all files (not reused); the cheap-path tests read it.</summary>
        internal static long Computed => Interlocked.Read(ref computed);

        public bool Contains(string name) => set.Contains(name);

        /// <summary>The flow words of a compilation: reused from the project's last compilation when its changes cannot matter.</summary>
        public static FlowWords For(Compilation compilation, CancellationToken cancellationToken)
        {
            var trees = new List<SyntaxTree>(compilation.SyntaxTrees);
            var key = compilation.AssemblyName ?? string.Empty;
            var libraries = Launches.ReferencedLibraries.AnyContainerLibrary(compilation);
            Entry? last;
            lock (LastByProject)
            {
                LastByProject.TryGetValue(key, out last);
            }

            if (last is not null && last.Libraries == libraries && last.CanServe(trees, cancellationToken))
            {
                lock (LastByProject)
                {
                    LastByProject[key] = new Entry(trees.ToArray(), libraries, last.Words);
                }

                return last.Words;
            }

            // A set computed again often comes out as the last one (an edit inside a launch file): then the last one's
            // searches and the set itself are reused, so what TreeScan keeps per unchanged file for them still holds.
            var words = Compute(trees, libraries, last is not null && last.Libraries == libraries ? last.Words : null, cancellationToken);
            lock (LastByProject)
            {
                if (LastByProject.Count >= MaxProjects && !LastByProject.ContainsKey(key))
                {
                    LastByProject.Clear();
                }

                LastByProject[key] = new Entry(trees.ToArray(), libraries, words);
            }

            return words;
        }

        private static FlowWords Compute(List<SyntaxTree> trees, bool libraries, FlowWords? previous, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref computed);
            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (var tree in trees)
            {
                names.UnionWith(TreeScan.For(tree).DeclaredFlowNames(libraries, cancellationToken));
            }

            var frontier = new List<string>(names);
            var levels = ImmutableArray.CreateBuilder<IdentifierSearch>();
            for (var level = 2; level <= MaxCallDepth && frontier.Count > 0; level++)
            {
                var next = new List<string>();
                var index = levels.Count;
                var search = previous is not null && index < previous.Levels.Length && previous.Levels[index].SearchesFor(frontier)
                    ? previous.Levels[index]
                    : IdentifierSearch.For(frontier);
                levels.Add(search);
                foreach (var tree in trees)
                {
                    foreach (var caller in TreeScan.For(tree).CallersOf(search, cancellationToken))
                    {
                        if (names.Add(caller))
                        {
                            next.Add(caller);
                        }
                    }
                }

                frontier = next;
            }

            if (names.Count == 0)
            {
                return Empty;
            }

            if (previous is not null && previous.Same(levels, frontier))
            {
                return previous;
            }

            var sorted = new List<string>(names);
            sorted.Sort(StringComparer.Ordinal);

            return new FlowWords(sorted.ToImmutableArray(), levels.ToImmutable(), frontier);
        }

        /// <summary>
        /// True when a set made of these parts would equal this one: the same level searches and rest. The names are then
        /// the same too, being the names of the levels and the rest.
        /// </summary>
        private bool Same(ImmutableArray<IdentifierSearch>.Builder levels, List<string> rest)
        {
            if (levels.Count != Levels.Length || !Rest.SearchesFor(rest))
            {
                return false;
            }

            for (var i = 0; i < levels.Count; i++)
            {
                if (!ReferenceEquals(levels[i], Levels[i]))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The set of one compilation of a project, with that compilation's trees.</summary>
        private sealed class Entry
        {
            // Changed files a reuse checks one by one; past this, the set is computed again.
            private const int MaxChangedTrees = 8;

            public Entry(SyntaxTree[] trees, bool libraries, FlowWords words)
            {
                Trees = trees;
                Libraries = libraries;
                Words = words;
            }

            public SyntaxTree[] Trees { get; }

            /// <summary>Whether the compilation referenced a container library (which launch words counted).</summary>
            public bool Libraries { get; }

            public FlowWords Words { get; }

            /// <summary>
            /// True when the new compilation differs only in files that, before and after the change, declare no flow
            /// name and call none from a method with parameters: then no name can have appeared or gone.
            /// </summary>
            public bool CanServe(List<SyntaxTree> trees, CancellationToken cancellationToken)
            {
                if (trees.Count != Trees.Length)
                {
                    return false;
                }

                var changed = 0;
                for (var i = 0; i < trees.Count; i++)
                {
                    if (ReferenceEquals(trees[i], Trees[i]))
                    {
                        continue;
                    }

                    if (++changed > MaxChangedTrees || !Neutral(Trees[i], cancellationToken) || !Neutral(trees[i], cancellationToken))
                    {
                        return false;
                    }
                }

                return true;
            }

            private bool Neutral(SyntaxTree tree, CancellationToken cancellationToken)
            {
                var scan = TreeScan.For(tree);
                return scan.DeclaredFlowNames(Libraries, cancellationToken).Length == 0
                    && (Words.IsEmpty || scan.CallsNoFlowWord(Words, cancellationToken));
            }
        }

        /// <summary>
        /// The names a declaration with a launch word gives call sites (syntax only): each enclosing method, local
        /// function, constructor or accessor that takes parameters (constructors by their type's name), the type when one
        /// of its constructors takes parameters (a constructor may store them in fields a launch reads), and a field or
        /// property whose initializer is a string naming the docker executable.
        /// </summary>
        /// <param name="text">The text of the node's tree (<see cref="TreeScan.Text"/>).</param>
        internal static void AddDeclaredNames(SyntaxNode node, string text, HashSet<string> names, Dictionary<SyntaxNode, HashSet<string>?> constructorStores, HashSet<SyntaxNode> membersChecked)
        {
            SyntaxNode? member = null;
            for (var current = node; current is not null; current = current.Parent)
            {
                switch (current)
                {
                    case LocalFunctionStatementSyntax local when local.ParameterList.Parameters.Count > 0:
                        names.Add(local.Identifier.ValueText);
                        break;
                    case MethodDeclarationSyntax method when method.ParameterList.Parameters.Count > 0:
                        names.Add(method.Identifier.ValueText);
                        break;
                    case ConstructorDeclarationSyntax constructor when constructor.ParameterList.Parameters.Count > 0:
                        names.Add(constructor.Identifier.ValueText);
                        break;
                    case TypeDeclarationSyntax type:
                        // `new Runner("…")` reaches this launch when a constructor stores a value the launch reads.
                        if (!names.Contains(type.Identifier.ValueText) && member is not null && membersChecked.Add(member) && ReadsConstructorValue(type, member, text, constructorStores))
                        {
                            names.Add(type.Identifier.ValueText);
                        }

                        return;
                }

                if (current.Parent is TypeDeclarationSyntax)
                {
                    member = current;
                }
            }
        }

        /// <summary>
        /// True when a call of a constructor can give the member a value: the type has a primary constructor with
        /// parameters, a constructor passes arguments to another one, or the member mentions a field or property a
        /// constructor with parameters assigns (rules.md §1.2 point 2). A service whose constructor stores a logger
        /// its launches never read is not a word. The member's text is searched for those names (in a comment or a
        /// string too: a superset, as every flow word is), not its tokens enumerated.
        /// </summary>
        private static bool ReadsConstructorValue(TypeDeclarationSyntax type, SyntaxNode member, string text, Dictionary<SyntaxNode, HashSet<string>?> constructorStores)
        {
            if (type.ParameterList is { Parameters.Count: > 0 })
            {
                return true;
            }

            if (!constructorStores.TryGetValue(type, out var stored))
            {
                constructorStores[type] = stored = ConstructorStores(type, text);
            }

            if (stored is null)
            {
                // A constructor passes its arguments on (`: base(…)`): what they reach is not visible here.
                return true;
            }

            if (stored.Count == 0)
            {
                return false;
            }

            return IdentifierSearch.MayName(member, text, 0, stored);
        }

        /// <summary>
        /// The names constructors with parameters assign (<c>image = …</c>, <c>this.Image = …</c>); null when one passes
        /// arguments on. Read from the bodies' text (every word before a lone <c>=</c>: a superset, as a member access
        /// <c>a.b = …</c> gives <c>b</c> too); a body with a backslash (where a Unicode escape may spell a name) has its
        /// assignments read from the syntax.
        /// </summary>
        private static HashSet<string>? ConstructorStores(TypeDeclarationSyntax type, string text)
        {
            var stored = new HashSet<string>(StringComparer.Ordinal);
            foreach (var member in type.Members)
            {
                if (member is not ConstructorDeclarationSyntax { ParameterList.Parameters.Count: > 0 } constructor
                    || constructor.Modifiers.Any(Microsoft.CodeAnalysis.CSharp.SyntaxKind.StaticKeyword))
                {
                    continue;
                }

                if (constructor.Initializer is { ArgumentList.Arguments.Count: > 0 })
                {
                    return null;
                }

                SyntaxNode? body = (SyntaxNode?)constructor.Body ?? constructor.ExpressionBody;
                if (body is null)
                {
                    continue;
                }

                var span = body.Span;
                if (span.End <= text.Length && text.IndexOf('\\', span.Start, span.Length) < 0)
                {
                    AddAssignedWords(text, span.Start, span.End, stored);
                    continue;
                }

                foreach (var node in body.DescendantNodes())
                {
                    if (node is AssignmentExpressionSyntax { Left: var left } && node.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.SimpleAssignmentExpression))
                    {
                        switch (left)
                        {
                            case IdentifierNameSyntax identifier:
                                stored.Add(identifier.Identifier.ValueText);
                                break;
                            case MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax } access:
                                stored.Add(access.Name.Identifier.ValueText);
                                break;
                        }
                    }
                }
            }

            return stored;
        }

        /// <summary>
        /// Adds the word before each lone <c>=</c> between <paramref name="start"/> and <paramref name="end"/>: not of
        /// <c>==</c>, <c>=&gt;</c>, nor a compound or comparison operator (<c>+=</c>, <c>&lt;=</c>, <c>!=</c>, <c>??=</c> …).
        /// </summary>
        private static void AddAssignedWords(string text, int start, int end, HashSet<string> words)
        {
            for (var at = text.IndexOf('=', start, end - start); at >= 0; at = at + 1 < end ? text.IndexOf('=', at + 1, end - at - 1) : -1)
            {
                var next = at + 1 < text.Length ? text[at + 1] : '\0';
                if (next == '=' || next == '>')
                {
                    // `==` or `=>`: the next character belongs to this operator.
                    at++;
                    continue;
                }

                if (at > start && "=!<>+-*/%&|^?".IndexOf(text[at - 1]) >= 0)
                {
                    continue;
                }

                var wordEnd = at;
                while (wordEnd > start && char.IsWhiteSpace(text[wordEnd - 1]))
                {
                    wordEnd--;
                }

                var wordStart = wordEnd;
                while (wordStart > start && (char.IsLetterOrDigit(text[wordStart - 1]) || text[wordStart - 1] == '_'))
                {
                    wordStart--;
                }

                if (wordEnd > wordStart && (char.IsLetter(text[wordStart]) || text[wordStart] == '_'))
                {
                    words.Add(text.Substring(wordStart, wordEnd - wordStart));
                }
            }
        }

        /// <summary>The names of the methods with parameters (and local functions, constructors) enclosing a position.</summary>
        internal static void AddCallerNames(SyntaxNode node, HashSet<string> names)
        {
            for (var current = node; current is not null; current = current.Parent)
            {
                switch (current)
                {
                    case LocalFunctionStatementSyntax local when local.ParameterList.Parameters.Count > 0:
                        names.Add(local.Identifier.ValueText);
                        break;
                    case MethodDeclarationSyntax method when method.ParameterList.Parameters.Count > 0:
                        names.Add(method.Identifier.ValueText);
                        return;
                    case ConstructorDeclarationSyntax constructor when constructor.ParameterList.Parameters.Count > 0:
                        names.Add(constructor.Identifier.ValueText);
                        return;
                    case BaseMethodDeclarationSyntax:
                    case BasePropertyDeclarationSyntax:
                    case BaseTypeDeclarationSyntax:
                        return;
                }
            }
        }
    }
}
