// Corpus input for the robustness tests: docker command lines assembled with the string APIs real code uses.
using System;
using System.IO;
using System.Text;
using System.Threading.Tasks;
using CliWrap;

namespace Corpus.CommandLines
{
    public sealed class BuilderLaunches
    {
        private const string Base = "mcr.microsoft.com/windows/servercore";

        public string Formatted(string name) => string.Format("docker run --name {0} {1}:{2}", name, Base, "ltsc2019");

        public string Concatenated(int memory) => "docker run -m " + memory + "m --isolation=" + "process " + Base + ":ltsc2022";

        public string Joined() => string.Join(" ", "docker", "create", "--isolation", "hyperv", Base + ":ltsc2022");

        public string Built(bool isolated)
        {
            var sb = new StringBuilder();
            sb.Append("docker run ");
            if (isolated)
            {
                sb.Append("--isolation=hyperv ");
            }

            sb.Append("--memory-swappiness 10 ");
            sb.AppendFormat("{0}:{1}", Base, "ltsc2022");
            return sb.ToString();
        }

        public string Interpolated(string tag, string cmd) => $"docker run --rm {Base}:{tag} {cmd}";

        public string InterpolatedConst() => $"docker run --rm --isolation=hyperv {Base}:{"ltsc2025"}";

        public async Task WrapAsync()
        {
            await Cli.Wrap("docker").WithArguments("run --rm mcr.microsoft.com/windows/nanoserver:ltsc2022").ExecuteAsync();
            await Cli.Wrap("docker").WithArguments(new[] { "run", "--isolation=process", "mcr.microsoft.com/windows/nanoserver:ltsc2019" }).ExecuteAsync();
            await Cli.Wrap("docker")
                .WithWorkingDirectory(Path.GetTempPath())
                .WithArguments(args => args
                    .Add("run")
                    .Add("--memory")
                    .Add("64m")
                    .Add(Base + ":ltsc2022"))
                .ExecuteAsync();
        }

        public void Script(string path)
        {
            File.WriteAllLines(path, new[]
            {
                "@echo off",
                "docker run --rm --isolation=Hyper-V mcr.microsoft.com/windows/servercore:ltsc2022 cmd /c exit 0",
                "docker container create mcr.microsoft.com/windows:ltsc2019",
            });
        }

        public string Ssh(string host) => "ssh " + host + " \"docker run --rm " + Base + ":1809\"";

        public string Broken() => "docker run --isolation";

        public string Quoted() => "docker run -e \"A=B C\" --label 'x=y' --isolation='process' " + Base + ":ltsc2022";
    }
}
