using Microsoft.CodeAnalysis;

namespace IsolationAnalyzers.Launches
{
    internal enum TrustMarker
    {
        None,
        Untrusted,
        Trusted,
    }

    /// <summary>
    /// What the code itself says about trust (rules.md §4): an attribute named <c>UntrustedWorkload</c> or
    /// <c>TrustedWorkload</c> (any namespace) on the image parameter, the method, or a containing type. The
    /// innermost marker wins.
    /// </summary>
    internal readonly struct TrustEvidence
    {
        private TrustEvidence(TrustMarker marker, string? where)
        {
            Marker = marker;
            Where = where;
        }

        public TrustMarker Marker { get; }

        /// <summary>Which declaration carries the marker ("parameter 'image'", "method 'Run'", "type 'Runner'").</summary>
        public string? Where { get; }

        public static TrustEvidence Find(ContainerLaunch launch, ISymbol? owner)
        {
            foreach (var image in launch.Images)
            {
                if (image.SourceParameter is { } parameter && MarkerOf(parameter) is var marker && marker != TrustMarker.None)
                {
                    return new TrustEvidence(marker, "parameter '" + parameter.Name + "'");
                }
            }

            for (var symbol = owner; symbol is not null && symbol.Kind != SymbolKind.Namespace; symbol = symbol.ContainingSymbol)
            {
                var marker = MarkerOf(symbol);
                if (marker != TrustMarker.None)
                {
                    var kind = symbol is INamedTypeSymbol ? "type" : "method";
                    return new TrustEvidence(marker, kind + " '" + symbol.Name + "'");
                }
            }

            return default;
        }

        private static TrustMarker MarkerOf(ISymbol symbol)
        {
            foreach (var attribute in symbol.GetAttributes())
            {
                switch (attribute.AttributeClass?.Name)
                {
                    case "UntrustedWorkload":
                    case "UntrustedWorkloadAttribute":
                        return TrustMarker.Untrusted;
                    case "TrustedWorkload":
                    case "TrustedWorkloadAttribute":
                        return TrustMarker.Trusted;
                }
            }

            return TrustMarker.None;
        }
    }
}
