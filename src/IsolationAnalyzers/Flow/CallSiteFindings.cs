using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using IsolationAnalyzers.Candidates;
using IsolationAnalyzers.Configuration;
using IsolationAnalyzers.Launches;
using IsolationAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace IsolationAnalyzers.Flow
{
    /// <summary>
    /// Instances of helpers' launches at their call sites (rules.md §1.2 points 2–4): a call binds the helper's
    /// parameters to its arguments; the launches the helper reaches (its own, and those of the helpers it calls with its
    /// parameters, up to 3 calls deep) are recognized again under that binding, and the findings the binding adds — not
    /// those the helper's own analysis reports, nor those a middle method's values already give — are reported at the
    /// call, on the argument that binds them, with the launch as an additional location.
    /// </summary>
    internal sealed class CallSiteFindings
    {
        private readonly ValueFlow flow;
        private readonly Recognizers recognizers;
        private readonly IsolationSettings settings;
        private readonly Action<Diagnostic> report;
        private readonly HashSet<(string, Location)> reported;

        public CallSiteFindings(ValueFlow flow, Recognizers recognizers, IsolationSettings settings, Action<Diagnostic> report, HashSet<(string, Location)> reported)
        {
            this.flow = flow;
            this.recognizers = recognizers;
            this.settings = settings;
            this.report = report;
            this.reported = reported;
        }

        /// <summary>Reports what one call adds; <paramref name="member"/> is the caller's declaration (where it may report).</summary>
        public void Report(ForwardCall call, SyntaxNode member, FlowContext caller)
        {
            var cancellationToken = caller.CancellationToken;
            if (!flow.IsFollowable(call.Target) || !flow.Reaches(call.Target, FlowWords.MaxCallDepth, cancellationToken))
            {
                return;
            }

            var top = caller.Bind(new CallBinding(call.Target, call.Call, call.Arguments, caller));
            var site = new Site(call, member, top, cancellationToken);
            Visit(site, call.Target, top, null, 1, new List<IMethodSymbol>());
        }

        private void Visit(Site site, IMethodSymbol target, FlowContext instance, FlowContext? @base, int level, List<IMethodSymbol> stack)
        {
            var cancellationToken = instance.CancellationToken;
            var summary = flow.SummaryOf(target, cancellationToken);
            stack.Add(target.OriginalDefinition);
            try
            {
                foreach (var template in summary.Templates)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (!instance.Spend())
                    {
                        return;
                    }

                    var before = site.Top.UsedArguments.Count;
                    var bound = recognizers.Recognize(template.Anchor, instance);
                    if (bound is null || site.Top.UsedArguments.Count == before)
                    {
                        // The call binds nothing this launch reads: the helper's own analysis says all there is.
                        continue;
                    }

                    var used = Slice(site.Top.UsedArguments, before);
                    var unbound = @base is null ? template.Unbound : recognizers.Recognize(template.Anchor, @base);
                    Compare(site, target, template, bound, unbound, used, level);
                }

                if (level >= FlowWords.MaxCallDepth)
                {
                    return;
                }

                foreach (var call in summary.Calls)
                {
                    if (stack.Contains(call.Target.OriginalDefinition) || !flow.Reaches(call.Target, FlowWords.MaxCallDepth - level, cancellationToken))
                    {
                        continue;
                    }

                    // The same call, once under this site's binding and once as the middle method's own analysis sees it.
                    var nextInstance = instance.Bind(new CallBinding(call.Target, call.Call, call.Arguments, instance));
                    var baseCaller = @base ?? FlowContext.Standalone(flow, cancellationToken);
                    var nextBase = baseCaller.Bind(new CallBinding(call.Target, call.Call, call.Arguments, baseCaller));
                    Visit(site, call.Target, nextInstance, nextBase, level + 1, stack);
                }
            }
            finally
            {
                stack.RemoveAt(stack.Count - 1);
            }
        }

        private void Compare(Site site, IMethodSymbol target, LaunchTemplate template, ContainerLaunch bound, ContainerLaunch? unbound, List<IArgumentOperation> used, int level)
        {
            var known = new HashSet<(string, Location)>();
            if (unbound is not null)
            {
                foreach (var finding in RuleEngine.Findings(unbound, settings, template.Owner))
                {
                    known.Add((finding.Descriptor.Id, finding.Location));
                }
            }

            var isolationEdit = IsolationEditAtCall(site, bound);
            foreach (var finding in RuleEngine.Findings(bound, settings, template.Owner))
            {
                if (known.Contains((finding.Descriptor.Id, finding.Location)))
                {
                    continue;
                }

                // A value the caller writes is reported where it writes it; anything else (the launch itself, a default
                // the call leaves out) on the first argument the launch reads.
                var location = site.Holds(finding.Location) && finding.Location != site.CallLocation ? finding.Location : FirstWritten(finding, bound, used, site);
                if (!reported.Add((finding.Descriptor.Id, location)))
                {
                    continue;
                }

                var edit = finding.Edit;
                var properties = finding.Properties;
                var note = Note(target, template);
                if (edit.Kind != LaunchEditKind.None && !site.Holds(edit.Anchor))
                {
                    // The edit would change the helper, which other calls share: only the isolation has a call-site form.
                    var isIsolationEdit = edit.Kind == bound.IsolationEdit.Kind && edit.Anchor == bound.IsolationEdit.Anchor;
                    var helperEdit = edit;
                    edit = isIsolationEdit ? isolationEdit : LaunchEdit.None;
                    if (isIsolationEdit && edit.Kind == LaunchEditKind.None)
                    {
                        if (level == 1 && HelperCalls(target, template, site.Top.CancellationToken) is { } calls && DocumentationCommentId.CreateDeclarationId(target) is { } id)
                        {
                            // Every call starts a Windows image: the fix may set the isolation in the helper, for all of them.
                            edit = helperEdit;
                            properties = properties
                                .SetItem(FixProperties.Helper, id)
                                .SetItem(FixProperties.HelperName, Name(target))
                                .SetItem(FixProperties.HelperCalls, calls.ToString(CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            note += "; '" + Name(target) + "' takes no isolation argument and not every call of it starts a Windows image, so no fix is offered here: set the isolation where it starts the container";
                        }
                    }
                }

                var instance = finding.With(location, edit, properties, note);
                instance.Related.Insert(0, template.Anchor.Syntax.GetLocation());
                report(instance.ToDiagnostic());
            }
        }

        /// <summary>How many calls the helper has, when each starts the template's launch with a Windows image.</summary>
        private int? HelperCalls(IMethodSymbol target, LaunchTemplate template, System.Threading.CancellationToken cancellationToken)
        {
            if (target.MethodKind == MethodKind.LocalFunction)
            {
                return null;
            }

            return flow.CallsThatAllStartWindows(target, template.Anchor, call =>
            {
                var standalone = FlowContext.Standalone(flow, cancellationToken);
                var context = standalone.Bind(new CallBinding(target, call.Call, call.Arguments, standalone));
                return recognizers.Recognize(template.Anchor, context) is { } launch
                    && new LaunchFacts(launch, settings).HasWindowsImage;
            }, cancellationToken);
        }

        /// <summary>
        /// How a fix at the call gives the launch an isolation: replace the one isolation value the call writes (an
        /// argument, a token in a literal it passes, or a named argument for an optional parameter it leaves out).
        /// </summary>
        private static LaunchEdit IsolationEditAtCall(Site site, ContainerLaunch bound)
        {
            if (bound.Isolation.Length == 1 && bound.Isolation[0] is { IsKnown: true } only && site.Holds(only.Location) && only.Edit.Anchor is { } anchor && site.Holds(anchor))
            {
                return only.Edit;
            }

            if (bound.IsolationEdit.Anchor is { } own && site.Holds(own))
            {
                return bound.IsolationEdit;
            }

            return bound.CallSiteIsolationEdit.Anchor is { } callSite && site.Holds(callSite) ? bound.CallSiteIsolationEdit : LaunchEdit.None;
        }

        /// <summary>
        /// Where a finding that rests on the launch itself goes at the call: the first argument, in the call's own order,
        /// that writes a value the rule reads (the image for ISO0001, the image or isolation for ISO0002 …); failing
        /// that, the first argument any value was read from.
        /// </summary>
        private static Location FirstWritten(Finding finding, ContainerLaunch bound, List<IArgumentOperation> used, Site site)
        {
            IArgumentOperation? first = null;
            IArgumentOperation? firstDependency = null;
            foreach (var argument in used)
            {
                if (argument.ArgumentKind == ArgumentKind.DefaultValue)
                {
                    continue;
                }

                if (first is null || argument.Syntax.SpanStart < first.Syntax.SpanStart)
                {
                    first = argument;
                }

                if ((firstDependency is null || argument.Syntax.SpanStart < firstDependency.Syntax.SpanStart) && Holds(argument, DependencyValues(finding.Descriptor.Id, bound)))
                {
                    firstDependency = argument;
                }
            }

            var chosen = firstDependency ?? first;
            return chosen is null ? site.CallLocation : chosen.Value.Syntax.GetLocation();
        }

        /// <summary>The values a rule's verdict rests on (rules.md §5: what each rule compares).</summary>
        private static IEnumerable<LaunchValue> DependencyValues(string id, ContainerLaunch launch)
        {
            var images = id != RuleIds.InvalidIsolationValue && id != RuleIds.IsolationValueNotLowerCase;
            var isolation = id is RuleIds.MissingIsolation or RuleIds.ProcessIsolationBuildMismatch or RuleIds.UntrustedWithoutHyperV
                or RuleIds.InvalidIsolationValue or RuleIds.IsolationValueNotLowerCase or RuleIds.IsolationOnLinuxContainer;
            if (images)
            {
                foreach (var value in launch.Images)
                {
                    yield return value;
                }

                foreach (var value in launch.Platforms)
                {
                    yield return value;
                }
            }

            if (isolation)
            {
                foreach (var value in launch.Isolation)
                {
                    yield return value;
                }
            }

            if (id == RuleIds.MemoryBelowMinimum)
            {
                foreach (var value in launch.Memory)
                {
                    yield return value;
                }
            }

            if (id == RuleIds.UnsupportedWindowsSetting)
            {
                foreach (var setting in launch.Settings)
                {
                    yield return setting.Value;
                }
            }
        }

        private static bool Holds(IArgumentOperation argument, IEnumerable<LaunchValue> values)
        {
            var span = argument.Syntax.Span;
            foreach (var value in values)
            {
                if (value.Location.SourceTree == argument.Syntax.SyntaxTree && span.Contains(value.Location.SourceSpan))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>" (the container is started in 'Docker.Run', Docker.cs line 12)".</summary>
        private static string Note(IMethodSymbol target, LaunchTemplate template)
        {
            var span = template.Anchor.Syntax.GetLocation().GetLineSpan();
            var file = Path.GetFileName(span.Path);
            return " (the container is started in '" + Name(target) + "', " + file + " line "
                + (span.StartLinePosition.Line + 1).ToString(CultureInfo.InvariantCulture) + ")";
        }

        private static string Name(IMethodSymbol target) =>
            target.MethodKind == MethodKind.Constructor
                ? target.ContainingType.Name
                : target.MethodKind == MethodKind.LocalFunction || target.ContainingType is null ? target.Name : target.ContainingType.Name + "." + target.Name;

        private static List<IArgumentOperation> Slice(IReadOnlyList<IArgumentOperation> all, int from)
        {
            var slice = new List<IArgumentOperation>(all.Count - from);
            for (var i = from; i < all.Count; i++)
            {
                slice.Add(all[i]);
            }

            return slice;
        }

        /// <summary>One call site: where the caller's code is, so findings and edits there stay there.</summary>
        private sealed class Site
        {
            private readonly SyntaxNode member;
            private readonly List<SyntaxNode> helperBodies = new List<SyntaxNode>();

            public Site(ForwardCall call, SyntaxNode member, FlowContext top, System.Threading.CancellationToken cancellationToken)
            {
                this.member = member;
                Top = top;
                CallLocation = call.Call.Syntax.GetLocation();

                // A local function is a helper inside its caller's member: its own code is not the caller's.
                if (call.Target.MethodKind == MethodKind.LocalFunction)
                {
                    foreach (var reference in call.Target.DeclaringSyntaxReferences)
                    {
                        helperBodies.Add(reference.GetSyntax(cancellationToken));
                    }
                }
            }

            /// <summary>The context whose binding is this call's: it records which arguments were read.</summary>
            public FlowContext Top { get; }

            public Location CallLocation { get; }

            public bool Holds(Location? location)
            {
                if (location is null || location.SourceTree != member.SyntaxTree || !member.FullSpan.Contains(location.SourceSpan))
                {
                    return false;
                }

                foreach (var body in helperBodies)
                {
                    if (body.FullSpan.Contains(location.SourceSpan))
                    {
                        return false;
                    }
                }

                return true;
            }
        }
    }
}
