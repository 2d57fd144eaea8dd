using System.Collections.Generic;

namespace IsolationAnalyzers.Knowledge.Cli
{
    /// <summary>
    /// Which docker CLI flags take a value, per subcommand: names and kinds only, transcribed as data from the flag
    /// definitions in
    /// <list type="bullet">
    /// <item>docker/cli at commit 28f756087eea5fa301f3fbf12b01ae62f91521c2: <c>cli/command/container/opts.go</c>
    /// (<c>addFlags</c>), <c>cli/command/container/run.go</c>, <c>cli/command/container/create.go</c>,
    /// <c>cli/command/image/build.go</c>, <c>cli/command/service/opts.go</c> (<c>addServiceFlags</c>,
    /// <c>addDetachFlag</c>), <c>cli/command/service/create.go</c>, <c>cli/command/service/update.go</c>,
    /// <c>cli/flags/options.go</c> (global flags), <c>cmd/docker/docker.go</c> (<c>-v/--version</c>) and
    /// <c>cli/cobra.go</c> (<c>-h/--help</c>);</item>
    /// <item>docker/buildx at commit 461836ba0fcb3e847dab6045a726889faa150bdb: <c>commands/build.go</c> and
    /// <c>commands/root.go</c> (<c>--builder</c>, <c>-D/--debug</c>), because <c>docker build</c> runs buildx by
    /// default since Docker 23 and <c>docker buildx build</c> is recognized too.</item>
    /// </list>
    /// Every pflag kind other than Bool (String, Var, Int, Int64, Uint16, Uint64, Duration, IP, StringSlice,
    /// StringArray, MemBytes, ListOpts, …) takes a value; Bool flags and <c>--check</c> (buildx, NoOptDefVal) do not.
    /// Hidden and deprecated flags that still parse are included. Entries: <c>long</c>, <c>long|s</c> (with its
    /// shorthand), or <c>alias=canonical</c> (a hidden alias sharing the canonical flag's variable).
    /// </summary>
    internal static class DockerCliOptions
    {
        // docker/cli cli/command/container/opts.go addFlags: shared by run and create.
        private static readonly string[] ContainerValueFlags =
        {
            "attach|a", "device-cgroup-rule", "device", "gpus", "env|e", "env-file", "entrypoint", "group-add",
            "hostname|h", "domainname", "label|l", "label-file", "restart", "stop-signal", "stop-timeout", "sysctl",
            "ulimit", "user|u", "workdir|w",
            "cap-add", "cap-drop", "security-opt", "userns", "cgroupns",
            "add-host", "dns", "dns-opt=dns-option", "dns-option", "dns-search", "expose", "ip", "ip6", "link",
            "link-local-ip", "mac-address", "publish|p", "net=network", "network", "net-alias=network-alias",
            "network-alias",
            "log-driver", "volume-driver", "log-opt", "storage-opt", "tmpfs", "volumes-from", "volume|v", "mount",
            "health-cmd", "health-interval", "health-retries", "health-timeout", "health-start-period",
            "health-start-interval",
            "blkio-weight", "blkio-weight-device", "cidfile", "cpuset-cpus", "cpuset-mems", "cpu-count",
            "cpu-percent", "cpu-period", "cpu-quota", "cpu-rt-period", "cpu-rt-runtime", "cpu-shares|c", "cpus",
            "device-read-bps", "device-read-iops", "device-write-bps", "device-write-iops", "io-maxbandwidth",
            "io-maxiops", "memory|m", "memory-reservation", "memory-swap", "memory-swappiness", "oom-score-adj",
            "pids-limit",
            "cgroup-parent", "ipc", "isolation", "pid", "shm-size", "uts", "runtime", "annotation", "kernel-memory",

            // run.go / create.go
            "name", "pull", "platform",
        };

        private static readonly string[] ContainerBoolFlags =
        {
            "interactive|i", "read-only", "tty|t", "rm", "privileged", "publish-all|P", "no-healthcheck",
            "oom-kill-disable", "init",

            // run.go / create.go (-h is --hostname here, so help has no shorthand)
            "quiet|q", "use-api-socket", "disable-content-trust", "help",
        };

        // docker/cli cli/command/container/run.go only.
        private static readonly string[] RunOnlyValueFlags = { "detach-keys" };

        private static readonly string[] RunOnlyBoolFlags = { "detach|d", "sig-proxy" };

        // docker/cli cli/command/image/build.go (classic builder) ∪ docker/buildx commands/build.go + root.go.
        private static readonly string[] BuildValueFlags =
        {
            "tag|t", "build-arg", "ulimit", "file|f", "memory|m", "memory-swap", "shm-size", "cpu-shares|c",
            "cpu-period", "cpu-quota", "cpuset-cpus", "cpuset-mems", "cgroup-parent", "isolation", "label",
            "cache-from", "security-opt", "network", "add-host", "target", "iidfile", "platform",

            // buildx
            "allow", "annotation", "cache-to", "build-context", "no-cache-filter", "output|o", "policy", "secret",
            "ssh", "resource", "attest", "sbom", "provenance", "call", "print", "progress", "metadata-file",
            "builder",
        };

        private static readonly string[] BuildBoolFlags =
        {
            "no-cache", "rm", "force-rm", "quiet|q", "pull", "compress", "disable-content-trust", "squash",
            "help|h",

            // buildx
            "load", "push", "check", "debug|D",
        };

        // docker/cli cli/command/service/opts.go addServiceFlags: shared by service create and service update.
        private static readonly string[] ServiceValueFlags =
        {
            "workdir|w", "user|u", "credential-spec", "hostname", "entrypoint", "cap-add", "cap-drop", "limit-cpu",
            "limit-memory", "reserve-cpu", "reserve-memory", "limit-pids", "memory-swap", "memory-swappiness",
            "stop-grace-period", "replicas", "max-concurrent", "replicas-max-per-node", "restart-condition",
            "restart-delay", "restart-max-attempts", "restart-window", "update-parallelism", "update-delay",
            "update-monitor", "update-failure-action", "update-max-failure-ratio", "update-order",
            "rollback-parallelism", "rollback-delay", "rollback-monitor", "rollback-failure-action",
            "rollback-max-failure-ratio", "rollback-order", "endpoint-mode", "log-driver", "log-opt", "health-cmd",
            "health-interval", "health-timeout", "health-retries", "health-start-period", "health-start-interval",
            "stop-signal", "isolation",
        };

        private static readonly string[] ServiceBoolFlags =
        {
            "detach|d", "quiet|q", "with-registry-auth", "no-resolve-image", "no-healthcheck", "tty|t", "read-only",
            "init", "help|h",
        };

        // docker/cli cli/command/service/create.go only.
        private static readonly string[] ServiceCreateValueFlags =
        {
            "mode", "name", "label|l", "container-label", "env|e", "env-file", "mount", "constraint",
            "placement-pref", "network", "secret", "config", "publish|p", "group", "dns", "dns-option",
            "dns-search", "host", "sysctl", "ulimit", "oom-score-adj", "generic-resource",
        };

        // docker/cli cli/command/service/update.go only.
        private static readonly string[] ServiceUpdateValueFlags =
        {
            "image", "args", "env-rm", "group-rm", "label-rm", "container-label-rm", "mount-rm", "publish-rm",
            "constraint-rm", "dns-rm", "dns-option-rm", "dns-search-rm", "host-rm", "label-add",
            "container-label-add", "env-add", "secret-rm", "secret-add", "config-rm", "config-add", "mount-add",
            "constraint-add", "placement-pref-add", "placement-pref-rm", "network-add", "network-rm", "publish-add",
            "group-add", "dns-add", "dns-option-add", "dns-search-add", "host-add", "sysctl-add", "sysctl-rm",
            "ulimit-add", "ulimit-rm", "oom-score-adj", "generic-resource-rm", "generic-resource-add",
        };

        private static readonly string[] ServiceUpdateBoolFlags = { "rollback", "force" };

        // docker/cli cli/flags/options.go (ClientOptions.InstallFlags), cmd/docker/docker.go, cli/cobra.go.
        private static readonly string[] GlobalValueFlags =
        {
            "host|H", "context|c", "config", "log-level|l", "tlscacert", "tlscert", "tlskey",
        };

        private static readonly string[] GlobalBoolFlags = { "debug|D", "tls", "tlsverify", "help|h", "version|v" };

        // docker/buildx commands/root.go: flags between `buildx` and `build`.
        private static readonly string[] BuildxRootValueFlags = { "builder" };

        private static readonly string[] BuildxRootBoolFlags = { "debug|D", "help|h" };

        public static readonly OptionTable Global = new OptionTable(GlobalValueFlags, GlobalBoolFlags);

        public static readonly OptionTable BuildxRoot = new OptionTable(BuildxRootValueFlags, BuildxRootBoolFlags);

        public static readonly OptionTable Run = new OptionTable(
            Concat(ContainerValueFlags, RunOnlyValueFlags), Concat(ContainerBoolFlags, RunOnlyBoolFlags));

        public static readonly OptionTable Create = new OptionTable(ContainerValueFlags, ContainerBoolFlags);

        public static readonly OptionTable Build = new OptionTable(BuildValueFlags, BuildBoolFlags);

        public static readonly OptionTable ServiceCreate = new OptionTable(
            Concat(ServiceValueFlags, ServiceCreateValueFlags), ServiceBoolFlags);

        public static readonly OptionTable ServiceUpdate = new OptionTable(
            Concat(ServiceValueFlags, ServiceUpdateValueFlags), Concat(ServiceBoolFlags, ServiceUpdateBoolFlags));

        /// <summary>The option table of a subcommand.</summary>
        public static OptionTable For(DockerSubcommand subcommand)
        {
            switch (subcommand)
            {
                case DockerSubcommand.Run:
                    return Run;
                case DockerSubcommand.Create:
                    return Create;
                case DockerSubcommand.Build:
                    return Build;
                case DockerSubcommand.ServiceCreate:
                    return ServiceCreate;
                default:
                    return ServiceUpdate;
            }
        }

        /// <summary>
        /// Whether flags may follow positional arguments. <c>run</c>, <c>create</c> and <c>service create</c> call
        /// <c>SetInterspersed(false)</c>: options end at the image. <c>build</c> and <c>service update</c> do not.
        /// </summary>
        public static bool IsInterspersed(DockerSubcommand subcommand) =>
            subcommand == DockerSubcommand.Build || subcommand == DockerSubcommand.ServiceUpdate;

        private static string[] Concat(string[] a, string[] b)
        {
            var result = new string[a.Length + b.Length];
            a.CopyTo(result, 0);
            b.CopyTo(result, a.Length);
            return result;
        }
    }

    /// <summary>What the docker CLI knows about one flag.</summary>
    internal readonly struct OptionSpec
    {
        public OptionSpec(string name, bool takesValue)
        {
            Name = name;
            TakesValue = takesValue;
        }

        /// <summary>Canonical long name without dashes.</summary>
        public string Name { get; }

        public bool TakesValue { get; }

        /// <summary><c>--help</c> or <c>--version</c>: docker prints text and launches nothing.</summary>
        public bool StopsCommand => Name == "help" || Name == "version";
    }

    /// <summary>The flags of one command: long names and shorthands.</summary>
    internal sealed class OptionTable
    {
        private readonly Dictionary<string, OptionSpec> _long = new Dictionary<string, OptionSpec>(System.StringComparer.Ordinal);
        private readonly Dictionary<char, OptionSpec> _short = new Dictionary<char, OptionSpec>();

        public OptionTable(string[] valueFlags, string[] boolFlags)
        {
            AddAll(valueFlags, takesValue: true);
            AddAll(boolFlags, takesValue: false);
        }

        /// <summary>Number of long names (aliases included).</summary>
        public int Count => _long.Count;

        public IEnumerable<string> LongNames => _long.Keys;

        public bool TryGetLong(string name, out OptionSpec spec) => _long.TryGetValue(name ?? string.Empty, out spec);

        public bool TryGetShort(char shorthand, out OptionSpec spec) => _short.TryGetValue(shorthand, out spec);

        private void AddAll(string[] entries, bool takesValue)
        {
            foreach (var entry in entries)
            {
                var name = entry;
                var canonical = entry;
                char? shorthand = null;
                var bar = entry.IndexOf('|');
                var eq = entry.IndexOf('=');
                if (bar > 0 && bar == entry.Length - 2)
                {
                    name = canonical = entry.Substring(0, bar);
                    shorthand = entry[bar + 1];
                }
                else if (eq > 0)
                {
                    name = entry.Substring(0, eq);
                    canonical = entry.Substring(eq + 1);
                }

                var spec = new OptionSpec(canonical, takesValue);
                _long[name] = spec;
                if (shorthand.HasValue)
                {
                    _short[shorthand.Value] = spec;
                }
            }
        }
    }
}
