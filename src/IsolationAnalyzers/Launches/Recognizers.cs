using System.Collections.Generic;
using IsolationAnalyzers.Flow;
using IsolationAnalyzers.Launches.Aspire;
using IsolationAnalyzers.Launches.Cli;
using IsolationAnalyzers.Launches.Kubernetes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Operations;

namespace IsolationAnalyzers.Launches
{
    /// <summary>
    /// The recognizers of every surface, with the symbols they resolved for one compilation. A launch is recognized
    /// once, at its anchor operation (an object creation, an invocation or a string literal), whatever context it is
    /// recognized in: on its own, or instantiated at a call site of its method (value flow).
    /// </summary>
    internal sealed class Recognizers
    {
        private readonly DockerDotNetSymbols? dockerDotNet;
        private readonly CliSymbols cli;
        private readonly TestcontainersSymbols? testcontainers;
        private readonly KubernetesSymbols? kubernetes;
        private readonly AspireSymbols? aspire;

        private Recognizers(DockerDotNetSymbols? dockerDotNet, CliSymbols cli, TestcontainersSymbols? testcontainers, KubernetesSymbols? kubernetes, AspireSymbols? aspire)
        {
            this.dockerDotNet = dockerDotNet;
            this.cli = cli;
            this.testcontainers = testcontainers;
            this.kubernetes = kubernetes;
            this.aspire = aspire;
        }

        /// <summary>Resolves the symbols of every surface whose library the compilation references.</summary>
        public static Recognizers Create(Compilation compilation) =>
            new Recognizers(
                DockerDotNetSymbols.Create(compilation),
                CliSymbols.Create(compilation),
                TestcontainersSymbols.Create(compilation),
                KubernetesSymbols.Create(compilation),
                AspireSymbols.Create(compilation));

        /// <summary>The launch anchored at this operation, if it is the anchor of one.</summary>
        public ContainerLaunch? Recognize(IOperation operation, FlowContext context) => operation switch
        {
            IObjectCreationOperation creation => FromCreation(creation, context),
            IInvocationOperation invocation => FromInvocation(invocation, context),
            ILiteralOperation literal => FromLiteral(literal, context),
            _ => null,
        };

        /// <summary>
        /// True for an operation that may anchor a launch once a call binds its method's parameters (a helper's
        /// <c>Process.Start("docker", args)</c>), even if it anchors none on its own.
        /// </summary>
        public bool IsPotentialAnchor(IOperation operation) => DockerCliRecognizer.IsPotentialAnchor(operation, cli);

        /// <summary>Every launch in one operation tree, each recognized once at its anchor operation.</summary>
        public void RecognizeAll(IOperation root, FlowContext context, List<ContainerLaunch> launches, List<IOperation>? anchors = null)
        {
            foreach (var operation in root.DescendantsAndSelf())
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                if (Recognize(operation, context) is { } launch)
                {
                    launches.Add(launch);
                    anchors?.Add(operation);
                }
            }
        }

        private ContainerLaunch? FromCreation(IObjectCreationOperation creation, FlowContext context) =>
            (dockerDotNet is null ? null : DockerDotNetRecognizer.Recognize(creation, dockerDotNet, context))
            ?? (testcontainers is null ? null : TestcontainersRecognizer.FromCreation(creation, testcontainers, context))
            ?? (kubernetes is null ? null : KubernetesRecognizer.FromCreation(creation, kubernetes, context))
            ?? DockerCliRecognizer.FromCreation(creation, cli, context);

        private ContainerLaunch? FromInvocation(IInvocationOperation invocation, FlowContext context)
        {
            // A docker call passes the executable and its arguments; CliWrap's WithArguments and builder calls are
            // the only shorter calls that matter, and only where their library is referenced.
            if (invocation.Arguments.Length < 2 && cli.CliWrapCommand is null && testcontainers is null && aspire is null)
            {
                return null;
            }

            return (testcontainers is null ? null : TestcontainersRecognizer.FromInvocation(invocation, testcontainers, context))
                ?? (aspire is null ? null : AspireRecognizer.FromInvocation(invocation, aspire, context))
                ?? DockerCliRecognizer.FromInvocation(invocation, cli, context);
        }

        private static ContainerLaunch? FromLiteral(ILiteralOperation literal, FlowContext context)
        {
            // Most literals are numbers, booleans or null: test the syntax kind before reading (and boxing) the
            // constant. A script then starts with "docker " and a subcommand letter.
            var kind = literal.Syntax.RawKind;
            return (kind == (int)SyntaxKind.StringLiteralExpression || kind == (int)SyntaxKind.InterpolatedStringText)
                && literal.ConstantValue.Value is string { Length: >= 8 }
                ? DockerCliRecognizer.FromScriptLiteral(literal, context)
                : null;
        }
    }
}
