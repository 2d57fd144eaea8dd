using IsolationAnalyzers.Knowledge;
using Xunit;

namespace IsolationAnalyzers.Tests.Knowledge
{
    public class ImageReferenceTests
    {
        [Theory]
        [InlineData("ubuntu", null, "ubuntu", null, null, "docker.io", true)]
        [InlineData("ubuntu:22.04", null, "ubuntu", "22.04", null, "docker.io", true)]
        [InlineData("library/nginx:1.27", null, "library/nginx", "1.27", null, "docker.io", true)]
        [InlineData("microsoft/nanoserver", null, "microsoft/nanoserver", null, null, "docker.io", false)]
        [InlineData("docker.io/library/redis", "docker.io", "library/redis", null, null, "docker.io", true)]
        [InlineData("index.docker.io/redis:7", "index.docker.io", "redis", "7", null, "docker.io", true)]
        [InlineData("registry-1.docker.io/bitnami/redis", "registry-1.docker.io", "bitnami/redis", null, null, "docker.io", false)]
        [InlineData("Docker.IO/postgres", "Docker.IO", "postgres", null, null, "docker.io", true)]
        [InlineData("mcr.microsoft.com/windows/servercore:ltsc2022", "mcr.microsoft.com", "windows/servercore", "ltsc2022", null, "mcr.microsoft.com", false)]
        [InlineData("MCR.Microsoft.com/windows/nanoserver:1809", "MCR.Microsoft.com", "windows/nanoserver", "1809", null, "mcr.microsoft.com", false)]
        [InlineData("mcr.microsoft.com/windows", "mcr.microsoft.com", "windows", null, null, "mcr.microsoft.com", false)]
        [InlineData("mcr.microsoft.com/dotnet/framework/sdk:4.8", "mcr.microsoft.com", "dotnet/framework/sdk", "4.8", null, "mcr.microsoft.com", false)]
        [InlineData("localhost/app", "localhost", "app", null, null, "localhost", false)]
        [InlineData("localhost:5000/app:1.0", "localhost:5000", "app", "1.0", null, "localhost:5000", false)]
        [InlineData("myhost:5000/team/app", "myhost:5000", "team/app", null, null, "myhost:5000", false)]
        [InlineData("Contoso.AzureCR.io:443/a/b/c:v1", "Contoso.AzureCR.io:443", "a/b/c", "v1", null, "contoso.azurecr.io:443", false)]
        [InlineData("myorg/app:1.0", null, "myorg/app", "1.0", null, "docker.io", false)]
        [InlineData("localhost", null, "localhost", null, null, "docker.io", true)]
        [InlineData("myhost:5000", null, "myhost", "5000", null, "docker.io", true)]
        [InlineData("ubuntu@sha256:abc123", null, "ubuntu", null, "sha256:abc123", "docker.io", true)]
        [InlineData("mcr.microsoft.com/windows/servercore:ltsc2022@sha256:0f1e", "mcr.microsoft.com", "windows/servercore", "ltsc2022", "sha256:0f1e", "mcr.microsoft.com", false)]
        [InlineData("localhost:5000/app@sha256:ff", "localhost:5000", "app", null, "sha256:ff", "localhost:5000", false)]
        public void Parses_the_parts(string text, string? registry, string repository, string? tag, string? digest, string normalized, bool official)
        {
            ImageReference? image = ImageReference.Parse(text);
            Assert.NotNull(image);
            Assert.Equal(text, image!.Text);
            Assert.Equal(registry, image.Registry);
            Assert.Equal(repository, image.Repository);
            Assert.Equal(tag, image.Tag);
            Assert.Equal(digest, image.Digest);
            Assert.Equal(normalized, image.NormalizedRegistry);
            Assert.Equal(official, image.IsDockerHubOfficial);
        }

        [Theory]
        [InlineData(null)]
        [InlineData("")]
        [InlineData(" ")]
        [InlineData("\t")]
        [InlineData("ubuntu 22.04")]
        [InlineData(" ubuntu")]
        [InlineData("ubuntu\n")]
        [InlineData("::::")]
        [InlineData("a@")]
        [InlineData("@sha256:abc")]
        [InlineData("ubuntu@sha256")]
        [InlineData("ubuntu@sha256:")]
        [InlineData("ubuntu@:abc")]
        [InlineData("ubuntu@sha256:a@b")]
        [InlineData("ubuntu:")]
        [InlineData(":latest")]
        [InlineData("ubuntu:a:b")]
        [InlineData("/ubuntu")]
        [InlineData("ubuntu/")]
        [InlineData("a//b")]
        [InlineData("mcr.microsoft.com/")]
        [InlineData(":5000/app")]
        [InlineData("host:/app")]
        [InlineData("a:b:c/app")]
        [InlineData("mcr.microsoft.com/windows/servercore:")]
        public void Rejects_unparseable_text(string? text)
        {
            Assert.Null(ImageReference.Parse(text));
        }

        [Fact]
        public void Very_long_text_does_not_throw()
        {
            string longName = new string('a', 100_000);
            ImageReference? image = ImageReference.Parse(longName);
            Assert.NotNull(image);
            Assert.Equal(longName, image!.Repository);

            Assert.Null(ImageReference.Parse(new string(':', 100_000)));
            Assert.Null(ImageReference.Parse(new string('@', 100_000)));
            Assert.Null(ImageReference.Parse(new string('/', 100_000)));
            Assert.Null(ImageReference.Parse(new string(' ', 100_000)));
            Assert.NotNull(ImageReference.Parse("x:" + new string('t', 100_000)));
        }

        [Theory]
        [InlineData("mcr.microsoft.com/windows/servercore:ltsc2019", "ltsc2022", "mcr.microsoft.com/windows/servercore:ltsc2022")]
        [InlineData("mcr.microsoft.com/windows/servercore", "ltsc2022", "mcr.microsoft.com/windows/servercore:ltsc2022")]
        [InlineData("mcr.microsoft.com/windows/servercore:ltsc2019@sha256:abc", "ltsc2022", "mcr.microsoft.com/windows/servercore:ltsc2022")]
        [InlineData("localhost:5000/app@sha256:abc", "1809", "localhost:5000/app:1809")]
        [InlineData("ubuntu", "22.04", "ubuntu:22.04")]
        [InlineData("MCR.Microsoft.com/Windows/NanoServer:1809", "ltsc2022", "MCR.Microsoft.com/Windows/NanoServer:ltsc2022")]
        public void WithTag_replaces_the_tag_and_drops_the_digest(string text, string tag, string expected)
        {
            Assert.Equal(expected, ImageReference.Parse(text)!.WithTag(tag));
        }
    }
}
