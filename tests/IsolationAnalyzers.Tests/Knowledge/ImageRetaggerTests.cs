using IsolationAnalyzers.Knowledge;
using Xunit;

namespace IsolationAnalyzers.Tests.Knowledge
{
    public class ImageRetaggerTests
    {
        private static string? Pin(string text, int build, string? platform = null)
        {
            ImageReference image = ImageReference.Parse(text)!;
            return ImageRetagger.PinToBuild(image, ImageClassifier.Classify(image, platform), build);
        }

        [Theory]
        [InlineData("mcr.microsoft.com/dotnet/runtime:8.0-nanoserver-ltsc2025", 20348, "mcr.microsoft.com/dotnet/runtime:8.0-nanoserver-ltsc2022")]
        [InlineData("mcr.microsoft.com/dotnet/runtime:8.0-nanoserver-ltsc2022", 17763, "mcr.microsoft.com/dotnet/runtime:8.0-nanoserver-1809")]
        [InlineData("mcr.microsoft.com/dotnet/aspnet:9.0-windowsservercore-ltsc2025", 17763, "mcr.microsoft.com/dotnet/aspnet:9.0-windowsservercore-ltsc2019")]
        [InlineData("mcr.microsoft.com/dotnet/sdk:8.0-nanoserver-1809", 26100, "mcr.microsoft.com/dotnet/sdk:8.0-nanoserver-ltsc2025")]
        [InlineData("mcr.microsoft.com/windows/servercore:ltsc2019", 20348, "mcr.microsoft.com/windows/servercore:ltsc2022")]
        [InlineData("mcr.microsoft.com/windows/servercore:ltsc2022", 14393, "mcr.microsoft.com/windows/servercore:ltsc2016")]
        [InlineData("mcr.microsoft.com/windows/servercore:ltsc2022", 19042, "mcr.microsoft.com/windows/servercore:20H2")]
        [InlineData("mcr.microsoft.com/windows/nanoserver:ltsc2022", 17763, "mcr.microsoft.com/windows/nanoserver:1809")]
        [InlineData("mcr.microsoft.com/windows/nanoserver:1809", 20348, "mcr.microsoft.com/windows/nanoserver:ltsc2022")]
        [InlineData("mcr.microsoft.com/windows/nanoserver:ltsc2025", 14393, "mcr.microsoft.com/windows/nanoserver:sac2016")]
        [InlineData("mcr.microsoft.com/windows/servercore:1809", 17763, "mcr.microsoft.com/windows/servercore:1809")]
        [InlineData("mcr.microsoft.com/windows/servercore:1903", 17763, "mcr.microsoft.com/windows/servercore:1809")]
        [InlineData("mcr.microsoft.com/windows/servercore:1809", 20348, "mcr.microsoft.com/windows/servercore:ltsc2022")]
        [InlineData("mcr.microsoft.com/windows/servercore:1809", 14393, "mcr.microsoft.com/windows/servercore:ltsc2016")]
        [InlineData("mcr.microsoft.com/windows/servercore:ltsc2022-KB5034770", 17763, "mcr.microsoft.com/windows/servercore:ltsc2019")]
        [InlineData("mcr.microsoft.com/windows/servercore:1809-KB5034768", 20348, "mcr.microsoft.com/windows/servercore:ltsc2022")]
        [InlineData("mcr.microsoft.com/windows/servercore:10.0.17763.437", 20348, "mcr.microsoft.com/windows/servercore:ltsc2022")]
        [InlineData("mcr.microsoft.com/windows/servercore:10.0.20348.2340", 17763, "mcr.microsoft.com/windows/servercore:ltsc2019")]
        [InlineData("mcr.microsoft.com/windows/nanoserver:10.0.20348.2340", 17763, "mcr.microsoft.com/windows/nanoserver:1809")]
        [InlineData("mcr.microsoft.com/windows/servercore", 20348, "mcr.microsoft.com/windows/servercore:ltsc2022")]
        [InlineData("mcr.microsoft.com/windows/servercore:latest", 26100, "mcr.microsoft.com/windows/servercore:ltsc2025")]
        [InlineData("mcr.microsoft.com/windows/servercore:v1", 26100, "mcr.microsoft.com/windows/servercore:ltsc2025")]
        [InlineData("mcr.microsoft.com/windows/nanoserver", 17763, "mcr.microsoft.com/windows/nanoserver:1809")]
        [InlineData("mcr.microsoft.com/windows/servercore@sha256:abc", 20348, "mcr.microsoft.com/windows/servercore:ltsc2022")]
        [InlineData("mcr.microsoft.com/windows/server", 20348, "mcr.microsoft.com/windows/server:ltsc2022")]
        [InlineData("mcr.microsoft.com/windows/server:ltsc2022", 26100, "mcr.microsoft.com/windows/server:ltsc2025")]
        [InlineData("mcr.microsoft.com/windows:ltsc2019", 19041, "mcr.microsoft.com/windows:2004")]
        [InlineData("mcr.microsoft.com/windows", 17763, "mcr.microsoft.com/windows:ltsc2019")]
        [InlineData("mcr.microsoft.com/windows:1903", 17763, "mcr.microsoft.com/windows:1809")]
        [InlineData("mcr.microsoft.com/dotnet/framework/sdk:4.8-windowsservercore-ltsc2019", 20348, "mcr.microsoft.com/dotnet/framework/sdk:4.8-windowsservercore-ltsc2022")]
        [InlineData("mcr.microsoft.com/powershell:lts-nanoserver-ltsc2022", 17763, "mcr.microsoft.com/powershell:lts-nanoserver-1809")]
        [InlineData("golang:1.22-windowsservercore-ltsc2022", 26100, "golang:1.22-windowsservercore-ltsc2025")]
        [InlineData("build-env:windows-servercore-1903", 17763, "build-env:windows-servercore-1809")]
        [InlineData("build-env:windows-servercore-1903", 20348, "build-env:windows-servercore-ltsc2022")]
        [InlineData("contoso.azurecr.io/tools:ltsc2019-amd64", 20348, "contoso.azurecr.io/tools:ltsc2022-amd64")]
        [InlineData("contoso.azurecr.io/tools:ltsc2019-KB5034768-amd64", 20348, "contoso.azurecr.io/tools:ltsc2022-amd64")]
        [InlineData("microsoft/windowsservercore:1709", 14393, "microsoft/windowsservercore:ltsc2016")]
        [InlineData("contoso.azurecr.io/app:1809", 20348, "contoso.azurecr.io/app:ltsc2022")]
        public void Pins_in_the_image_scheme(string text, int build, string expected)
        {
            Assert.Equal(expected, Pin(text, build, text.StartsWith("contoso.azurecr.io/app:") ? "windows" : null));
        }

        [Theory]
        [InlineData("mcr.microsoft.com/windows:ltsc2019", 26100)] // no Windows image for 2025
        [InlineData("mcr.microsoft.com/windows:ltsc2019", 20348)] // 2022 full image is windows/server
        [InlineData("mcr.microsoft.com/windows:1809", 14393)]
        [InlineData("mcr.microsoft.com/windows/server:ltsc2022", 17763)] // only ltsc2022 / ltsc2025
        [InlineData("mcr.microsoft.com/windows/server", 19041)]
        [InlineData("mcr.microsoft.com/dotnet/runtime:10.0-nanoserver-ltsc2025", 17763)] // .NET 10 has no 2019 image
        [InlineData("mcr.microsoft.com/dotnet/runtime:8.0-nanoserver-ltsc2022", 19041)]
        [InlineData("microsoft/nanoserver:1809", 20348)] // legacy Docker Hub repository stops at 1809
        [InlineData("mcr.microsoft.com/windows/servercore:ltsc2022", 22631)] // not an image build
        [InlineData("mcr.microsoft.com/windows/servercore:ltsc2022", 0)]
        [InlineData("mcr.microsoft.com/windows/servercore:ltsc2022", -1)]
        [InlineData("mcr.microsoft.com/dotnet/framework/sdk:4.8", 20348)] // no release in a non-base-OS tag
        [InlineData("python:3.12-windowsservercore", 20348)]
        [InlineData("ubuntu:22.04", 20348)] // not Windows
        [InlineData("mcr.microsoft.com/dotnet/runtime:8.0", 20348)]
        [InlineData("contoso.azurecr.io/app:1.0", 20348)] // unknown OS
        public void No_tag_in_that_scheme(string text, int build)
        {
            Assert.Null(Pin(text, build));
        }

        [Fact]
        public void Platform_linux_is_not_retagged()
        {
            Assert.Null(Pin("mcr.microsoft.com/windows/servercore:ltsc2019", 20348, "linux"));
        }

        [Fact]
        public void Null_and_default_do_not_throw()
        {
            Assert.Null(ImageRetagger.PinToBuild(null!, default, 20348));
            ImageReference image = ImageReference.Parse("mcr.microsoft.com/windows/servercore:ltsc2019")!;
            Assert.Null(ImageRetagger.PinToBuild(image, default, 20348));
        }

        [Fact]
        public void Every_image_build_pins_a_servercore_image_to_a_tag_naming_that_build()
        {
            ImageReference image = ImageReference.Parse("mcr.microsoft.com/windows/servercore:ltsc2022")!;
            ImageClassification classification = ImageClassifier.Classify(image, null);
            foreach (int build in WindowsReleases.ImageBuilds)
            {
                string? pinned = ImageRetagger.PinToBuild(image, classification, build);
                Assert.NotNull(pinned);
                ImageReference again = ImageReference.Parse(pinned)!;
                Assert.Equal(build, ImageClassifier.Classify(again, null).Build);
            }
        }
    }
}
