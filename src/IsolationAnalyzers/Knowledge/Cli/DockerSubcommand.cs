namespace IsolationAnalyzers.Knowledge.Cli
{
    /// <summary>The docker CLI subcommands that launch (or build for) containers.</summary>
    internal enum DockerSubcommand
    {
        /// <summary><c>docker run</c>, <c>docker container run</c>.</summary>
        Run,

        /// <summary><c>docker create</c>, <c>docker container create</c>.</summary>
        Create,

        /// <summary><c>docker build</c>, <c>docker image build</c>, <c>docker builder build</c>, <c>docker buildx build</c>.</summary>
        Build,

        /// <summary><c>docker service create</c>.</summary>
        ServiceCreate,

        /// <summary><c>docker service update</c>.</summary>
        ServiceUpdate,
    }
}
