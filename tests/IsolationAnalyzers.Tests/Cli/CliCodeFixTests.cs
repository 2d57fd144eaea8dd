using System.Threading.Tasks;
using IsolationAnalyzers.CodeFixes;
using IsolationAnalyzers.Tests.Verifiers;
using Xunit;

namespace IsolationAnalyzers.Tests.Cli
{
    /// <summary>The fixes edit a command line in whichever form it was written, keeping everything else.</summary>
    public class CliCodeFixTests
    {
        private const string Usings = """
            using System.Collections.Generic;
            using System.Diagnostics;
            using CliWrap;

            """;

        private static string Wrap(string members) => Usings + "class Launcher\n{\n" + members + "\n}\n";

        private static Task Fix<TFix>(string before, string after, string key, string? editorConfig = null)
            where TFix : Microsoft.CodeAnalysis.CodeFixes.CodeFixProvider, new() =>
            Verify.CodeFix<TFix>(Wrap(before), Wrap(after), key, editorConfig, DockerLibrary.None);

        [Fact]
        public Task InsertsTheFlagInsideTheLiteral()
        {
            return Fix<UseIsolationModeCodeFixProvider>(
                """
                    void M() => Process.Start("docker", /* agent */ {|ISO0001:"run --rm mcr.microsoft.com/windows/servercore:ltsc2022"|});
                """,
                """
                    void M() => Process.Start("docker", /* agent */ "run --isolation=hyperv --rm mcr.microsoft.com/windows/servercore:ltsc2022");
                """,
                EquivalenceKeys.UseHyperVIsolation);
        }

        [Fact]
        public Task InsertsAfterTheSubcommand_ThroughEscapesAndVerbatimQuotes()
        {
            return Fix<UseIsolationModeCodeFixProvider>(
                """"
                    void A() => Process.Start("docker", {|ISO0001:"\u0063ontainer\trun -e \"A=B\" mcr.microsoft.com/windows/servercore:ltsc2022"|});

                    void B() => Process.Start("docker", {|ISO0001:@"run -w ""C:\app"" mcr.microsoft.com/windows/servercore:ltsc2022"|});

                    void C() => Process.Start("docker", {|ISO0001:"""run "mcr.microsoft.com/windows/servercore:ltsc2022" """|});
                """",
                """"
                    void A() => Process.Start("docker", "\u0063ontainer\trun --isolation=process -e \"A=B\" mcr.microsoft.com/windows/servercore:ltsc2022");

                    void B() => Process.Start("docker", @"run --isolation=process -w ""C:\app"" mcr.microsoft.com/windows/servercore:ltsc2022");

                    void C() => Process.Start("docker", """run --isolation=process "mcr.microsoft.com/windows/servercore:ltsc2022" """);
                """",
                EquivalenceKeys.UseProcessIsolation);
        }

        [Fact]
        public Task InsertsIntoAMultiLineRawString()
        {
            return Fix<UseIsolationModeCodeFixProvider>(
                """"
                    string Script() => {|ISO0001:"""
                        docker run \
                          --rm mcr.microsoft.com/windows/servercore:ltsc2022
                        """|};
                """",
                """"
                    string Script() => """
                        docker run --isolation=hyperv \
                          --rm mcr.microsoft.com/windows/servercore:ltsc2022
                        """;
                """",
                EquivalenceKeys.UseHyperVIsolation);
        }

        [Fact]
        public Task InsertsIntoAnInterpolatedString()
        {
            return Fix<UseIsolationModeCodeFixProvider>(
                """
                    void M(string name) => Process.Start("docker", {|ISO0001:$"run --name {name} mcr.microsoft.com/windows/servercore:ltsc2022"|});
                """,
                """
                    void M(string name) => Process.Start("docker", $"run --isolation=hyperv --name {name} mcr.microsoft.com/windows/servercore:ltsc2022");
                """,
                EquivalenceKeys.UseHyperVIsolation);
        }

        [Fact]
        public Task InsertsANewArrayOrCollectionElement()
        {
            return Fix<UseIsolationModeCodeFixProvider>(
                """
                    void A() => Process.Start("docker", new[] { {|ISO0001:"run"|} /* subcommand */, "mcr.microsoft.com/windows/servercore:ltsc2022" });

                    void B() => Process.Start("docker", (IEnumerable<string>)[{|ISO0001:"create"|}, "mcr.microsoft.com/windows/servercore:ltsc2022"]);

                    void C()
                    {
                        var args = new List<string> { {|ISO0001:"run"|}, "mcr.microsoft.com/windows/servercore:ltsc2022" };
                        Process.Start("docker", args);
                    }
                """,
                """
                    void A() => Process.Start("docker", new[] { "run", "--isolation=hyperv" /* subcommand */, "mcr.microsoft.com/windows/servercore:ltsc2022" });

                    void B() => Process.Start("docker", (IEnumerable<string>)["create", "--isolation=hyperv", "mcr.microsoft.com/windows/servercore:ltsc2022"]);

                    void C()
                    {
                        var args = new List<string> { "run", "--isolation=hyperv", "mcr.microsoft.com/windows/servercore:ltsc2022" };
                        Process.Start("docker", args);
                    }
                """,
                EquivalenceKeys.UseHyperVIsolation);
        }

        [Fact]
        public Task InsertsANewArgumentListAddCall()
        {
            return Fix<UseIsolationModeCodeFixProvider>(
                """
                    void M()
                    {
                        var psi = new ProcessStartInfo("docker");
                        psi.ArgumentList.Add({|ISO0001:"run"|}); // subcommand
                        psi.ArgumentList.Add("mcr.microsoft.com/windows/servercore:ltsc2022");
                        Process.Start(psi);
                    }
                """,
                """
                    void M()
                    {
                        var psi = new ProcessStartInfo("docker");
                        psi.ArgumentList.Add("run"); // subcommand
                        psi.ArgumentList.Add("--isolation=hyperv");
                        psi.ArgumentList.Add("mcr.microsoft.com/windows/servercore:ltsc2022");
                        Process.Start(psi);
                    }
                """,
                EquivalenceKeys.UseHyperVIsolation);
        }

        [Fact]
        public Task ExtendsACliWrapBuilderChain()
        {
            return Fix<UseIsolationModeCodeFixProvider>(
                """
                    object M() => Cli.Wrap("docker").WithArguments(args => args
                        .Add({|ISO0001:"run"|})
                        .Add("mcr.microsoft.com/windows/servercore:ltsc2022"));
                """,
                """
                    object M() => Cli.Wrap("docker").WithArguments(args => args
                        .Add("run").Add("--isolation=hyperv")
                        .Add("mcr.microsoft.com/windows/servercore:ltsc2022"));
                """,
                EquivalenceKeys.UseHyperVIsolation);
        }

        [Fact]
        public Task ReplacesAWrongValueInPlace()
        {
            return Fix<UseValidIsolationValueCodeFixProvider>(
                """
                    void A() => Process.Start("docker", {|ISO0005:"run --isolation=hyper-v mcr.microsoft.com/windows/servercore:ltsc2022"|});

                    void B() => Process.Start("docker", new[] { "run", "--isolation", {|ISO0006:"Process"|}, "mcr.microsoft.com/windows/servercore:ltsc2022" });
                """,
                """
                    void A() => Process.Start("docker", "run --isolation=hyperv mcr.microsoft.com/windows/servercore:ltsc2022");

                    void B() => Process.Start("docker", new[] { "run", "--isolation", "process", "mcr.microsoft.com/windows/servercore:ltsc2022" });
                """,
                EquivalenceKeys.UseValidIsolationValue);
        }

        [Fact]
        public Task Iso0002_ReplacesProcessWithHyperV()
        {
            return Fix<UseIsolationModeCodeFixProvider>(
                """
                    void M() => Process.Start("docker", {|ISO0002:"run --isolation process mcr.microsoft.com/windows/servercore:ltsc2019"|});
                """,
                """
                    void M() => Process.Start("docker", "run --isolation hyperv mcr.microsoft.com/windows/servercore:ltsc2019");
                """,
                EquivalenceKeys.UseHyperVIsolation,
                "isolation_analyzers.host_os = ltsc2022");
        }

        [Fact]
        public Task PinsTheImageTokenInPlace()
        {
            return Fix<PinImageCodeFixProvider>(
                """
                    void M() => Process.Start("docker", {|ISO0003:"run --isolation=hyperv mcr.microsoft.com/dotnet/sdk:9.0-nanoserver-ltsc2025 dotnet --info"|});
                """,
                """
                    void M() => Process.Start("docker", "run --isolation=hyperv mcr.microsoft.com/dotnet/sdk:9.0-nanoserver-ltsc2022 dotnet --info");
                """,
                EquivalenceKeys.PinImage("ltsc2022"),
                "isolation_analyzers.host_os = ltsc2022");
        }

        [Fact]
        public Task FixAll_AcrossForms()
        {
            return Fix<UseIsolationModeCodeFixProvider>(
                """
                    void A() => Process.Start("docker", {|ISO0001:"run mcr.microsoft.com/windows/servercore:ltsc2022"|});

                    void B() => Process.Start("docker", new[] { {|ISO0001:"create"|}, "mcr.microsoft.com/windows/nanoserver:ltsc2022" });

                    string C() => {|ISO0001:"docker run -d mcr.microsoft.com/windows/servercore:ltsc2022"|} + " ping -t localhost";
                """,
                """
                    void A() => Process.Start("docker", "run --isolation=hyperv mcr.microsoft.com/windows/servercore:ltsc2022");

                    void B() => Process.Start("docker", new[] { "create", "--isolation=hyperv", "mcr.microsoft.com/windows/nanoserver:ltsc2022" });

                    string C() => "docker run --isolation=hyperv -d mcr.microsoft.com/windows/servercore:ltsc2022" + " ping -t localhost";
                """,
                EquivalenceKeys.UseHyperVIsolation);
        }

        [Fact]
        public Task InsertsIntoEveryOtherForm()
        {
            return Fix<UseIsolationModeCodeFixProvider>(
                """
                    static int Exec(string file, params string[] arguments) => 0;

                    void A(string name) => Process.Start("docker", {|ISO0001:"run --name "|} + name + " mcr.microsoft.com/windows/servercore:ltsc2022");

                    void B() => Process.Start("docker", string.Join(" ", {|ISO0001:"run"|}, "--rm", "mcr.microsoft.com/windows/servercore:ltsc2022"));

                    void C() => Process.Start("docker", string.Format({|ISO0001:"run --rm {0}"|}, "mcr.microsoft.com/windows/servercore:ltsc2022"));

                    void D()
                    {
                        var sb = new System.Text.StringBuilder();
                        sb.Append({|ISO0001:"run "|});
                        sb.Append("mcr.microsoft.com/windows/servercore:ltsc2022");
                        Process.Start("docker", sb.ToString());
                    }

                    object E() => Cli.Wrap("docker").WithArguments({|ISO0001:"run mcr.microsoft.com/windows/servercore:ltsc2022"|});

                    object F() => Cli.Wrap("docker").WithArguments(new[] { {|ISO0001:"run"|}, "mcr.microsoft.com/windows/servercore:ltsc2022" });

                    void G() => Exec("docker", {|ISO0001:"run"|}, "mcr.microsoft.com/windows/servercore:ltsc2022");

                    object H() => new ProcessStartInfo { FileName = "docker", Arguments = {|ISO0001:"create mcr.microsoft.com/windows/servercore:ltsc2022"|} };

                    object I() => new ProcessStartInfo { FileName = "docker", ArgumentList = { {|ISO0001:"run"|}, "mcr.microsoft.com/windows/servercore:ltsc2022" } };
                """,
                """
                    static int Exec(string file, params string[] arguments) => 0;

                    void A(string name) => Process.Start("docker", "run --isolation=hyperv --name " + name + " mcr.microsoft.com/windows/servercore:ltsc2022");

                    void B() => Process.Start("docker", string.Join(" ", "run", "--isolation=hyperv", "--rm", "mcr.microsoft.com/windows/servercore:ltsc2022"));

                    void C() => Process.Start("docker", string.Format("run --isolation=hyperv --rm {0}", "mcr.microsoft.com/windows/servercore:ltsc2022"));

                    void D()
                    {
                        var sb = new System.Text.StringBuilder();
                        sb.Append("run --isolation=hyperv ");
                        sb.Append("mcr.microsoft.com/windows/servercore:ltsc2022");
                        Process.Start("docker", sb.ToString());
                    }

                    object E() => Cli.Wrap("docker").WithArguments("run --isolation=hyperv mcr.microsoft.com/windows/servercore:ltsc2022");

                    object F() => Cli.Wrap("docker").WithArguments(new[] { "run", "--isolation=hyperv", "mcr.microsoft.com/windows/servercore:ltsc2022" });

                    void G() => Exec("docker", "run", "--isolation=hyperv", "mcr.microsoft.com/windows/servercore:ltsc2022");

                    object H() => new ProcessStartInfo { FileName = "docker", Arguments = "create --isolation=hyperv mcr.microsoft.com/windows/servercore:ltsc2022" };

                    object I() => new ProcessStartInfo { FileName = "docker", ArgumentList = { "run", "--isolation=hyperv", "mcr.microsoft.com/windows/servercore:ltsc2022" } };
                """,
                EquivalenceKeys.UseHyperVIsolation);
        }
    }
}
