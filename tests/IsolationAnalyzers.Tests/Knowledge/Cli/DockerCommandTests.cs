using System.Linq;
using IsolationAnalyzers.Knowledge.Cli;
using Xunit;
using static IsolationAnalyzers.Tests.Knowledge.Cli.CliTestHelpers;

namespace IsolationAnalyzers.Tests.Knowledge.Cli
{
    public class DockerCommandTests
    {
        [Theory]
        [InlineData("docker run img", DockerSubcommand.Run, 1)]
        [InlineData("docker create img", DockerSubcommand.Create, 1)]
        [InlineData("docker container run img", DockerSubcommand.Run, 2)]
        [InlineData("docker container create img", DockerSubcommand.Create, 2)]
        [InlineData("docker build .", DockerSubcommand.Build, 1)]
        [InlineData("docker image build .", DockerSubcommand.Build, 2)]
        [InlineData("docker builder build .", DockerSubcommand.Build, 2)]
        [InlineData("docker buildx build .", DockerSubcommand.Build, 2)]
        [InlineData("docker buildx b .", DockerSubcommand.Build, 2)]
        [InlineData("docker buildx --builder win build .", DockerSubcommand.Build, 4)]
        [InlineData("docker buildx --builder=win -D build .", DockerSubcommand.Build, 4)]
        [InlineData("docker service create img", DockerSubcommand.ServiceCreate, 2)]
        [InlineData("docker service update svc", DockerSubcommand.ServiceUpdate, 2)]
        [InlineData("docker run", DockerSubcommand.Run, 1)]
        public void RecognizesSubcommands(string command, object expectedValue, int index)
        {
            var parsed = Parse(command);
            Assert.NotNull(parsed);
            Assert.Equal((DockerSubcommand)expectedValue, parsed!.Subcommand);
            Assert.Equal(index, parsed.SubcommandTokenIndex);
        }

        [Theory]
        [InlineData("docker -H tcp://host:2375 run img", 3)]
        [InlineData("docker --host tcp://host:2375 run img", 3)]
        [InlineData("docker --host=tcp://host:2375 run img", 2)]
        [InlineData("docker -Htcp://host:2375 run img", 2)]
        [InlineData("docker -c win --context=win2 run img", 4)]
        [InlineData("docker --config C:\\cfg run img", 3)]
        [InlineData("docker -l debug --log-level=info run img", 4)]
        [InlineData("docker --tlscacert ca.pem --tlscert cert.pem --tlskey key.pem run img", 7)]
        [InlineData("docker -D --debug --tls --tlsverify run img", 5)]
        [InlineData("docker --tlsverify=false run img", 2)]
        [InlineData("docker -Dl debug run img", 3)]
        [InlineData("docker -l=debug run img", 2)]
        [InlineData("docker --unknown-global run img", 2)]
        [InlineData("docker -H {} run img", 3)]
        [InlineData("docker --host={} run img", 2)]
        [InlineData("docker -H{} run img", 2)]
        public void SkipsGlobalOptions(string command, int runIndex)
        {
            var parsed = Parse(command);
            Assert.NotNull(parsed);
            Assert.Equal(DockerSubcommand.Run, parsed!.Subcommand);
            Assert.Equal(runIndex, parsed.SubcommandTokenIndex);
            Assert.Equal("img", parsed.Tokens[parsed.ImageTokenIndex].Text);
        }

        [Theory]
        [InlineData("docker run img")]
        [InlineData("docker.exe run img")]
        [InlineData("DOCKER.EXE run img")]
        [InlineData("Docker run img")]
        [InlineData("/usr/bin/docker run img")]
        [InlineData("/usr/local/bin/docker.exe run img")]
        [InlineData("C:\\tools\\Docker.exe run img")]
        [InlineData("\"C:\\Program Files\\Docker\\Docker\\resources\\bin\\docker.exe\" run img")]
        [InlineData("'/opt/my tools/docker' run img")]
        [InlineData("{}/docker run img")]
        [InlineData("{}\\docker.exe run img")]
        public void AcceptsDockerExecutables(string command)
        {
            var parsed = Parse(command);
            Assert.NotNull(parsed);
            Assert.Equal("img", parsed!.Tokens[parsed.ImageTokenIndex].Text);
        }

        [Theory]
        [InlineData("docker pull img")]
        [InlineData("docker ps")]
        [InlineData("docker exec c cmd")]
        [InlineData("docker start c")]
        [InlineData("docker update --memory 1g c")]
        [InlineData("docker container update c")]
        [InlineData("docker container ls")]
        [InlineData("docker container start c")]
        [InlineData("docker image ls")]
        [InlineData("docker image pull img")]
        [InlineData("docker builder prune")]
        [InlineData("docker buildx ls")]
        [InlineData("docker buildx bake")]
        [InlineData("docker service ls")]
        [InlineData("docker service rm svc")]
        [InlineData("docker compose up")]
        [InlineData("docker compose run web")]
        [InlineData("docker stack deploy -c x.yml s")]
        [InlineData("dotnet run")]
        [InlineData("git run")]
        [InlineData("mydocker run img")]
        [InlineData("docker-compose run img")]
        [InlineData("podman run img")]
        [InlineData("{}docker run img")]
        [InlineData("{} run img")]
        [InlineData("{..} run img")]
        [InlineData("docker")]
        [InlineData("")]
        [InlineData("docker -v")]
        [InlineData("docker --version")]
        [InlineData("docker -h run img")]
        [InlineData("docker --help")]
        [InlineData("docker -D")]
        [InlineData("docker -H")]
        [InlineData("docker -H tcp://h")]
        [InlineData("docker -- run img")]
        [InlineData("docker RUN img")]
        [InlineData("docker Run img")]
        [InlineData("docker {} run img")]
        [InlineData("docker {..} run img")]
        [InlineData("docker {}")]
        [InlineData("docker r{}")]
        [InlineData("docker --{} run img")]
        [InlineData("docker container {}")]
        [InlineData("docker service {}")]
        [InlineData("docker container")]
        [InlineData("docker run --help")]
        [InlineData("docker run --rm --help img")]
        [InlineData("docker build -h .")]
        [InlineData("docker service create -h img")]
        public void IgnoresNonLaunches(string command)
        {
            Assert.Null(Parse(command));
        }

        [Theory]
        [InlineData("run img", DockerSubcommand.Run)]
        [InlineData("container create img", DockerSubcommand.Create)]
        [InlineData("-H npipe:////./pipe/docker_engine run img", DockerSubcommand.Run)]
        [InlineData("service create img", DockerSubcommand.ServiceCreate)]
        public void ArgumentsWithoutExecutable(string arguments, object expectedValue)
        {
            var parsed = Parse(arguments, startsWithExecutable: false);
            Assert.NotNull(parsed);
            Assert.Equal((DockerSubcommand)expectedValue, parsed!.Subcommand);
            Assert.Equal("img", parsed.Tokens[parsed.ImageTokenIndex].Text);
            Assert.Null(Parse("docker run img", startsWithExecutable: false));
        }

        [Theory]
        [InlineData("-e A=B img")]
        [InlineData("--env A=B img")]
        [InlineData("--env=A=B img")]
        [InlineData("-eA=B img")]
        [InlineData("--env-file f img")]
        [InlineData("-v a:b img")]
        [InlineData("--volume C:\\a:C:\\b img")]
        [InlineData("-p 80:80 img")]
        [InlineData("--publish 8080:80 img")]
        [InlineData("--name x img")]
        [InlineData("-m 512m img")]
        [InlineData("-m512m img")]
        [InlineData("-m=512m img")]
        [InlineData("--memory 1g img")]
        [InlineData("--memory=1g img")]
        [InlineData("--isolation hyperv img")]
        [InlineData("--isolation=hyperv img")]
        [InlineData("--platform windows/amd64 img")]
        [InlineData("-w C:\\app img")]
        [InlineData("--workdir C:\\app img")]
        [InlineData("--entrypoint x img")]
        [InlineData("-u u img")]
        [InlineData("--user ContainerAdministrator img")]
        [InlineData("-l k=v img")]
        [InlineData("--label k=v img")]
        [InlineData("--cpus 2 img")]
        [InlineData("--mount type=bind,source=C:\\a,target=C:\\b img")]
        [InlineData("-h h img")]
        [InlineData("--hostname h img")]
        [InlineData("--device x img")]
        [InlineData("--restart always img")]
        [InlineData("--network nat img")]
        [InlineData("--net nat img")]
        [InlineData("--memory-reservation 1g img")]
        [InlineData("--memory-swap -1 img")]
        [InlineData("--memory-swappiness 0 img")]
        [InlineData("--pull always img")]
        [InlineData("--health-interval 5s img")]
        [InlineData("--stop-timeout 10 img")]
        [InlineData("--ip 10.0.0.2 img")]
        [InlineData("--blkio-weight 10 img")]
        [InlineData("--cpu-count 2 img")]
        [InlineData("--io-maxiops 100 img")]
        [InlineData("--gpus all img")]
        [InlineData("--detach-keys ctrl-x img")]
        [InlineData("--dns-opt a img")]
        [InlineData("--kernel-memory 4m img")]
        [InlineData("--shm-size 64m img")]
        [InlineData("-a stdout img")]
        [InlineData("-c 512 img")]
        [InlineData("--rm img")]
        [InlineData("-d img")]
        [InlineData("-it img")]
        [InlineData("-dit img")]
        [InlineData("-i -t img")]
        [InlineData("-itm 512m img")]
        [InlineData("-itm512m img")]
        [InlineData("-q img")]
        [InlineData("-P img")]
        [InlineData("--privileged img")]
        [InlineData("--read-only img")]
        [InlineData("--init img")]
        [InlineData("--no-healthcheck img")]
        [InlineData("--oom-kill-disable img")]
        [InlineData("--disable-content-trust img")]
        [InlineData("--sig-proxy=false img")]
        [InlineData("--rm=true img")]
        [InlineData("--use-api-socket img")]
        [InlineData("--some-future-flag img")]
        [InlineData("-- img")]
        [InlineData("--rm -- img")]
        [InlineData("--rm -it -e A=B --isolation=process -m 2g --name web img cmd /c echo --isolation=x")]
        [InlineData("--name {} img")]
        [InlineData("--name={} img")]
        [InlineData("-m {} img")]
        [InlineData("-m{} img")]
        [InlineData("--isolation {} img")]
        [InlineData("--isolation={} img")]
        [InlineData("-e {}={} img")]
        [InlineData("--rm img {}")]
        [InlineData("--rm img {..}")]
        public void FindsTheImageAfterOptions(string options)
        {
            foreach (var prefix in new[] { "docker run ", "docker create ", "docker container run " })
            {
                var parsed = Parse(prefix + options);
                Assert.NotNull(parsed);
                if (prefix == "docker create " && options.Contains("detach-keys"))
                {
                    continue; // run-only flag
                }

                Assert.False(parsed!.UnknownBeforeImage, prefix + options);
                Assert.True(parsed.ImageTokenIndex >= 0, prefix + options);
                Assert.Equal("img", parsed.Tokens[parsed.ImageTokenIndex].Text);
            }
        }

        [Fact]
        public void OptionsStopAtTheImage()
        {
            var parsed = Parse("docker run --rm -it -e A=B --isolation=process img cmd --isolation=x -m 1g")!;
            Assert.Equal(new[] { "rm", "interactive", "tty", "env", "isolation" }, parsed.Options.Select(o => o.Name));
            Assert.Equal("process", Assert.Single(parsed.Find("isolation")).Value);
            Assert.Empty(parsed.Find("memory"));
        }

        [Fact]
        public void EqualsForm()
        {
            var parsed = Parse("docker run --isolation=hyperv img")!;
            var o = Assert.Single(parsed.Options);
            Assert.Equal("isolation", o.Name);
            Assert.Equal(2, o.FlagTokenIndex);
            Assert.Equal(2, o.ValueTokenIndex);
            Assert.Equal(12, o.ValueOffset);
            Assert.Equal("hyperv", o.Value);
            Assert.False(o.ValueIsUnknown);
            Assert.Equal(3, parsed.ImageTokenIndex);
        }

        [Fact]
        public void SeparateValueForm()
        {
            var parsed = Parse("docker run --isolation HyperV img")!;
            var o = Assert.Single(parsed.Options);
            Assert.Equal(2, o.FlagTokenIndex);
            Assert.Equal(3, o.ValueTokenIndex);
            Assert.Equal(0, o.ValueOffset);
            Assert.Equal("HyperV", o.Value);
            Assert.Equal(4, parsed.ImageTokenIndex);
        }

        [Fact]
        public void EmptyAndQuotedValues()
        {
            var parsed = Parse("docker run --isolation= --name \"my app\" img")!;
            Assert.Equal(string.Empty, parsed.Find("isolation").Single().Value);
            Assert.Equal("my app", parsed.Find("name").Single().Value);
            Assert.Equal("img", parsed.Tokens[parsed.ImageTokenIndex].Text);

            parsed = Parse("docker run --isolation \"\" img")!;
            Assert.Equal(string.Empty, parsed.Find("isolation").Single().Value);
            Assert.Equal("img", parsed.Tokens[parsed.ImageTokenIndex].Text);
        }

        [Theory]
        [InlineData("-m512m", 2, 2, "512m")]
        [InlineData("-m=512m", 2, 3, "512m")]
        [InlineData("-dm512m", 2, 3, "512m")]
        [InlineData("-dm=512m", 2, 4, "512m")]
        [InlineData("-m 512m", 3, 0, "512m")]
        [InlineData("-itm 512m", 3, 0, "512m")]
        [InlineData("--memory=512m", 2, 9, "512m")]
        [InlineData("--memory 512m", 3, 0, "512m")]
        [InlineData("-m -1", 3, 0, "-1")]
        public void ShorthandValues(string option, int valueToken, int valueOffset, string value)
        {
            var parsed = Parse("docker run " + option + " img")!;
            var o = parsed.Find("memory").Single();
            Assert.Equal(2, o.FlagTokenIndex);
            Assert.Equal(valueToken, o.ValueTokenIndex);
            Assert.Equal(valueOffset, o.ValueOffset);
            Assert.Equal(value, o.Value);
            Assert.Equal(value, parsed.Tokens[o.ValueTokenIndex].Text.Substring(o.ValueOffset));
            Assert.Equal("img", parsed.Tokens[parsed.ImageTokenIndex].Text);
        }

        [Fact]
        public void BooleanFlagsHaveNoValue()
        {
            var parsed = Parse("docker run --rm -dit --sig-proxy=false img")!;
            Assert.Equal(new[] { "rm", "detach", "interactive", "tty", "sig-proxy" }, parsed.Options.Select(o => o.Name));
            Assert.All(parsed.Options.Take(4), o => Assert.Equal(-1, o.ValueTokenIndex));
            Assert.All(parsed.Options.Take(4), o => Assert.Null(o.Value));
            Assert.Equal("false", parsed.Options[4].Value);
            Assert.Equal(2, parsed.Options[0].FlagTokenIndex);
            Assert.Equal(3, parsed.Options[1].FlagTokenIndex);
            Assert.Equal(3, parsed.Options[3].FlagTokenIndex);
        }

        [Fact]
        public void MissingValue()
        {
            var parsed = Parse("docker run --rm --isolation")!;
            var o = parsed.Find("isolation").Single();
            Assert.Equal(-1, o.ValueTokenIndex);
            Assert.Null(o.Value);
            Assert.False(o.ValueIsUnknown);
            Assert.Equal(-1, parsed.ImageTokenIndex);
            Assert.False(parsed.UnknownBeforeImage);
        }

        [Fact]
        public void ValueTakesTheNextTokenWhateverItIs()
        {
            var parsed = Parse("docker run --name --isolation img")!;
            Assert.Equal("--isolation", parsed.Find("name").Single().Value);
            Assert.Empty(parsed.Find("isolation"));
            Assert.Equal(4, parsed.ImageTokenIndex);
        }

        [Theory]
        [InlineData("--net container:x", "network", "container:x")]
        [InlineData("--network=nat", "network", "nat")]
        [InlineData("--net-alias a", "network-alias", "a")]
        [InlineData("--dns-opt a", "dns-option", "a")]
        [InlineData("-h h", "hostname", "h")]
        [InlineData("-w C:\\app", "workdir", "C:\\app")]
        [InlineData("-v C:\\a:C:\\b", "volume", "C:\\a:C:\\b")]
        [InlineData("-p 80:80", "publish", "80:80")]
        [InlineData("-u u", "user", "u")]
        [InlineData("-l k=v", "label", "k=v")]
        [InlineData("-e A=B", "env", "A=B")]
        [InlineData("--device class/5B45201D-F2F2-4F3B-85BB-30FF1F953599", "device", "class/5B45201D-F2F2-4F3B-85BB-30FF1F953599")]
        [InlineData("--memory-reservation 100m", "memory-reservation", "100m")]
        [InlineData("--platform windows/amd64", "platform", "windows/amd64")]
        [InlineData("--some-future-flag=x", "some-future-flag", "x")]
        public void CanonicalNames(string option, string name, string value)
        {
            var parsed = Parse("docker run " + option + " img")!;
            var o = Assert.Single(parsed.Options);
            Assert.Equal(name, o.Name);
            Assert.Equal(value, o.Value);
            Assert.Equal("img", parsed.Tokens[parsed.ImageTokenIndex].Text);
        }

        [Fact]
        public void RepeatedOptions()
        {
            var parsed = Parse("docker run --isolation=process --isolation hyperv img")!;
            Assert.Equal(new[] { "process", "hyperv" }, parsed.Find("isolation").Select(o => o.Value));
        }

        [Fact]
        public void UnknownValueIsNotUnknownBeforeImage()
        {
            var parsed = Parse("docker run --name {} --isolation={} -m{} img")!;
            Assert.False(parsed.UnknownBeforeImage);
            Assert.Equal("img", parsed.Tokens[parsed.ImageTokenIndex].Text);
            var name = parsed.Find("name").Single();
            Assert.True(name.ValueIsUnknown);
            Assert.Null(name.Value);
            Assert.Equal(3, name.ValueTokenIndex);
            var isolation = parsed.Find("isolation").Single();
            Assert.True(isolation.ValueIsUnknown);
            Assert.Null(isolation.Value);
            Assert.Equal(4, isolation.FlagTokenIndex);
            Assert.Equal(4, isolation.ValueTokenIndex);
            Assert.Equal(12, isolation.ValueOffset);
            var memory = parsed.Find("memory").Single();
            Assert.True(memory.ValueIsUnknown);
            Assert.Equal(5, memory.ValueTokenIndex);
            Assert.Equal(2, memory.ValueOffset);
        }

        [Fact]
        public void IsolationValueWithHoleInListMode()
        {
            var tokens = Elements("docker", "run", "--isolation", "{}", "--rm", "img");
            var parsed = DockerCommand.Parse(tokens, startsWithExecutable: true)!;
            Assert.False(parsed.UnknownBeforeImage);
            Assert.True(parsed.Find("isolation").Single().ValueIsUnknown);
            Assert.Equal(5, parsed.ImageTokenIndex);
        }

        [Theory]
        [InlineData("docker run {} img")]
        [InlineData("docker run {..} img")]
        [InlineData("docker run --rm {} img")]
        [InlineData("docker run \"{}\" img")]
        [InlineData("docker run --{} img")]
        [InlineData("docker run --iso{} img")]
        [InlineData("docker run -{} img")]
        [InlineData("docker run -d{} img")]
        [InlineData("docker run -it{} img")]
        [InlineData("docker run --rm {}")]
        [InlineData("docker run -- {}")]
        [InlineData("docker run {} --isolation=process img")]
        [InlineData("docker service create {} img")]
        [InlineData("docker create {..}")]
        public void UnknownBeforeImage(string command)
        {
            var parsed = Parse(command);
            Assert.NotNull(parsed);
            Assert.True(parsed!.UnknownBeforeImage);
            Assert.Equal(-1, parsed.ImageTokenIndex);
        }

        [Fact]
        public void UnknownBeforeImageInListMode()
        {
            var parsed = DockerCommand.Parse(Elements("docker", "run", "{}", "img"), startsWithExecutable: true)!;
            Assert.True(parsed.UnknownBeforeImage);
            Assert.Equal(-1, parsed.ImageTokenIndex);

            parsed = DockerCommand.Parse(Elements("docker", "run", "{..}", "--isolation=process", "img"), startsWithExecutable: true)!;
            Assert.True(parsed.UnknownBeforeImage);
            Assert.Equal("process", parsed.Find("isolation").Single().Value);
            Assert.Equal(-1, parsed.ImageTokenIndex);
        }

        [Fact]
        public void OptionsAfterAnUnknownTokenAreStillRead()
        {
            var parsed = Parse("docker run {} --isolation=process img cmd -m 1g")!;
            Assert.True(parsed.UnknownBeforeImage);
            Assert.Equal("process", parsed.Find("isolation").Single().Value);
            Assert.Empty(parsed.Find("memory"));
        }

        [Theory]
        [InlineData("docker run --rm mcr.microsoft.com/windows/servercore:{}", 3)]
        [InlineData("docker run --rm {}/app:1", 3)]
        [InlineData("docker run --rm {}:{}", 3)]
        [InlineData("docker run --rm -- {}/app", 4)]
        public void ImageWithHole(string command, int index)
        {
            var parsed = Parse(command)!;
            Assert.False(parsed.UnknownBeforeImage);
            Assert.Equal(index, parsed.ImageTokenIndex);
            Assert.True(parsed.Tokens[index].HasHole);
        }

        [Fact]
        public void ShortClusterWithHoleAfterValueFlag()
        {
            var parsed = Parse("docker run -dm{} img")!;
            Assert.False(parsed.UnknownBeforeImage);
            Assert.Equal(new[] { "detach", "memory" }, parsed.Options.Select(o => o.Name));
            Assert.True(parsed.Options[1].ValueIsUnknown);
            Assert.Equal(3, parsed.Options[1].ValueOffset);
        }

        [Fact]
        public void ServiceCreateTable()
        {
            var parsed = Parse("docker service create --replicas 2 --mode global --constraint node.platform.os==windows "
                + "--limit-memory 1g --reserve-memory 512m --limit-cpu 1 --isolation hyperv --name web -d "
                + "--with-registry-auth --endpoint-mode dnsrr --credential-spec file://x.json -p 80:80 --network n "
                + "--restart-condition any --update-delay 10s --stop-grace-period 5s --generic-resource gpu=1 img cmd")!;
            Assert.Equal(DockerSubcommand.ServiceCreate, parsed.Subcommand);
            Assert.False(parsed.UnknownBeforeImage);
            Assert.Equal("img", parsed.Tokens[parsed.ImageTokenIndex].Text);
            Assert.Equal("2", parsed.Find("replicas").Single().Value);
            Assert.Equal("global", parsed.Find("mode").Single().Value);
            Assert.Equal("node.platform.os==windows", parsed.Find("constraint").Single().Value);
            Assert.Equal("1g", parsed.Find("limit-memory").Single().Value);
            Assert.Equal("512m", parsed.Find("reserve-memory").Single().Value);
            Assert.Equal("hyperv", parsed.Find("isolation").Single().Value);
            Assert.Equal(-1, parsed.Find("detach").Single().ValueTokenIndex);
        }

        [Theory]
        [InlineData("--replicas 2 img")]
        [InlineData("--replicas=2 img")]
        [InlineData("--mode global img")]
        [InlineData("--mode=replicated-job img")]
        [InlineData("--constraint node.platform.os==windows img")]
        [InlineData("--limit-memory 1g img")]
        [InlineData("--reserve-memory 1g img")]
        [InlineData("--memory-swap 1g img")]
        [InlineData("-e A=B -l k=v -p 80:80 -w C:\\app -u u img")]
        [InlineData("--hostname h img")]
        [InlineData("--mount type=bind,source=a,target=b img")]
        [InlineData("-d -q -t --init --read-only --no-healthcheck --no-resolve-image img")]
        [InlineData("--isolation=process img")]
        public void ServiceCreateImage(string options)
        {
            var parsed = Parse("docker service create " + options)!;
            Assert.False(parsed.UnknownBeforeImage);
            Assert.Equal("img", parsed.Tokens[parsed.ImageTokenIndex].Text);
        }

        [Fact]
        public void OptionTablesArePerSubcommand()
        {
            // run has no --replicas: read as a boolean, "2" becomes the image.
            var run = Parse("docker run --replicas 2 img")!;
            Assert.Equal("2", run.Tokens[run.ImageTokenIndex].Text);

            // service create's -h is help, run's is --hostname.
            Assert.NotNull(Parse("docker run -h h img"));
            Assert.Null(Parse("docker service create -h h img"));

            // --pull takes a value for run, not for build.
            var runPull = Parse("docker run --pull always img")!;
            Assert.Equal("always", runPull.Find("pull").Single().Value);
            var buildPull = Parse("docker build --pull --isolation process .")!;
            Assert.Null(buildPull.Find("pull").Single().Value);
            Assert.Equal("process", buildPull.Find("isolation").Single().Value);
        }

        [Fact]
        public void ServiceUpdate()
        {
            var parsed = Parse("docker service update --image mcr.microsoft.com/windows/nanoserver:ltsc2022 --isolation=process --force svc")!;
            Assert.Equal(DockerSubcommand.ServiceUpdate, parsed.Subcommand);
            Assert.Equal(-1, parsed.ImageTokenIndex);
            Assert.False(parsed.UnknownBeforeImage);
            var image = parsed.Find("image").Single();
            Assert.Equal("mcr.microsoft.com/windows/nanoserver:ltsc2022", image.Value);
            Assert.Equal(4, image.ValueTokenIndex);
            Assert.Equal("process", parsed.Find("isolation").Single().Value);
            Assert.Equal(-1, parsed.Find("force").Single().ValueTokenIndex);
        }

        [Fact]
        public void ServiceUpdateFlagsMayFollowTheServiceName()
        {
            var parsed = Parse("docker service update svc --isolation hyperv --image=img:2 --rollback --constraint-add node.platform.os==windows")!;
            Assert.Equal("hyperv", parsed.Find("isolation").Single().Value);
            Assert.Equal("img:2", parsed.Find("image").Single().Value);
            Assert.Equal("node.platform.os==windows", parsed.Find("constraint-add").Single().Value);
            Assert.Equal(-1, parsed.ImageTokenIndex);
        }

        [Fact]
        public void ServiceUpdateWithUnknownToken()
        {
            var parsed = Parse("docker service update --image {} {}")!;
            Assert.True(parsed.Find("image").Single().ValueIsUnknown);
            Assert.True(parsed.UnknownBeforeImage);
        }

        [Fact]
        public void Build()
        {
            var parsed = Parse("docker build --isolation hyperv -t tag:1 -f Dockerfile.windows --build-arg A=B -m 2g .")!;
            Assert.Equal(DockerSubcommand.Build, parsed.Subcommand);
            Assert.Equal(-1, parsed.ImageTokenIndex);
            Assert.False(parsed.UnknownBeforeImage);
            Assert.Equal("hyperv", parsed.Find("isolation").Single().Value);
            Assert.Equal("tag:1", parsed.Find("tag").Single().Value);
            Assert.Equal("Dockerfile.windows", parsed.Find("file").Single().Value);
            Assert.Equal("2g", parsed.Find("memory").Single().Value);
        }

        [Theory]
        [InlineData("docker build --isolation=process .")]
        [InlineData("docker build . --isolation=process")]
        [InlineData("docker build -t x . --isolation process")]
        [InlineData("docker build --no-cache --pull --rm --force-rm -q --compress --squash --isolation process .")]
        [InlineData("docker buildx build --output type=docker --load --push --check --isolation process .")]
        [InlineData("docker buildx build -o type=docker --progress plain --secret id=a --ssh default --isolation process .")]
        [InlineData("docker image build --platform windows/amd64 --isolation process .")]
        [InlineData("docker builder build -tx:1 --isolation process .")]
        [InlineData("docker build --isolation process -- .")]
        public void BuildIsolation(string command)
        {
            var parsed = Parse(command)!;
            Assert.Equal(DockerSubcommand.Build, parsed.Subcommand);
            Assert.Equal("process", parsed.Find("isolation").Single().Value);
            Assert.Equal(-1, parsed.ImageTokenIndex);
            Assert.False(parsed.UnknownBeforeImage);
        }

        [Fact]
        public void BuildOptionsStopAtDoubleDash()
        {
            var parsed = Parse("docker build . -- --isolation process")!;
            Assert.Empty(parsed.Find("isolation"));
        }

        [Fact]
        public void BuildWithUnknownToken()
        {
            Assert.True(Parse("docker build {} .")!.UnknownBeforeImage);
            Assert.True(Parse("docker build . {}")!.UnknownBeforeImage);
            Assert.False(Parse("docker build -t {} .")!.UnknownBeforeImage);
        }

        [Fact]
        public void FindReturnsNothingForAbsentOptions()
        {
            var parsed = Parse("docker run img")!;
            Assert.Empty(parsed.Options);
            Assert.Empty(parsed.Find("isolation"));
            Assert.Same(parsed.Tokens, parsed.Tokens);
        }

        [Fact]
        public void NullAndOddInputsDoNotThrow()
        {
            Assert.Null(DockerCommand.Parse(null!, true));
            Assert.Null(DockerCommand.Parse(new CommandToken[0], true));
            Assert.Null(DockerCommand.Parse(new CommandToken[0], false));
            foreach (var command in new[] { "docker run -", "docker run -=", "docker run --=", "docker run ---", "docker run -=x img", "docker run --=x img", "docker run -m", "docker run -m=", "docker run {}{}", "docker run -{}-{}", "docker run --{}={}" })
            {
                _ = Parse(command);
            }

            var dash = Parse("docker run - img")!;
            Assert.Equal("-", dash.Tokens[dash.ImageTokenIndex].Text);
        }
    }
}
