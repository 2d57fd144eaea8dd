using Xunit;

namespace IsolationAnalyzers.Tests.Robustness
{
    /// <summary>
    /// The tests that compare the analyzer's time at two sizes of one input. They run alone, after the tests that run
    /// in parallel: on a machine of two cores the other tests of the run would otherwise bill their work to one size
    /// and not the other (a ratio of 3.6 seen in CI where the same test alone measured 2.0).
    /// </summary>
    [CollectionDefinition(Name, DisableParallelization = true)]
    public sealed class GrowthCollection
    {
        public const string Name = "Analyzer time at two sizes";
    }
}
