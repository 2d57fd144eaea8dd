using System.Collections.Generic;

namespace IsolationAnalyzers.Launches.Cli
{
    /// <summary>What the options of one docker command line set, as <see cref="DockerCliRecognizer.ReadOptions"/> reads them.</summary>
    internal sealed class CommandOptionValues
    {
        public List<LaunchValue> Platforms { get; } = new List<LaunchValue>();

        public List<LaunchValue> Isolation { get; } = new List<LaunchValue>();

        public List<LaunchValue> Memory { get; } = new List<LaunchValue>();

        public List<LaunchSetting> Settings { get; } = new List<LaunchSetting>();

        /// <summary>How many <c>--isolation</c> flags the command has.</summary>
        public int IsolationOptions { get; set; }

        /// <summary>The value of the last <c>--isolation</c> flag (the only one when <see cref="IsolationOptions"/> is 1).</summary>
        public LaunchValue? OnlyIsolation { get; set; }
    }
}
