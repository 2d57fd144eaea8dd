using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace IsolationAnalyzers.Configuration
{
    /// <summary>
    /// Settings parsed once per syntax tree and shared by every callback of one compilation. Trees whose options
    /// hold the same values share one parsed instance, so a project of thousands of files parses once.
    /// </summary>
    internal sealed class SettingsCache
    {
        private readonly AnalyzerConfigOptionsProvider provider;
        // Made on first use: most compilations (the IDE makes one per keystroke) never read a setting.
        private ConcurrentDictionary<SyntaxTree, IsolationSettings>? byTree;
        private ConcurrentDictionary<RawOptions, IsolationSettings>? byValues;

        private ConcurrentDictionary<SyntaxTree, IsolationSettings> ByTree =>
            LazyInitializer.EnsureInitialized(ref byTree, () => new ConcurrentDictionary<SyntaxTree, IsolationSettings>())!;

        private ConcurrentDictionary<RawOptions, IsolationSettings> ByValues =>
            LazyInitializer.EnsureInitialized(ref byValues, () => new ConcurrentDictionary<RawOptions, IsolationSettings>())!;

        public SettingsCache(AnalyzerConfigOptionsProvider provider)
        {
            this.provider = provider;
        }

        public IsolationSettings For(SyntaxTree tree)
        {
            if (ByTree.TryGetValue(tree, out var settings))
            {
                return settings;
            }

            var raw = IsolationSettings.ReadRaw(provider.GetOptions(tree), provider.GlobalOptions);
            if (!ByValues.TryGetValue(raw, out settings))
            {
                settings = ByValues.GetOrAdd(raw, IsolationSettings.Parse(raw));
            }

            return ByTree.GetOrAdd(tree, settings);
        }

        /// <summary>
        /// Every distinct invalid key of the compilation (ISO0099 is reported once per key): the global options, the
        /// first tree (a project's .editorconfig section usually covers every file) and every tree analysed so far.
        /// Reading every tree's options would cost a look-up per file in projects that have no launches at all.
        /// </summary>
        public IEnumerable<ConfigurationError> Errors(IEnumerable<SyntaxTree> trees)
        {
            var seen = new HashSet<string>();
            var global = IsolationSettings.Parse(IsolationSettings.ReadRaw(provider.GlobalOptions, provider.GlobalOptions));
            var candidates = new List<IsolationSettings> { global };
            foreach (var tree in trees)
            {
                candidates.Add(For(tree));
                break;
            }

            if (byTree is { } analysed)
            {
                candidates.AddRange(analysed.Values);
            }
            foreach (var settings in candidates)
            {
                foreach (var error in settings.Errors)
                {
                    if (seen.Add(error.Key))
                    {
                        yield return error;
                    }
                }
            }
        }
    }
}
