using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace IsolationAnalyzers.Candidates
{
    /// <summary>
    /// The first, per-file test of the analyzer (performance.md, "The second budget"): where in a syntax tree's text the
    /// words that every container launch needs occur. It reads the text only (ordinal substring searches, which the
    /// runtime vectorises), never the syntax or semantics, and is cached per <see cref="SyntaxTree"/> instance, so a
    /// file the user did not edit costs nothing when the IDE builds the next compilation.
    /// </summary>
    internal sealed class TreeScan
    {
        /// <summary>
        /// Every launch of every surface names one of these in its own method: the docker executable or a docker
        /// command ("docker", any case of its first letter), a Docker.DotNet model or property (<c>HostConfig</c>,
        /// <c>Isolation</c>, <c>CreateContainerParameters</c>, <c>ContainerSpec</c>, <c>Image</c>), a builder
        /// (<c>ContainerBuilder</c>, <c>WithImage</c>, <c>DockerImage</c>, Aspire's <c>AddContainer</c>) or a pod's
        /// <c>Containers</c>. Target-typed <c>new()</c> still leaves a property name such as <c>Image</c> or
        /// <c>HostConfig</c>. Values that make a launch recognizable from elsewhere (a docker executable in a
        /// constant of another class) are words of the compilation's flow index instead.
        /// </summary>
        internal static readonly string[] LaunchWords = { "ocker", "OCKER", "Container", "Image", "Isolation", "HostConfig" };

        private static readonly ConditionalWeakTable<SyntaxTree, TreeScan> Cache = new ConditionalWeakTable<SyntaxTree, TreeScan>();

        private static readonly ConditionalWeakTable<SyntaxTree, TreeScan>.CreateValueCallback Create = tree => new TreeScan(tree);

        /// <summary>How many scans were computed (not served from the cache); the cheap-path tests read it.</summary>
        private static long computed;

        private readonly SyntaxTree tree;
        private int[]? launchWordPositions;

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

        /// <summary>The sorted positions at which a launch word starts; empty for almost every file.</summary>
        public int[] LaunchWordPositions(CancellationToken cancellationToken)
        {
            var positions = Volatile.Read(ref launchWordPositions);
            if (positions is null)
            {
                positions = FindAll(Text(cancellationToken), LaunchWords);
                Interlocked.Increment(ref computed);
                Volatile.Write(ref launchWordPositions, positions);
            }

            return positions;
        }

        public bool HasLaunchWords(CancellationToken cancellationToken) => LaunchWordPositions(cancellationToken).Length > 0;

        /// <summary>Every start of any of the words, sorted and distinct.</summary>
        internal static int[] FindAll(string text, IReadOnlyList<string> words)
        {
            List<int>? found = null;
            foreach (var word in words)
            {
                for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + word.Length, StringComparison.Ordinal))
                {
                    (found ??= new List<int>()).Add(at);
                }
            }

            if (found is null)
            {
                return Array.Empty<int>();
            }

            found.Sort();
            return found.ToArray();
        }
    }
}
