using Xunit;

// Every end-to-end test runs whole builds; running them side by side only makes each slower and their output
// harder to read.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
