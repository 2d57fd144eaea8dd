using System;

namespace IsolationAnalyzers.Candidates
{
    /// <summary>
    /// Counts, per thread, the expensive requests the analysis makes: members whose operation trees it asks for, and
    /// semantic models it asks for beyond the one each semantic-model action is given. The tests pin the cheap path
    /// with it (a file without launch words asks for neither). A thread-static increment costs less than the request
    /// it counts; nothing reads the counts in the analyzer.
    /// </summary>
    internal static class AnalysisProbe
    {
        [ThreadStatic]
        private static int operationTreeMembers;

        [ThreadStatic]
        private static int semanticModels;

        /// <summary>Members whose operation trees were requested on this thread since <see cref="Reset"/>.</summary>
        public static int OperationTreeMembers => operationTreeMembers;

        /// <summary>Semantic models the value flow requested on this thread since <see cref="Reset"/>.</summary>
        public static int SemanticModels => semanticModels;

        public static void Reset()
        {
            operationTreeMembers = 0;
            semanticModels = 0;
        }

        internal static void OperationTreesRequested() => operationTreeMembers++;

        internal static void SemanticModelRequested() => semanticModels++;
    }
}
