using Microsoft.CodeAnalysis;

namespace IsolationAnalyzers.Launches.Cli
{
    /// <summary>
    /// Types of the command-line surface. CliWrap's are resolved at compilation start when CliWrap is referenced;
    /// ProcessStartInfo, which every project references, only when a creation of a type by that name is first seen.
    /// </summary>
    internal sealed class CliSymbols
    {
        private readonly Compilation compilation;
        private INamedTypeSymbol? processStartInfo;
        private bool processStartInfoResolved;

        private CliSymbols(Compilation compilation, INamedTypeSymbol? cliWrapCli, INamedTypeSymbol? cliWrapCommand, INamedTypeSymbol? cliWrapArgumentsBuilder)
        {
            this.compilation = compilation;
            CliWrapCli = cliWrapCli;
            CliWrapCommand = cliWrapCommand;
            CliWrapArgumentsBuilder = cliWrapArgumentsBuilder;
        }

        public INamedTypeSymbol? CliWrapCli { get; }

        public INamedTypeSymbol? CliWrapCommand { get; }

        public INamedTypeSymbol? CliWrapArgumentsBuilder { get; }

        public static CliSymbols Create(Compilation compilation) =>
            ReferencedLibraries.References(compilation, "CliWrap")
                ? new CliSymbols(
                    compilation,
                    compilation.GetTypeByMetadataName("CliWrap.Cli"),
                    compilation.GetTypeByMetadataName("CliWrap.Command"),
                    compilation.GetTypeByMetadataName("CliWrap.Builders.ArgumentsBuilder"))
                : new CliSymbols(compilation, null, null, null);

        /// <summary>True for <c>System.Diagnostics.ProcessStartInfo</c>; the name is compared before any look-up.</summary>
        public bool IsProcessStartInfo(ITypeSymbol? type)
        {
            if (type is null || type.Name != "ProcessStartInfo")
            {
                return false;
            }

            if (!System.Threading.Volatile.Read(ref processStartInfoResolved))
            {
                // Benign race: every thread resolves the same symbol.
                processStartInfo = compilation.GetTypeByMetadataName("System.Diagnostics.ProcessStartInfo");
                System.Threading.Volatile.Write(ref processStartInfoResolved, true);
            }

            return processStartInfo is not null && SymbolEqualityComparer.Default.Equals(type, processStartInfo);
        }
    }
}
