namespace IsolationAnalyzers.CodeFixes { internal static class Placeholder { } }
