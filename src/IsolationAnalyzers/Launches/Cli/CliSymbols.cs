using Microsoft.CodeAnalysis;

namespace IsolationAnalyzers.Launches.Cli
{
    /// <summary>Types of the command-line surface, resolved once per compilation.</summary>
    internal sealed class CliSymbols
    {
        private CliSymbols(INamedTypeSymbol? processStartInfo, INamedTypeSymbol? cliWrapCli, INamedTypeSymbol? cliWrapCommand, INamedTypeSymbol? cliWrapArgumentsBuilder)
        {
            ProcessStartInfo = processStartInfo;
            CliWrapCli = cliWrapCli;
            CliWrapCommand = cliWrapCommand;
            CliWrapArgumentsBuilder = cliWrapArgumentsBuilder;
        }

        public INamedTypeSymbol? ProcessStartInfo { get; }

        public INamedTypeSymbol? CliWrapCli { get; }

        public INamedTypeSymbol? CliWrapCommand { get; }

        public INamedTypeSymbol? CliWrapArgumentsBuilder { get; }

        public static CliSymbols Create(Compilation compilation) =>
            new CliSymbols(
                compilation.GetTypeByMetadataName("System.Diagnostics.ProcessStartInfo"),
                compilation.GetTypeByMetadataName("CliWrap.Cli"),
                compilation.GetTypeByMetadataName("CliWrap.Command"),
                compilation.GetTypeByMetadataName("CliWrap.Builders.ArgumentsBuilder"));
    }
}
