using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using IsolationAnalyzers.Knowledge;
using Microsoft.CodeAnalysis.Diagnostics;

namespace IsolationAnalyzers.Configuration
{
    internal enum WorkloadTrust
    {
        Trusted,
        Untrusted,
        CallerSupplied,
    }

    /// <summary>An option value that could not be parsed (reported as ISO0099; the option is then unset).</summary>
    internal readonly struct ConfigurationError
    {
        public ConfigurationError(string key, string value, string accepted)
        {
            Key = key;
            Value = value;
            Accepted = accepted;
        }

        public string Key { get; }

        public string Value { get; }

        public string Accepted { get; }
    }

    /// <summary>The option values as written; equal values parse to equal settings.</summary>
    internal readonly struct RawOptions : IEquatable<RawOptions>
    {
        public RawOptions(string? hostOs, string? defaultIsolation, string? workloadTrust, string? trustedRegistries, string? hyperVRuntimeClasses = null)
        {
            HostOs = hostOs;
            DefaultIsolation = defaultIsolation;
            WorkloadTrust = workloadTrust;
            TrustedRegistries = trustedRegistries;
            HyperVRuntimeClasses = hyperVRuntimeClasses;
        }

        public string? HostOs { get; }

        public string? DefaultIsolation { get; }

        public string? WorkloadTrust { get; }

        public string? TrustedRegistries { get; }

        public string? HyperVRuntimeClasses { get; }

        public bool IsEmpty => HostOs is null && DefaultIsolation is null && WorkloadTrust is null && TrustedRegistries is null && HyperVRuntimeClasses is null;

        public bool Equals(RawOptions other) =>
            HostOs == other.HostOs && DefaultIsolation == other.DefaultIsolation
            && WorkloadTrust == other.WorkloadTrust && TrustedRegistries == other.TrustedRegistries
            && HyperVRuntimeClasses == other.HyperVRuntimeClasses;

        public override bool Equals(object? obj) => obj is RawOptions other && Equals(other);

        public override int GetHashCode()
        {
            unchecked
            {
                var hash = HostOs?.GetHashCode() ?? 0;
                hash = (hash * 31) + (DefaultIsolation?.GetHashCode() ?? 0);
                hash = (hash * 31) + (WorkloadTrust?.GetHashCode() ?? 0);
                hash = (hash * 31) + (TrustedRegistries?.GetHashCode() ?? 0);
                return (hash * 31) + (HyperVRuntimeClasses?.GetHashCode() ?? 0);
            }
        }
    }

    /// <summary>The user's configuration for one syntax tree (rules.md §3).</summary>
    internal sealed class IsolationSettings
    {
        public const string HostOsKey = "isolation_analyzers.host_os";
        public const string DefaultIsolationKey = "isolation_analyzers.default_isolation";
        public const string WorkloadTrustKey = "isolation_analyzers.workload_trust";
        public const string TrustedRegistriesKey = "isolation_analyzers.trusted_registries";
        public const string HyperVRuntimeClassesKey = "isolation_analyzers.hyperv_runtime_classes";

        public const string AcceptedHostOs = "a comma-separated list of Windows releases or builds, such as ltsc2019, ltsc2022, ltsc2025, windows-server-2022, windows-11-24h2, 20348 or 10.0.20348";
        public const string AcceptedDefaultIsolation = "process, hyperv";
        public const string AcceptedWorkloadTrust = "trusted, untrusted, caller_supplied";
        public const string AcceptedTrustedRegistries = "a comma-separated list of registry hosts, such as mcr.microsoft.com, contoso.azurecr.io, docker.io, localhost:5000";
        public const string AcceptedHyperVRuntimeClasses = "a comma-separated list of Kubernetes RuntimeClass names (lower-case DNS-1123 subdomains), such as runhcs-wcow-hypervisor";

        /// <summary>Without configuration, the RuntimeClass named after the Hyper-V handler (windows-containers.md §6).</summary>
        private static readonly ImmutableArray<string> DefaultHyperVRuntimeClasses = ImmutableArray.Create(KubernetesNodes.HyperVHandler);

        private static readonly (string Key, string Property)[] Keys =
        {
            (HostOsKey, "build_property.ContainerHostOS"),
            (DefaultIsolationKey, "build_property.ContainerDefaultIsolation"),
            (WorkloadTrustKey, "build_property.ContainerWorkloadTrust"),
            (TrustedRegistriesKey, "build_property.ContainerTrustedRegistries"),
            (HyperVRuntimeClassesKey, "build_property.ContainerHyperVRuntimeClasses"),
        };

        public static readonly IsolationSettings Empty = new IsolationSettings(
            ImmutableArray<HostOs>.Empty, null, WorkloadTrust.Trusted, ImmutableArray<string>.Empty, DefaultHyperVRuntimeClasses, ImmutableArray<ConfigurationError>.Empty);

        private IsolationSettings(
            ImmutableArray<HostOs> hosts,
            IsolationMode? defaultIsolation,
            WorkloadTrust workloadTrust,
            ImmutableArray<string> trustedRegistries,
            ImmutableArray<string> hyperVRuntimeClasses,
            ImmutableArray<ConfigurationError> errors)
        {
            Hosts = hosts;
            DefaultIsolation = defaultIsolation;
            WorkloadTrust = workloadTrust;
            TrustedRegistries = trustedRegistries;
            HyperVRuntimeClasses = hyperVRuntimeClasses;
            Errors = errors;
        }

        /// <summary>The configured container hosts; empty when <c>host_os</c> is unset.</summary>
        public ImmutableArray<HostOs> Hosts { get; }

        /// <summary>What the daemons default to when no isolation is given; null when unset.</summary>
        public IsolationMode? DefaultIsolation { get; }

        public WorkloadTrust WorkloadTrust { get; }

        /// <summary>Normalized registry hosts; empty when unset.</summary>
        public ImmutableArray<string> TrustedRegistries { get; }

        /// <summary>The Kubernetes RuntimeClasses whose handler is Hyper-V isolation; never empty (the default when unset).</summary>
        public ImmutableArray<string> HyperVRuntimeClasses { get; }

        public ImmutableArray<ConfigurationError> Errors { get; }

        /// <summary>
        /// Reads the raw values from the tree's options (.editorconfig / global config), falling back to the
        /// MSBuild properties made compiler-visible by the package props. Null entries are unset.
        /// </summary>
        public static RawOptions ReadRaw(AnalyzerConfigOptions treeOptions, AnalyzerConfigOptions globalOptions)
        {
            string? Get(int i) => Lookup(treeOptions, Keys[i].Key) ?? Lookup(globalOptions, Keys[i].Key) ?? Lookup(globalOptions, Keys[i].Property);
            return new RawOptions(Get(0), Get(1), Get(2), Get(3), Get(4));
        }

        public static IsolationSettings Parse(RawOptions raw) =>
            raw.IsEmpty ? Empty : Parse(raw.HostOs, raw.DefaultIsolation, raw.WorkloadTrust, raw.TrustedRegistries, raw.HyperVRuntimeClasses);

        /// <summary>Parses raw option values (null = unset). Never throws; invalid values become errors.</summary>
        public static IsolationSettings Parse(string? hostOs, string? defaultIsolation, string? workloadTrust, string? trustedRegistries, string? hyperVRuntimeClasses = null)
        {
            var errors = ImmutableArray.CreateBuilder<ConfigurationError>();

            var hosts = ImmutableArray<HostOs>.Empty;
            if (hostOs is not null)
            {
                var builder = ImmutableArray.CreateBuilder<HostOs>();
                foreach (var item in SplitList(hostOs))
                {
                    if (WindowsReleases.TryParseHost(item, out var host))
                    {
                        builder.Add(host);
                    }
                    else
                    {
                        builder.Clear();
                        errors.Add(new ConfigurationError(HostOsKey, hostOs, AcceptedHostOs));
                        break;
                    }
                }

                hosts = builder.ToImmutable();
            }

            IsolationMode? isolation = null;
            if (defaultIsolation is not null)
            {
                switch (defaultIsolation.Trim().ToLowerInvariant())
                {
                    case "process":
                        isolation = IsolationMode.Process;
                        break;
                    case "hyperv":
                        isolation = IsolationMode.HyperV;
                        break;
                    default:
                        errors.Add(new ConfigurationError(DefaultIsolationKey, defaultIsolation, AcceptedDefaultIsolation));
                        break;
                }
            }

            var trust = WorkloadTrust.Trusted;
            if (workloadTrust is not null)
            {
                switch (workloadTrust.Trim().ToLowerInvariant())
                {
                    case "trusted":
                        break;
                    case "untrusted":
                        trust = WorkloadTrust.Untrusted;
                        break;
                    case "caller_supplied":
                        trust = WorkloadTrust.CallerSupplied;
                        break;
                    default:
                        errors.Add(new ConfigurationError(WorkloadTrustKey, workloadTrust, AcceptedWorkloadTrust));
                        break;
                }
            }

            var registries = ImmutableArray<string>.Empty;
            if (trustedRegistries is not null)
            {
                var builder = ImmutableArray.CreateBuilder<string>();
                foreach (var item in SplitList(trustedRegistries))
                {
                    if (!IsRegistryHost(item))
                    {
                        builder.Clear();
                        errors.Add(new ConfigurationError(TrustedRegistriesKey, trustedRegistries, AcceptedTrustedRegistries));
                        break;
                    }

                    builder.Add(NormalizeRegistry(item));
                }

                registries = builder.ToImmutable();
            }

            var runtimeClasses = DefaultHyperVRuntimeClasses;
            if (hyperVRuntimeClasses is not null)
            {
                var builder = ImmutableArray.CreateBuilder<string>();
                foreach (var item in SplitList(hyperVRuntimeClasses))
                {
                    if (!KubernetesNodes.IsRuntimeClassName(item))
                    {
                        builder.Clear();
                        errors.Add(new ConfigurationError(HyperVRuntimeClassesKey, hyperVRuntimeClasses, AcceptedHyperVRuntimeClasses));
                        break;
                    }

                    if (!builder.Contains(item))
                    {
                        builder.Add(item);
                    }
                }

                if (builder.Count > 0)
                {
                    runtimeClasses = builder.ToImmutable();
                }
            }

            return new IsolationSettings(hosts, isolation, trust, registries, runtimeClasses, errors.ToImmutable());
        }

        /// <summary>Registry host as compared for trust: lower case, port kept, Docker Hub's aliases folded.</summary>
        public static string NormalizeRegistry(string registry)
        {
            var host = registry.Trim().ToLowerInvariant();
            return host == "index.docker.io" || host == "registry-1.docker.io" ? "docker.io" : host;
        }

        private static string? Lookup(AnalyzerConfigOptions options, string key)
        {
            if (!options.TryGetValue(key, out var value))
            {
                return null;
            }

            // An unset MSBuild property arrives as an empty string.
            return string.IsNullOrWhiteSpace(value) ? null : value;
        }

        private static List<string> SplitList(string value)
        {
            var items = new List<string>();
            foreach (var part in value.Split(','))
            {
                var item = part.Trim();
                if (item.Length > 0)
                {
                    items.Add(item);
                }
            }

            if (items.Count == 0)
            {
                // A list of nothing but commas is not a list of hosts.
                items.Add(value);
            }

            return items;
        }

        private static bool IsRegistryHost(string item)
        {
            if (item.Length > 253)
            {
                return false;
            }

            foreach (var c in item)
            {
                if (!(char.IsLetterOrDigit(c) || c == '.' || c == '-' || c == ':' || c == '_'))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
