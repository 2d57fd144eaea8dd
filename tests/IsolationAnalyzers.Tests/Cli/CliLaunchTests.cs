using System.Threading.Tasks;
using IsolationAnalyzers.Tests.Verifiers;
using Xunit;

namespace IsolationAnalyzers.Tests.Cli
{
    /// <summary>Every argument form of rules.md §1.1 (docker command lines) reaches the rules.</summary>
    public class CliLaunchTests
    {
        private const string Usings = """
            using System.Collections.Generic;
            using System.Diagnostics;
            using System.Text;
            using CliWrap;

            """;

        private static Task Verify(string members, string? editorConfig = null) =>
            Verifiers.Verify.Analyzer(Usings + "class Launcher\n{\n" + members + "\n}\n", editorConfig, DockerLibrary.None);

        [Fact]
        public Task ProcessStart_WithArgumentString()
        {
            return Verify("""
                    void M() => Process.Start("docker", {|ISO0001:"run --rm mcr.microsoft.com/windows/servercore:ltsc2022 cmd /c ver"|});
                """);
        }

        [Fact]
        public Task ProcessStart_VerbatimAndRawLiterals()
        {
            return Verify(""""
                    void A() => Process.Start("docker", {|ISO0001:@"run -w C:\work mcr.microsoft.com/windows/nanoserver:ltsc2022"|});

                    void B() => Process.Start("docker", {|ISO0001:"""run "mcr.microsoft.com/windows/nanoserver:ltsc2022" cmd"""|});
                """");
        }

        [Fact]
        public Task ProcessStart_WithArgumentCollection()
        {
            return Verify("""
                    void M() => Process.Start("docker", new[] { {|ISO0001:"run"|}, "--rm", "mcr.microsoft.com/windows/servercore:ltsc2022" });
                """);
        }

        [Fact]
        public Task CollectionExpression_AndListInitializer()
        {
            return Verify("""
                    void A() => Process.Start("docker", (IEnumerable<string>)[{|ISO0001:"create"|}, "--name", "agent", "mcr.microsoft.com/windows/servercore:ltsc2022"]);

                    void B()
                    {
                        var args = new List<string> { {|ISO0001:"run"|}, "-d" };
                        args.Add("mcr.microsoft.com/windows/servercore:ltsc2022");
                        Process.Start("docker", args);
                    }
                """);
        }

        [Fact]
        public Task ProcessStartInfo_Constructor_AndInitializer()
        {
            return Verify("""
                    object A() => new ProcessStartInfo("docker", {|ISO0001:"container run mcr.microsoft.com/windows/servercore:ltsc2022"|});

                    object B() => new ProcessStartInfo { FileName = "docker", Arguments = {|ISO0001:"run -it mcr.microsoft.com/windows/servercore:ltsc2022"|} };

                    object C() => new ProcessStartInfo { FileName = @"C:\Program Files\Docker\docker.exe", ArgumentList = { {|ISO0001:"run"|}, "mcr.microsoft.com/windows/servercore:ltsc2022" } };
                """);
        }

        [Fact]
        public Task ProcessStartInfo_ArgumentListAddSequence()
        {
            return Verify("""
                    void M()
                    {
                        var psi = new ProcessStartInfo("docker");
                        psi.ArgumentList.Add({|ISO0001:"run"|});
                        psi.ArgumentList.Add("--rm");
                        psi.ArgumentList.Add("-e");
                        psi.ArgumentList.Add("MODE=ci");
                        psi.ArgumentList.Add("mcr.microsoft.com/windows/servercore:ltsc2022");
                        Process.Start(psi);
                    }
                """);
        }

        [Fact]
        public Task InterpolatedString_HoleInValueSlot_IsJustAnUnknownValue()
        {
            return Verify("""
                    void M(string name) => Process.Start("docker", {|ISO0001:$"run --name {name} mcr.microsoft.com/windows/servercore:ltsc2022"|});
                """);
        }

        [Fact]
        public Task InterpolatedString_OpaqueOptions_MakeIsolationUnknown()
        {
            return Verify("""
                    void A(string options) => Process.Start("docker", $"create {options} mcr.microsoft.com/windows/servercore:ltsc2022");

                    void B(string image) => Process.Start("docker", $"run --rm {image}");

                    void C(string[] extra) => Process.Start("docker", (IEnumerable<string>)["run", .. extra, "mcr.microsoft.com/windows/servercore:ltsc2022"]);
                """);
        }

        [Fact]
        public Task Concatenation_JoinFormat_AndStringBuilder()
        {
            return Verify("""
                    void A(string name) => Process.Start("docker", {|ISO0001:"run --name "|} + name + " mcr.microsoft.com/windows/servercore:ltsc2022");

                    void B() => Process.Start("docker", string.Join(" ", {|ISO0001:"run"|}, "--rm", "mcr.microsoft.com/windows/servercore:ltsc2022"));

                    void C(string tag) => Process.Start("docker", string.Format({|ISO0001:"run --rm {0}"|}, "mcr.microsoft.com/windows/servercore:ltsc2022"));

                    void D()
                    {
                        var sb = new StringBuilder();
                        sb.Append({|ISO0001:"run "|});
                        sb.Append("--rm ").Append("mcr.microsoft.com/windows/servercore:ltsc2022");
                        Process.Start("docker", sb.ToString());
                    }
                """);
        }

        [Fact]
        public Task CliWrap_StringCollectionAndBuilder()
        {
            return Verify("""
                    object A() => Cli.Wrap("docker").WithArguments({|ISO0001:"run mcr.microsoft.com/windows/servercore:ltsc2022"|});

                    object B() => Cli.Wrap("docker").WithWorkingDirectory("C:\\").WithArguments(new[] { {|ISO0001:"run"|}, "mcr.microsoft.com/windows/servercore:ltsc2022" });

                    object C() => Cli.Wrap("docker").WithArguments(args => args.Add({|ISO0001:"run"|}).Add("--rm").Add("mcr.microsoft.com/windows/servercore:ltsc2022"));

                    object D() => Cli.Wrap("docker").WithArguments(args =>
                    {
                        args.Add({|ISO0001:"run"|});
                        args.Add("mcr.microsoft.com/windows/servercore:ltsc2022");
                    });
                """);
        }

        [Fact]
        public Task HelperInvocations_PassingDocker()
        {
            return Verify("""
                    static int Exec(string file, string arguments) => 0;
                    static int Exec(string file, params string[] arguments) => 0;

                    void A() => Exec("docker", {|ISO0001:"run mcr.microsoft.com/windows/servercore:ltsc2022"|});

                    void B() => Exec("/usr/local/bin/docker", {|ISO0001:"run"|}, "mcr.microsoft.com/windows/servercore:ltsc2022");
                """);
        }

        [Fact]
        public Task ScriptStrings_WithADockerCommandPrefix()
        {
            return Verify("""
                    static void Ssh(string host, string command) { }

                    void A() => Ssh("build-01", {|ISO0001:"docker run --rm mcr.microsoft.com/windows/servercore:ltsc2022 cmd"|});

                    void B(string tag) => Ssh("build-01", {|ISO0001:"docker container create mcr.microsoft.com/windows/nanoserver:ltsc2022 "|} + tag);

                    string C() => {|ISO0001:$"docker run -d mcr.microsoft.com/windows/servercore:ltsc2022"|};
                """);
        }

        [Fact]
        public Task ExplicitIsolation_AllForms()
        {
            return Verify("""
                    void A() => Process.Start("docker", "run --isolation=hyperv mcr.microsoft.com/windows/servercore:ltsc2022");

                    void B() => Process.Start("docker", "run --isolation process mcr.microsoft.com/windows/servercore:ltsc2022");

                    void C() => Process.Start("docker", new[] { "run", "--isolation", "hyperv", "mcr.microsoft.com/windows/servercore:ltsc2022" });

                    void D(string isolation) => Process.Start("docker", $"run --isolation={isolation} mcr.microsoft.com/windows/servercore:ltsc2022");
                """);
        }

        [Fact]
        public Task ValueRules_OnCommandLines()
        {
            return Verify(
                """
                    void A() => Process.Start("docker", {|ISO0005:"run --isolation=hyper-v mcr.microsoft.com/windows/servercore:ltsc2022"|});

                    void B() => Process.Start("docker", new[] { "run", "--isolation", {|ISO0006:"HyperV"|}, "mcr.microsoft.com/windows/servercore:ltsc2022" });

                    void C() => Process.Start("docker", {|ISO0002:"run --isolation=process mcr.microsoft.com/windows/servercore:ltsc2019"|});

                    void D() => Process.Start("docker", {|ISO0003:"run --isolation=hyperv mcr.microsoft.com/windows/servercore:ltsc2025"|});

                    void E() => Process.Start("docker", {|ISO0005:"build --isolation=vm -t app ."|});

                    void F() => Process.Start("docker", {|ISO0005:"service create --isolation hyper-v --name web mcr.microsoft.com/windows/servercore/iis"|});
                """,
                "isolation_analyzers.host_os = ltsc2022");
        }

        [Fact]
        public Task PlatformWindows_WithUnclassifiedImage()
        {
            return Verify("""
                    void A() => Process.Start("docker", {|ISO0001:"run --platform windows/amd64 contoso.azurecr.io/agent:1.0"|});

                    // A hole where the image stands could also carry options (even --isolation): unknown, no ISO0001.
                    void B(string image) => Process.Start("docker", $"run --platform windows/amd64 {image}");

                    void C() => Process.Start("docker", "run --platform linux contoso.azurecr.io/agent:1.0");
                """);
        }

        [Fact]
        public Task NotContainerLaunches_ReportNothing()
        {
            return Verify("""
                    void A() => Process.Start("dotnet", "run mcr.microsoft.com/windows/servercore:ltsc2022");

                    void B() => Process.Start("git", "run mcr.microsoft.com/windows/servercore:ltsc2022");

                    void C() => Process.Start("docker", "ps -a");

                    void D() => Process.Start("docker", "pull mcr.microsoft.com/windows/servercore:ltsc2022");

                    void E() => Process.Start("docker", "exec agent cmd /c run mcr.microsoft.com/windows/servercore:ltsc2022");

                    void F() => Process.Start("docker", "run --rm redis:7-alpine");

                    void G() => Process.Start("docker", "run -e IMAGE=mcr.microsoft.com/windows/servercore:ltsc2022 ubuntu");

                    void H() => Process.Start("docker", "build -t mcr.microsoft.com/windows/servercore:ltsc2022 .");

                    string I() => "Run docker run mcr.microsoft.com/windows/servercore:ltsc2022 to try it";

                    void J() => Process.Start("docker-compose", "run mcr.microsoft.com/windows/servercore:ltsc2022");

                    void K() => Process.Start("docker", "service update --image mcr.microsoft.com/windows/servercore:ltsc2022 web");
                """);
        }

        [Fact]
        public Task Templates_AndLocallyBuiltImages_AreNotJudged()
        {
            return Verify("""
                    // A format template kept in a constant: the placeholders are not values.
                    const string Template = "docker run --isolation={0} {1}";

                    string A() => "docker run --isolation={} --rm {}";

                    // A bare name may be an image built on this (Windows) host: its OS is unknown, not Linux.
                    void B() => Process.Start("docker", "run --isolation=process agent");

                    void C() => Process.Start("docker", {|ISO0007:"run --isolation=process nginx"|});
                """);
        }
    }
}
