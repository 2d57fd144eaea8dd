using IsolationAnalyzers.Knowledge;
using Xunit;

namespace IsolationAnalyzers.Tests.Knowledge
{
    public class ImageClassifierTests
    {
        private static ImageClassification Classify(string text, string? platform = null)
        {
            ImageReference? image = ImageReference.Parse(text);
            Assert.NotNull(image);
            return ImageClassifier.Classify(image!, platform);
        }

        // Windows, build known: image naming of windows-containers.md §2 and rules.md §2.
        [Theory]
        [InlineData("mcr.microsoft.com/windows/nanoserver:ltsc2022", 20348, WindowsBase.NanoServer, true, "ltsc2022")]
        [InlineData("mcr.microsoft.com/windows/nanoserver:ltsc2025", 26100, WindowsBase.NanoServer, true, "ltsc2025")]
        [InlineData("mcr.microsoft.com/windows/nanoserver:1809", 17763, WindowsBase.NanoServer, true, "1809")]
        [InlineData("mcr.microsoft.com/windows/nanoserver:sac2016", 14393, WindowsBase.NanoServer, true, "sac2016")]
        [InlineData("mcr.microsoft.com/windows/nanoserver:20H2", 19042, WindowsBase.NanoServer, true, "20H2")]
        [InlineData("mcr.microsoft.com/windows/servercore:ltsc2016", 14393, WindowsBase.ServerCore, true, "ltsc2016")]
        [InlineData("mcr.microsoft.com/windows/servercore:1607", 14393, WindowsBase.ServerCore, true, "1607")]
        [InlineData("mcr.microsoft.com/windows/servercore:1709", 16299, WindowsBase.ServerCore, true, "1709")]
        [InlineData("mcr.microsoft.com/windows/servercore:1803", 17134, WindowsBase.ServerCore, true, "1803")]
        [InlineData("mcr.microsoft.com/windows/servercore:ltsc2019", 17763, WindowsBase.ServerCore, true, "ltsc2019")]
        [InlineData("mcr.microsoft.com/windows/servercore:1903", 18362, WindowsBase.ServerCore, true, "1903")]
        [InlineData("mcr.microsoft.com/windows/servercore:1909", 18363, WindowsBase.ServerCore, true, "1909")]
        [InlineData("mcr.microsoft.com/windows/servercore:2004", 19041, WindowsBase.ServerCore, true, "2004")]
        [InlineData("mcr.microsoft.com/windows/servercore:20h2", 19042, WindowsBase.ServerCore, true, "20h2")]
        [InlineData("mcr.microsoft.com/windows/servercore:ltsc2022", 20348, WindowsBase.ServerCore, true, "ltsc2022")]
        [InlineData("mcr.microsoft.com/windows/servercore:ltsc2025", 26100, WindowsBase.ServerCore, true, "ltsc2025")]
        [InlineData("mcr.microsoft.com/windows/servercore:10.0.17763.437", 17763, WindowsBase.ServerCore, true, "10.0.17763.437")]
        [InlineData("mcr.microsoft.com/windows/servercore:10.0.20348.2340", 20348, WindowsBase.ServerCore, true, "10.0.20348.2340")]
        [InlineData("mcr.microsoft.com/windows/servercore:ltsc2022-KB5034770", 20348, WindowsBase.ServerCore, true, "ltsc2022")]
        [InlineData("mcr.microsoft.com/windows/servercore:1809-KB5034768", 17763, WindowsBase.ServerCore, true, "1809")]
        [InlineData("mcr.microsoft.com/windows/server:ltsc2022", 20348, WindowsBase.ServerCore, true, "ltsc2022")]
        [InlineData("mcr.microsoft.com/windows/server:ltsc2025", 26100, WindowsBase.ServerCore, true, "ltsc2025")]
        [InlineData("mcr.microsoft.com/windows:1809", 17763, WindowsBase.ServerCore, true, "1809")]
        [InlineData("mcr.microsoft.com/windows:ltsc2019", 17763, WindowsBase.ServerCore, true, "ltsc2019")]
        [InlineData("mcr.microsoft.com/dotnet/runtime:8.0-nanoserver-ltsc2022", 20348, WindowsBase.NanoServer, false, "ltsc2022")]
        [InlineData("mcr.microsoft.com/dotnet/aspnet:8.0-nanoserver-ltsc2022", 20348, WindowsBase.NanoServer, false, "ltsc2022")]
        [InlineData("mcr.microsoft.com/dotnet/sdk:8.0-nanoserver-ltsc2022", 20348, WindowsBase.NanoServer, false, "ltsc2022")]
        [InlineData("mcr.microsoft.com/dotnet/sdk:8.0-nanoserver-1809", 17763, WindowsBase.NanoServer, false, "1809")]
        [InlineData("mcr.microsoft.com/dotnet/runtime:9.0-windowsservercore-ltsc2025", 26100, WindowsBase.ServerCore, false, "ltsc2025")]
        [InlineData("mcr.microsoft.com/dotnet/runtime:10.0-nanoserver-ltsc2025", 26100, WindowsBase.NanoServer, false, "ltsc2025")]
        [InlineData("mcr.microsoft.com/dotnet/sdk:10.0.100-nanoserver-ltsc2025", 26100, WindowsBase.NanoServer, false, "ltsc2025")]
        [InlineData("mcr.microsoft.com/dotnet/framework/runtime:4.8-windowsservercore-ltsc2019", 17763, WindowsBase.ServerCore, false, "ltsc2019")]
        [InlineData("mcr.microsoft.com/dotnet/framework/sdk:4.8-windowsservercore-ltsc2019", 17763, WindowsBase.ServerCore, false, "ltsc2019")]
        [InlineData("mcr.microsoft.com/dotnet/framework/aspnet:4.8.1-windowsservercore-ltsc2022", 20348, WindowsBase.ServerCore, false, "ltsc2022")]
        [InlineData("mcr.microsoft.com/powershell:lts-nanoserver-ltsc2022", 20348, WindowsBase.NanoServer, false, "ltsc2022")]
        [InlineData("golang:1.22-windowsservercore-ltsc2022", 20348, WindowsBase.ServerCore, false, "ltsc2022")]
        [InlineData("build-env:windows-servercore-1903", 18362, WindowsBase.ServerCore, false, "1903")]
        [InlineData("contoso.azurecr.io/tools:windowsservercore-ltsc2019", 17763, WindowsBase.ServerCore, false, "ltsc2019")]
        [InlineData("contoso.azurecr.io/tools:nanoserver-2004", 19041, WindowsBase.NanoServer, false, "2004")]
        [InlineData("contoso.azurecr.io/app:ltsc2022", 20348, WindowsBase.ServerCore, false, "ltsc2022")]
        [InlineData("microsoft/nanoserver:sac2016", 14393, WindowsBase.NanoServer, false, "sac2016")]
        [InlineData("microsoft/windowsservercore:1709", 16299, WindowsBase.ServerCore, false, "1709")]
        [InlineData("microsoft/windowsservercore:10.0.14393.2068", 14393, WindowsBase.ServerCore, false, "10.0.14393.2068")]
        [InlineData("mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2016", 14393, WindowsBase.ServerCore, false, "ltsc2016")]
        [InlineData("microsoft/mssql-server-windows-express:2017-ltsc2019", 17763, WindowsBase.ServerCore, false, "ltsc2019")]
        [InlineData("cloudfoundry/windows2016fs:1809", 17763, WindowsBase.ServerCore, false, "1809")]
        public void Windows_build_known(string text, int build, object @base, bool baseOs, string releaseToken)
        {
            ImageClassification c = Classify(text);
            Assert.Equal(ImageOs.Windows, c.Os);
            Assert.Equal(build, c.Build);
            Assert.Equal((WindowsBase)@base, c.Base);
            Assert.Equal(baseOs, c.IsWindowsBaseOsImage);
            Assert.Equal(releaseToken, c.ReleaseToken);
            Assert.False(c.IsPinnedByDigest);
        }

        // Windows, build unknown.
        [Theory]
        [InlineData("mcr.microsoft.com/windows/servercore", WindowsBase.ServerCore, true)]
        [InlineData("mcr.microsoft.com/windows/servercore:latest", WindowsBase.ServerCore, true)]
        [InlineData("mcr.microsoft.com/windows/nanoserver", WindowsBase.NanoServer, true)]
        [InlineData("mcr.microsoft.com/windows/server:latest", WindowsBase.ServerCore, true)]
        [InlineData("mcr.microsoft.com/windows", WindowsBase.ServerCore, true)]
        [InlineData("mcr.microsoft.com/windows:2019", WindowsBase.ServerCore, true)]
        [InlineData("mcr.microsoft.com/windows/servercore/iis", WindowsBase.ServerCore, false)]
        [InlineData("mcr.microsoft.com/dotnet/framework/sdk:4.8", WindowsBase.ServerCore, false)]
        [InlineData("mcr.microsoft.com/dotnet/framework/runtime:4.8.1", WindowsBase.ServerCore, false)]
        [InlineData("mcr.microsoft.com/dotnet/framework/aspnet:latest", WindowsBase.ServerCore, false)]
        [InlineData("mcr.microsoft.com/dotnet/framework/aspnet", WindowsBase.ServerCore, false)]
        [InlineData("microsoft/nanoserver", WindowsBase.NanoServer, false)]
        [InlineData("microsoft/windowsservercore:latest", WindowsBase.ServerCore, false)]
        [InlineData("docker.io/microsoft/windowsservercore", WindowsBase.ServerCore, false)]
        [InlineData("build-env:windows-servercore", WindowsBase.ServerCore, false)]
        [InlineData("contoso.azurecr.io/app:nanoserver", WindowsBase.NanoServer, false)]
        [InlineData("python:3.12-windowsservercore", WindowsBase.ServerCore, false)]
        [InlineData("mcr.microsoft.com/dotnet/runtime:8.0-nanoserver", WindowsBase.NanoServer, false)]
        [InlineData("contoso.azurecr.io/app:windows", WindowsBase.ServerCore, false)]
        [InlineData("contoso.azurecr.io/app:1.0-windows-amd64", WindowsBase.ServerCore, false)]
        [InlineData("mcr.microsoft.com/windows/servercore:ltsc2022x", WindowsBase.ServerCore, true)]
        [InlineData("mcr.microsoft.com/windows/servercore:v2004", WindowsBase.ServerCore, true)]
        [InlineData("mcr.microsoft.com/windows/servercore:10.0.100", WindowsBase.ServerCore, true)]
        // Windows by name: a path component, or a '-'/'_' part of one, starts with "windows" (rules.md §2).
        [InlineData("microsoft/mssql-server-windows-express", WindowsBase.ServerCore, false)]
        [InlineData("microsoft/mssql-server-windows-express:latest", WindowsBase.ServerCore, false)]
        [InlineData("octopusdeploy/mssql-server-windows-express:2019", WindowsBase.ServerCore, false)]
        [InlineData("cloudfoundry/windows2016fs", WindowsBase.ServerCore, false)]
        [InlineData("cloudfoundry/windows2016fs:2019.0.1", WindowsBase.ServerCore, false)]
        [InlineData("contoso.azurecr.io/build_windows_agent:3", WindowsBase.ServerCore, false)]
        [InlineData("contoso.azurecr.io/WINDOWS-tools", WindowsBase.ServerCore, false)]
        [InlineData("ghcr.io/org/windows/agent:1.0", WindowsBase.ServerCore, false)]
        [InlineData("contoso.azurecr.io/windows-nanoserver-tools", WindowsBase.NanoServer, false)]
        public void Windows_build_unknown(string text, object @base, bool baseOs)
        {
            ImageClassification c = Classify(text);
            Assert.Equal(ImageOs.Windows, c.Os);
            Assert.Null(c.Build);
            Assert.Null(c.ReleaseToken);
            Assert.Equal((WindowsBase)@base, c.Base);
            Assert.Equal(baseOs, c.IsWindowsBaseOsImage);
        }

        [Theory]
        [InlineData("contoso.azurecr.io/app:1.0", "windows", null)]
        [InlineData("contoso.azurecr.io/app:1.0", "windows/amd64", null)]
        [InlineData("contoso.azurecr.io/app:1.0", "Windows/AMD64", null)]
        [InlineData("contoso.azurecr.io/app:1809", "windows/amd64", 17763)]
        [InlineData("contoso.azurecr.io/app:10.0.20348.2340", "windows", 20348)]
        [InlineData("nginx:1.27", "windows", null)]
        [InlineData("contoso.azurecr.io/app:2004", "windows", 19041)]
        public void Windows_platform_makes_windows(string text, string platform, int? build)
        {
            ImageClassification c = Classify(text, platform);
            Assert.Equal(ImageOs.Windows, c.Os);
            Assert.Equal(build, c.Build);
            Assert.Equal(WindowsBase.ServerCore, c.Base);
            Assert.False(c.IsWindowsBaseOsImage);
        }

        // Linux.
        [Theory]
        [InlineData("ubuntu", null)]
        [InlineData("ubuntu:22.04", null)]
        [InlineData("ubuntu:2004", null)]
        [InlineData("alpine", null)]
        [InlineData("nginx:1.27", null)]
        [InlineData("redis", null)]
        [InlineData("postgres:16", null)]
        [InlineData("library/postgres:16", null)]
        [InlineData("docker.io/library/redis:7", null)]
        [InlineData("index.docker.io/nginx", null)]
        [InlineData("python:3.12-slim", null)]
        [InlineData("contoso.azurecr.io/app:1.0-alpine", null)]
        [InlineData("contoso.azurecr.io/app:bookworm", null)]
        [InlineData("contoso.azurecr.io/app:1-bullseye", null)]
        [InlineData("contoso.azurecr.io/app:jammy", null)]
        [InlineData("contoso.azurecr.io/app:noble", null)]
        [InlineData("contoso.azurecr.io/app:focal", null)]
        [InlineData("contoso.azurecr.io/app:slim", null)]
        [InlineData("contoso.azurecr.io/app:8.0-azurelinux3.0", null)]
        [InlineData("contoso.azurecr.io/app:6.0-cbl-mariner2.0", null)]
        [InlineData("contoso.azurecr.io/app:distroless", null)]
        [InlineData("contoso.azurecr.io/app:8.0-jammy-chiseled", null)]
        [InlineData("contoso.azurecr.io/app:ALPINE", null)]
        [InlineData("mcr.microsoft.com/dotnet/runtime:8.0", null)]
        [InlineData("mcr.microsoft.com/dotnet/aspnet:8.0", null)]
        [InlineData("mcr.microsoft.com/dotnet/sdk:9.0", null)]
        [InlineData("mcr.microsoft.com/dotnet/sdk", null)]
        [InlineData("mcr.microsoft.com/dotnet/runtime-deps:8.0-alpine", null)]
        [InlineData("mcr.microsoft.com/mssql/server:2022-latest", null)]
        [InlineData("mcr.microsoft.com/mssql/server", null)]
        [InlineData("contoso.azurecr.io/app:1.0", "linux")]
        [InlineData("contoso.azurecr.io/app:1.0", "linux/arm64")]
        [InlineData("contoso.azurecr.io/app:1.0", "LINUX/amd64")]
        [InlineData("mcr.microsoft.com/windows/servercore:ltsc2022", "linux")]
        public void Linux(string text, string? platform)
        {
            ImageClassification c = Classify(text, platform);
            Assert.Equal(ImageOs.Linux, c.Os);
            Assert.Null(c.Build);
            Assert.Null(c.ReleaseToken);
            Assert.Equal(WindowsBase.Unknown, c.Base);
        }

        // Unknown: nothing says which OS. Version-looking numbers are not releases.
        [Theory]
        [InlineData("contoso.azurecr.io/app:1.0", null)]
        [InlineData("contoso.azurecr.io/app", null)]
        [InlineData("contoso.azurecr.io/app:1809", null)]
        [InlineData("contoso.azurecr.io/app:2004", null)]
        [InlineData("contoso.azurecr.io/app:10.0.17763.437", null)]
        [InlineData("myorg/app:1.27", null)]
        [InlineData("myorg/app:8.0", null)]
        [InlineData("localhost:5000/app:latest", null)]
        [InlineData("mcr.microsoft.com/azure-cli", null)]
        [InlineData("mcr.microsoft.com/powershell:lts", null)]
        [InlineData("ghcr.io/org/tool:v1", "")]
        [InlineData("ghcr.io/org/tool:v1", "freebsd")]
        [InlineData("agent", null)]
        [InlineData("build-agent:1.0", null)]
        [InlineData("python:3.12", null)]
        [InlineData("golang:1.22", null)]
        [InlineData("mongo:7", null)]
        // Not Windows by name: "windows" must start a path part, and the registry host is not part of the path.
        [InlineData("contoso.azurecr.io/mywindowsapp:1.0", null)]
        [InlineData("contoso.azurecr.io/app-forwindows:1.0", null)]
        [InlineData("windows.contoso.io/app:1.0", null)]
        [InlineData("contoso.azurecr.io/window:1.0", null)]
        public void Unknown(string text, string? platform)
        {
            ImageClassification c = Classify(text, platform);
            Assert.Equal(ImageOs.Unknown, c.Os);
            Assert.Null(c.Build);
            Assert.Null(c.ReleaseToken);
            Assert.Equal(WindowsBase.Unknown, c.Base);
            Assert.False(c.IsWindowsBaseOsImage);
        }

        [Theory]
        [InlineData("mcr.microsoft.com/windows/servercore@sha256:abcdef", ImageOs.Windows, null)]
        [InlineData("mcr.microsoft.com/windows/servercore:ltsc2022@sha256:abcdef", ImageOs.Windows, 20348)]
        [InlineData("ubuntu@sha256:abcdef", ImageOs.Linux, null)]
        [InlineData("contoso.azurecr.io/app@sha256:abcdef", ImageOs.Unknown, null)]
        public void Digest_pins(string text, object os, int? build)
        {
            ImageClassification c = Classify(text);
            Assert.True(c.IsPinnedByDigest);
            Assert.Equal((ImageOs)os, c.Os);
            Assert.Equal(build, c.Build);
        }

        [Fact]
        public void Tag_without_digest_is_not_pinned()
        {
            Assert.False(Classify("mcr.microsoft.com/windows/servercore:ltsc2022").IsPinnedByDigest);
        }

        [Fact]
        public void Null_image_and_default_are_unknown()
        {
            ImageClassification c = ImageClassifier.Classify(null!, "windows");
            Assert.Equal(ImageOs.Unknown, c.Os);
            Assert.Null(c.Build);
            Assert.Equal(ImageOs.Unknown, default(ImageClassification).Os);
        }

        [Fact]
        public void Very_long_inputs_do_not_throw()
        {
            string longTag = string.Join("-", System.Linq.Enumerable.Repeat("ltsc2022", 10_000));
            ImageClassification c = Classify("mcr.microsoft.com/windows/servercore:" + longTag);
            Assert.Equal(20348, c.Build);

            c = Classify("ubuntu:" + new string('-', 100_000), new string('w', 100_000));
            Assert.Equal(ImageOs.Linux, c.Os); // a Linux-only official image

            c = Classify("contoso.io/x:" + new string('9', 100_000));
            Assert.Equal(ImageOs.Unknown, c.Os);
        }
    }
}
