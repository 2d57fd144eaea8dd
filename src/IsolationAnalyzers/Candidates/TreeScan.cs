using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace IsolationAnalyzers.Candidates
{
    /// <summary>
    /// The first, per-file test of the analyzer (performance.md, "The second budget"): where in a syntax tree's text the
    /// words that every container launch needs occur. It reads the text only (vectorised: one read for all launch words,
    /// <see cref="StartFilter"/>), never the syntax or semantics, and is cached per <see cref="SyntaxTree"/> instance, so a
    /// file the user did not edit costs nothing when the IDE builds the next compilation.
    /// </summary>
    internal sealed class TreeScan
    {
        /// <summary>
        /// Every launch of every surface names one of these in its own method: the docker executable or a docker
        /// command (<see cref="DockerWord"/>, any case), and, where the compilation references a container library, a
        /// Docker.DotNet model or property (<c>HostConfig</c>, <c>Isolation</c>, <c>CreateContainerParameters</c>,
        /// <c>ContainerSpec</c>, <c>Image</c>), a builder (<c>ContainerBuilder</c>, <c>WithImage</c>, <c>DockerImage</c>,
        /// Aspire's <c>AddContainer</c>) or a pod's <c>Containers</c>. Target-typed <c>new()</c> still leaves a property
        /// name such as <c>Image</c> or <c>HostConfig</c>. Values that make a launch recognizable from elsewhere (a
        /// docker executable in a constant of another class) are words of the compilation's flow index instead.
        /// </summary>
        internal const string DockerWord = "docker";

        /// <summary>The words of the library surfaces (<see cref="DockerWord"/>), searched only where a container library is referenced.</summary>
        internal static readonly string[] LibraryWords = { "Container", "Image", "Isolation", "HostConfig" };

        // The docker word (any case) and the library words, filtered by their first two characters in one read of a text;
        // null without vector hardware (then each word is searched on its own).
        private static readonly StartFilter? LaunchWordFilter = StartFilter.For(
            new[] { DockerWord }.Concat(LibraryWords).ToArray(),
            new[] { true }.Concat(LibraryWords.Select(_ => false)).ToArray());

        private static readonly ConditionalWeakTable<SyntaxTree, TreeScan> Cache = new ConditionalWeakTable<SyntaxTree, TreeScan>();

        private static readonly ConditionalWeakTable<SyntaxTree, TreeScan>.CreateValueCallback Create = tree => new TreeScan(tree);

        /// <summary>How many scans were computed (not served from the cache); the cheap-path tests read it.</summary>
        private static long computed;

        private readonly SyntaxTree tree;
        private int[]? dockerWordPositions;
        private int[]? allWordPositions;
        private ImmutableArray<string> declaredFlowNames;
        private ImmutableArray<string> declaredDockerFlowNames;
        private Tuple<FlowWords, int[]>? flowWordPositions;
        private Tuple<FlowWords, bool>? callsNoFlowWord;

        // Whether the text names the generated-code attribute: 0 not known yet, 1 yes, -1 no.
        private int namesGeneratedCode;

        // What each flow-word level's search found in this file (Found): a few entries per set of flow words.
        private KeyValuePair<IdentifierSearch, int[]>[]? levelPositions;

        // Past this many kept searches (sets of flow words of many compilations), the memo starts again.
        private const int MaxLevelPositions = 8;

        private TreeScan(SyntaxTree tree)
        {
            this.tree = tree;
        }

        internal static long Computed => Interlocked.Read(ref computed);

        public static TreeScan For(SyntaxTree tree) => Cache.GetValue(tree, Create);

        /// <summary>
        /// The tree's text as one string: the source string itself for texts read from a file or a string, a copy for
        /// texts the IDE assembled from edits (not kept: the tree already holds its text).
        /// </summary>
        public string Text(CancellationToken cancellationToken)
        {
            var source = tree.TryGetText(out var existing) ? existing : tree.GetText(cancellationToken);
            return source.ToString();
        }

        /// <summary>
        /// The sorted positions at which a launch word starts; empty for almost every file. Without a container library
        /// (<paramref name="libraries"/> false) only the docker word counts: one search of the text.
        /// </summary>
        public int[] LaunchWordPositions(bool libraries, CancellationToken cancellationToken)
        {
            var docker = Volatile.Read(ref dockerWordPositions);
            if (!libraries)
            {
                if (docker is null)
                {
                    docker = FindAll(Text(cancellationToken), DockerWord, StringComparison.OrdinalIgnoreCase);
                    Interlocked.Increment(ref computed);
                    Volatile.Write(ref dockerWordPositions, docker);
                }

                return docker;
            }

            var all = Volatile.Read(ref allWordPositions);
            if (all is null)
            {
                var text = Text(cancellationToken);
                if (docker is null)
                {
                    // The docker word and the library words in one read of the text.
                    Interlocked.Increment(ref computed);
                    if (LaunchWordFilter is { } filter)
                    {
                        all = FindLaunchWords(text, filter, out docker);
                    }
                    else
                    {
                        docker = FindAll(text, DockerWord, StringComparison.OrdinalIgnoreCase);
                        all = Merge(docker, FindAll(text, LibraryWords));
                    }

                    Volatile.Write(ref dockerWordPositions, docker);
                }
                else
                {
                    all = Merge(docker, FindAll(text, LibraryWords));
                }

                Volatile.Write(ref allWordPositions, all);
            }

            return all;
        }

        /// <summary>
        /// True when the file holds a <c>GeneratedCode</c> or <c>GeneratedCodeAttribute</c> token: the driver's first
        /// test before it looks for generated-code declarations (<see cref="Rules.GeneratedCode"/>). A text search
        /// finds the candidates; only the token there counts, not a comment or a string. Asked only of files we report in.
        /// A file that spells a letter as a Unicode escape anywhere has its tokens read instead.
        /// </summary>
        public bool NamesGeneratedCode(CancellationToken cancellationToken)
        {
            var known = Volatile.Read(ref namesGeneratedCode);
            if (known == 0)
            {
                known = -1;
                var text = Text(cancellationToken);
                var root = tree.GetRoot(cancellationToken);
                var name = Rules.GeneratedCode.AttributeName;
                for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + name.Length, StringComparison.Ordinal))
                {
                    var token = root.FindToken(at);
                    if (token.Span.Contains(at) && NamesTheAttribute(token))
                    {
                        known = 1;
                        break;
                    }
                }

                // An identifier may spell its letters as Unicode escapes (`\u0047eneratedCode`): only then are the
                // tokens read one by one, as the driver reads them.
                if (known < 0 && (text.IndexOf("\\u", StringComparison.Ordinal) >= 0 || text.IndexOf("\\U", StringComparison.Ordinal) >= 0))
                {
                    foreach (var token in root.DescendantTokens())
                    {
                        if (NamesTheAttribute(token))
                        {
                            known = 1;
                            break;
                        }
                    }
                }

                Volatile.Write(ref namesGeneratedCode, known);
            }

            return known > 0;

            static bool NamesTheAttribute(SyntaxToken token) =>
                token.ValueText == Rules.GeneratedCode.AttributeName || token.ValueText == Rules.GeneratedCode.AttributeName + "Attribute";
        }

        /// <summary>The flow names this file declares (<see cref="FlowWords.AddDeclaredNames"/>); empty without launch words.</summary>
        public ImmutableArray<string> DeclaredFlowNames(bool libraries, CancellationToken cancellationToken)
        {
            var cached = libraries ? declaredFlowNames : declaredDockerFlowNames;
            if (!cached.IsDefault)
            {
                return cached;
            }

            var names = new HashSet<string>(StringComparer.Ordinal);
            var positions = LaunchWordPositions(libraries, cancellationToken);
            if (positions.Length > 0)
            {
                var text = Text(cancellationToken);
                var cursor = new TokenCursor(tree.GetRoot(cancellationToken));
                var constructorStores = new Dictionary<SyntaxNode, HashSet<string>?>();
                var membersChecked = new HashSet<SyntaxNode>();
                SyntaxNode? last = null;
                foreach (var position in positions)
                {
                    var token = cursor.Find(position);
                    if (token.Parent is not { } node || node == last)
                    {
                        continue;
                    }

                    last = node;
                    FlowWords.AddDeclaredNames(node, text, names, constructorStores, membersChecked);
                    if (DockerExecutableMember(token) is { } member)
                    {
                        names.Add(member);
                    }
                }
            }

            var sorted = new List<string>(names);
            sorted.Sort(StringComparer.Ordinal);
            if (libraries)
            {
                ImmutableInterlocked.InterlockedInitialize(ref declaredFlowNames, sorted.ToImmutableArray());
                return declaredFlowNames;
            }

            ImmutableInterlocked.InterlockedInitialize(ref declaredDockerFlowNames, sorted.ToImmutableArray());
            return declaredDockerFlowNames;
        }

        /// <summary>The sorted positions of the compilation's flow words in this file, as whole identifiers.</summary>
        public int[] FlowWordPositions(FlowWords words, CancellationToken cancellationToken)
        {
            if (words.IsEmpty)
            {
                return Array.Empty<int>();
            }

            var cached = Volatile.Read(ref flowWordPositions);
            if (cached is not null && ReferenceEquals(cached.Item1, words))
            {
                return cached.Item2;
            }

            // What the levels found here (kept when they searched this file), and the names no level searched (often
            // none: then the text is not touched again).
            var positions = words.Rest.IsEmpty ? Array.Empty<int>() : words.Rest.FindIn(Text(cancellationToken));
            foreach (var level in words.Levels)
            {
                positions = Merge(positions, Found(level, cancellationToken));
            }

            Volatile.Write(ref flowWordPositions, Tuple.Create(words, positions));
            return positions;
        }

        /// <summary>
        /// True when no method with parameters in this file mentions one of the flow words: the file cannot add a
        /// caller name to them. Reads the (cached) <see cref="FlowWordPositions"/> and remembers its answer for that set
        /// of words, so the IDE's next compilation, which asks again about the same unchanged tree, pays nothing.
        /// </summary>
        public bool CallsNoFlowWord(FlowWords words, CancellationToken cancellationToken)
        {
            var cached = Volatile.Read(ref callsNoFlowWord);
            if (cached is not null && ReferenceEquals(cached.Item1, words))
            {
                return cached.Item2;
            }

            var none = true;
            var positions = FlowWordPositions(words, cancellationToken);
            if (positions.Length > 0)
            {
                var callers = new HashSet<string>(StringComparer.Ordinal);
                var cursor = new TokenCursor(tree.GetRoot(cancellationToken));
                foreach (var position in positions)
                {
                    if (cursor.Find(position).Parent is { } node)
                    {
                        FlowWords.AddCallerNames(node, callers);
                        if (callers.Count > 0)
                        {
                            none = false;
                            break;
                        }
                    }
                }
            }

            Volatile.Write(ref callsNoFlowWord, Tuple.Create(words, none));
            return none;
        }

        /// <summary>The names of the methods with parameters in this file that mention one of <paramref name="names"/>.</summary>
        public HashSet<string> CallersOf(IdentifierSearch names, CancellationToken cancellationToken)
        {
            var callers = new HashSet<string>(StringComparer.Ordinal);
            var positions = Found(names, cancellationToken);
            if (positions.Length == 0)
            {
                return callers;
            }

            var cursor = new TokenCursor(tree.GetRoot(cancellationToken));
            foreach (var position in positions)
            {
                if (cursor.Find(position).Parent is { } node)
                {
                    FlowWords.AddCallerNames(node, callers);
                }
            }

            return callers;
        }

        /// <summary>
        /// Where the names of a flow-word level stand in this file: searched once, and kept for the final set of flow
        /// words, which merges what its levels found instead of searching the file for their names again.
        /// </summary>
        private int[] Found(IdentifierSearch names, CancellationToken cancellationToken)
        {
            var known = Volatile.Read(ref levelPositions);
            if (known is not null)
            {
                foreach (var entry in known)
                {
                    if (ReferenceEquals(entry.Key, names))
                    {
                        return entry.Value;
                    }
                }
            }

            var positions = names.FindIn(Text(cancellationToken));
            var grown = new KeyValuePair<IdentifierSearch, int[]>[(known?.Length ?? 0) + 1];
            known?.CopyTo(grown, 0);
            grown[grown.Length - 1] = new KeyValuePair<IdentifierSearch, int[]>(names, positions);

            // A lost race drops one entry, which is searched again if asked for.
            Volatile.Write(ref levelPositions, grown.Length > MaxLevelPositions ? null : grown);
            return positions;
        }

        /// <summary><c>const string Docker = "docker";</c>: the name of a field or property whose initializer names the docker executable.</summary>
        private static string? DockerExecutableMember(SyntaxToken token)
        {
            if (!token.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.StringLiteralToken)
                || !Knowledge.Cli.DockerExecutable.Matches(token.ValueText)
                || token.Parent?.Parent is not Microsoft.CodeAnalysis.CSharp.Syntax.EqualsValueClauseSyntax clause)
            {
                return null;
            }

            return clause.Parent switch
            {
                Microsoft.CodeAnalysis.CSharp.Syntax.VariableDeclaratorSyntax { Parent.Parent: Microsoft.CodeAnalysis.CSharp.Syntax.BaseFieldDeclarationSyntax } declarator => declarator.Identifier.ValueText,
                Microsoft.CodeAnalysis.CSharp.Syntax.PropertyDeclarationSyntax property => property.Identifier.ValueText,
                _ => null,
            };
        }

        /// <summary>
        /// Where the launch words start (sorted), and among them the docker word's starts: what <see cref="FindAll(string, string, StringComparison)"/>
        /// of the docker word in any case and <see cref="FindAll(string, IReadOnlyList{string})"/> of the library words
        /// give, from one read of the text.
        /// </summary>
        internal static int[] FindLaunchWords(string text, StartFilter filter, out int[] docker)
        {
            var candidates = filter.Candidates(text);
            List<int>? all = null;
            List<int>? dockerFound = null;

            // Each word's next allowed start: a word is found again only after its last match, as by repeated IndexOf.
            var next = new int[1 + LibraryWords.Length];
            foreach (var at in candidates)
            {
                // Most candidates share only the low bytes of two characters with a word: the first character, compared
                // in full, rules them out before any word is compared.
                var c = text[at];
                if ((c == 'd' || c == 'D') && at >= next[0] && at + DockerWord.Length <= text.Length && string.Compare(text, at, DockerWord, 0, DockerWord.Length, StringComparison.OrdinalIgnoreCase) == 0)
                {
                    (dockerFound ??= new List<int>()).Add(at);
                    (all ??= new List<int>()).Add(at);
                    next[0] = at + DockerWord.Length;
                }

                for (var w = 0; w < LibraryWords.Length; w++)
                {
                    var word = LibraryWords[w];
                    if (c == word[0] && at >= next[w + 1] && at + word.Length <= text.Length && string.CompareOrdinal(text, at, word, 0, word.Length) == 0)
                    {
                        (all ??= new List<int>()).Add(at);
                        next[w + 1] = at + word.Length;
                    }
                }
            }

            docker = dockerFound is null ? Array.Empty<int>() : dockerFound.ToArray();
            return all is null ? Array.Empty<int>() : all.ToArray();
        }

        /// <summary>Every start of any of the words, sorted and distinct.</summary>
        internal static int[] FindAll(string text, IReadOnlyList<string> words)
        {
            List<int>? found = null;
            foreach (var word in words)
            {
                Add(text, word, StringComparison.Ordinal, ref found);
            }

            if (found is null)
            {
                return Array.Empty<int>();
            }

            found.Sort();
            return found.ToArray();
        }

        /// <summary>Every start of the word, in order.</summary>
        internal static int[] FindAll(string text, string word, StringComparison comparison)
        {
            List<int>? found = null;
            Add(text, word, comparison, ref found);
            return found is null ? Array.Empty<int>() : found.ToArray();
        }

        private static void Add(string text, string word, StringComparison comparison, ref List<int>? found)
        {
            for (var at = text.IndexOf(word, comparison); at >= 0; at = text.IndexOf(word, at + word.Length, comparison))
            {
                (found ??= new List<int>()).Add(at);
            }
        }

        /// <summary>Two sorted position lists as one, sorted.</summary>
        internal static int[] Merge(int[] first, int[] second)
        {
            if (second.Length == 0)
            {
                return first;
            }

            if (first.Length == 0)
            {
                return second;
            }

            var merged = new int[first.Length + second.Length];
            first.CopyTo(merged, 0);
            second.CopyTo(merged, first.Length);
            Array.Sort(merged);
            return merged;
        }
    }
}
