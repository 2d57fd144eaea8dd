using System;
using System.Linq;

namespace IsolationAnalyzers.Benchmarks
{
    internal static class Program
    {
        private static int Main(string[] args)
        {
            var c = AnalyzerPass.CreateCompilation(int.Parse(args[0]), true);
            var errors = AnalyzerPass.Errors(c);
            Console.WriteLine("errors " + errors.Count);
            foreach (var e in errors.Take(20)) Console.WriteLine(e);
            Console.WriteLine("peers " + AnalyzerPass.PeerAnalyzers.Length);
            var compile = AnalyzerPass.MeasureCompile(c);
            var r = AnalyzerPass.Run(c, 0, true, compile);
            Console.WriteLine($"compile {compile} wall {r.PassWallMs} ours {r.OursMs} noop {r.NoOpMs} peerMedian {r.PeerMedianMs} peersRan {r.PeerMs.Count} ourDiags {r.OurDiagnostics} peerDiags {r.PeerDiagnostics}");
            return 0;
        }
    }
}
