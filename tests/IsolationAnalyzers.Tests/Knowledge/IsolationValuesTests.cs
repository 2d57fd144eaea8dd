using IsolationAnalyzers.Knowledge;
using Xunit;

namespace IsolationAnalyzers.Tests.Knowledge
{
    public class IsolationValuesTests
    {
        [Theory]
        [InlineData(null, IsolationValueKind.Absent)]
        [InlineData("", IsolationValueKind.Absent)]
        [InlineData("default", IsolationValueKind.Absent)]
        [InlineData("DEFAULT", IsolationValueKind.Absent)]
        [InlineData("Default", IsolationValueKind.Absent)]
        [InlineData("process", IsolationValueKind.Process)]
        [InlineData("Process", IsolationValueKind.Process)]
        [InlineData("PROCESS", IsolationValueKind.Process)]
        [InlineData("hyperv", IsolationValueKind.HyperV)]
        [InlineData("HyperV", IsolationValueKind.HyperV)]
        [InlineData(" hyperv", IsolationValueKind.Invalid)]
        [InlineData("hyperv ", IsolationValueKind.Invalid)]
        [InlineData("hyper-v", IsolationValueKind.Invalid)]
        [InlineData("banana", IsolationValueKind.Invalid)]
        [InlineData(" ", IsolationValueKind.Invalid)]
        [InlineData(" default", IsolationValueKind.Invalid)]
        [InlineData("::::", IsolationValueKind.Invalid)]
        public void Classifies_like_the_daemon(string? value, object kind)
        {
            Assert.Equal((IsolationValueKind)kind, IsolationValues.Classify(value));
        }

        [Theory]
        [InlineData("hyper-v", "hyperv")]
        [InlineData("Hyper_V", "hyperv")]
        [InlineData("HyperV ", "hyperv")]
        [InlineData(" hyperv", "hyperv")]
        [InlineData("HYPERV", "hyperv")]
        [InlineData("HyperV", "hyperv")]
        [InlineData("hyper v", "hyperv")]
        [InlineData("hv", "hyperv")]
        [InlineData("HV", "hyperv")]
        [InlineData("hyperx", "hyperv")]
        [InlineData("proc", "process")]
        [InlineData("Process", "process")]
        [InlineData("processes", "process")]
        [InlineData("proces", "process")]
        [InlineData("porcess", "process")]
        [InlineData("Default", "default")]
        [InlineData("DEFAULT", "default")]
        [InlineData("defualt", "default")]
        [InlineData("process", "process")]
        [InlineData("hyperv", "hyperv")]
        public void Suggests_the_closest_valid_value(string value, string expected)
        {
            Assert.Equal(expected, IsolationValues.Suggest(value));
        }

        [Theory]
        [InlineData("banana")]
        [InlineData("container")]
        [InlineData("x")]
        [InlineData("   ")]
        [InlineData("::::")]
        [InlineData("-_-")]
        public void Suggests_nothing_when_nothing_is_close(string value)
        {
            Assert.Null(IsolationValues.Suggest(value));
        }

        [Fact]
        public void Garbage_does_not_throw()
        {
            string huge = new string('h', 100_000);
            Assert.Equal(IsolationValueKind.Invalid, IsolationValues.Classify(huge));
            Assert.Null(IsolationValues.Suggest(huge));
            Assert.Null(IsolationValues.Suggest(null!));
        }

        [Fact]
        public void Constants_are_the_daemon_spellings()
        {
            Assert.Equal("process", IsolationValues.Process);
            Assert.Equal("hyperv", IsolationValues.HyperV);
        }
    }
}
