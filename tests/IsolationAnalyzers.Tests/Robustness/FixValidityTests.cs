using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using IsolationAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace IsolationAnalyzers.Tests.Robustness
{
    /// <summary>
    /// The fix verifier itself: <see cref="Verify.CodeFix{TFix}"/> must reject a fix whose result does not compile
    /// and a fix that keeps changing code it already fixed, so every fix test in the suite checks both.
    /// </summary>
    public sealed class FixValidityTests
    {
        private const string Source = """
            using Docker.DotNet.Models;

            class Launcher
            {
                object Create() => new {|ISO0001:CreateContainerParameters|} { Image = "mcr.microsoft.com/windows/servercore:ltsc2022" };
            }
            """;

        [Fact]
        public async Task AFixThatBreaksCompilation_FailsTheVerifier()
        {
            // The broken fix writes an identifier where a string belongs: the diagnostic goes away, the code does not compile.
            const string broken = """
                using Docker.DotNet.Models;

                class Launcher
                {
                    object Create() => new CreateContainerParameters { Image = "mcr.microsoft.com/windows/servercore:ltsc2022", HostConfig = new HostConfig { Isolation = hyperv } };
                }
                """;
            var failure = await Record(() => Verify.CodeFix<UnquotedIsolationFix>(Source, broken, UnquotedIsolationFix.Key));
            Assert.NotNull(failure);
            Assert.Contains("CS0103", failure!.Message, StringComparison.Ordinal);
        }

        [Fact]
        public async Task FixedCodeThatIsChangedAgain_FailsTheIdempotenceCheck()
        {
            // Fixed code that still reports ISO0001 (another launch): the same fix would change it again.
            const string notFixedPoint = """
                using Docker.DotNet.Models;

                class Launcher
                {
                    object Create() => new {|ISO0001:CreateContainerParameters|} { Image = "mcr.microsoft.com/windows/nanoserver:ltsc2022" };
                }
                """;
            var failure = await Record(() => Verify.FixIsIdempotent<IsolationAnalyzers.CodeFixes.UseIsolationModeCodeFixProvider>(notFixedPoint, IsolationAnalyzers.CodeFixes.EquivalenceKeys.UseHyperVIsolation));
            Assert.NotNull(failure);
        }

        [Fact]
        public Task RealFix_IsAFixedPoint()
        {
            const string fixedSource = """
                using Docker.DotNet.Models;

                class Launcher
                {
                    object Create() => new CreateContainerParameters { Image = "mcr.microsoft.com/windows/servercore:ltsc2022", HostConfig = new HostConfig { Isolation = "hyperv" } };
                }
                """;
            return Verify.FixIsIdempotent<IsolationAnalyzers.CodeFixes.UseIsolationModeCodeFixProvider>(fixedSource, IsolationAnalyzers.CodeFixes.EquivalenceKeys.UseHyperVIsolation);
        }

        private static async Task<Exception?> Record(Func<Task> action)
        {
            try
            {
                await action();
                return null;
            }
            catch (Exception exception)
            {
                return exception;
            }
        }

        /// <summary>A deliberately wrong fix: adds <c>HostConfig = new HostConfig { Isolation = hyperv }</c> without quotes.</summary>
        private sealed class UnquotedIsolationFix : CodeFixProvider
        {
            public const string Key = "Test.UnquotedIsolation";

            public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create("ISO0001");

            public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

            public override Task RegisterCodeFixesAsync(CodeFixContext context)
            {
                context.RegisterCodeFix(
                    CodeAction.Create("unquoted", async token =>
                    {
                        var text = await context.Document.GetTextAsync(token);
                        var root = await context.Document.GetSyntaxRootAsync(token);
                        var initializer = root!.DescendantNodes().OfType<InitializerExpressionSyntax>().First();
                        var last = initializer.Expressions.Last();
                        var edited = text.Replace(last.Span.End, 0, ", HostConfig = new HostConfig { Isolation = hyperv }");
                        return context.Document.WithText(edited);
                    }, Key),
                    context.Diagnostics);
                return Task.CompletedTask;
            }
        }
    }
}
