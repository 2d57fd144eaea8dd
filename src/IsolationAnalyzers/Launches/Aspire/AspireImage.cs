using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using IsolationAnalyzers.Launches.Cli;
using IsolationAnalyzers.Flow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace IsolationAnalyzers.Launches.Aspire
{
    /// <summary>
    /// The image of an Aspire container resource, as its calls set it in order. Aspire keeps the parts apart
    /// (<c>ContainerImageAnnotation</c>: registry, image, tag or SHA-256) and runs <c>registry/image:tag</c> or
    /// <c>registry/image@sha256:…</c>: <c>WithImage(image[, tag])</c> sets the image (a tag or digest written in it
    /// counts unless set on its own) and resets the tag; <c>WithImageTag</c> and <c>WithImageSHA256</c> replace each
    /// other; <c>WithImageRegistry</c> prefixes the registry. Each possible image is reported on the image argument
    /// (the branch of it as written), and carries how a fix rewrites its tag alone: the tag argument when there is one,
    /// else the tag's characters in the image literal (or a <c>:tag</c> appended to it).
    /// </summary>
    internal sealed class AspireImage
    {
        // Conditional parts multiply; past this the image is simply unknown.
        private const int MaxCombinations = 16;

        private IOperation? tag;
        private IOperation? registry;
        private IOperation? digest;

        /// <summary>The argument that sets the image: of <c>AddContainer</c>, or of the last <c>WithImage</c>.</summary>
        public IOperation? Argument { get; private set; }

        public void SetImage(IOperation image, IOperation? newTag)
        {
            Argument = image;
            tag = newTag;
            digest = null;
        }

        public void SetTag(IOperation newTag)
        {
            tag = newTag;
            digest = null;
        }

        public void SetDigest(IOperation newDigest)
        {
            digest = newDigest;
            tag = null;
        }

        public void SetRegistry(IOperation? newRegistry) => registry = newRegistry;

        public ImmutableArray<LaunchValue> Values(FlowContext context)
        {
            if (Argument is null)
            {
                return ImmutableArray<LaunchValue>.Empty;
            }

            var images = Resolve(Argument, context);
            var tags = Resolve(tag, context);
            var registries = Resolve(registry, context);
            var digests = Resolve(digest, context);
            var result = ImmutableArray.CreateBuilder<LaunchValue>();
            if ((long)images.Count * tags.Count * registries.Count * digests.Count > MaxCombinations)
            {
                result.Add(LaunchValue.Unknown(Argument.Syntax.GetLocation()));
                return result.ToImmutable();
            }

            foreach (var image in images)
            {
                foreach (var tagValue in tags)
                {
                    foreach (var registryValue in registries)
                    {
                        foreach (var digestValue in digests)
                        {
                            if (Compose(image, tagValue, registryValue, digestValue) is { } composed)
                            {
                                result.Add(composed);
                            }
                        }
                    }
                }
            }

            return result.ToImmutable();
        }

        /// <summary>The possible values of a part; a part not given is one "not set" value.</summary>
        private static List<LaunchValue?> Resolve(IOperation? part, FlowContext context)
        {
            var resolved = new List<LaunchValue?>();
            if (part is null)
            {
                resolved.Add(null);
                return resolved;
            }

            var values = new List<LaunchValue>();
            ValueResolver.AddStringValues(part, values, context);
            foreach (var value in values)
            {
                // A known null tag or registry is not set (Aspire's defaults apply).
                resolved.Add(value.IsKnown && value.Text is null ? null : value);
            }

            return resolved;
        }

        private static LaunchValue? Compose(LaunchValue? image, LaunchValue? tag, LaunchValue? registry, LaunchValue? digest)
        {
            if (image is not { } imageValue || (imageValue.IsKnown && string.IsNullOrEmpty(imageValue.Text)))
            {
                // AddContainer(name, null) throws: no container is created.
                return null;
            }

            foreach (var part in new[] { imageValue, tag, registry, digest })
            {
                if (part is { IsKnown: false } unknown)
                {
                    return LaunchValue.Unknown(imageValue.Location, unknown.SourceParameter ?? SourceParameterOf(imageValue, tag, registry, digest));
                }
            }

            var text = imageValue.Text!;
            var name = text;
            string? inlineDigest = null;
            var at = name.IndexOf('@');
            if (at >= 0)
            {
                inlineDigest = name.Substring(at + 1);
                name = name.Substring(0, at);
            }

            string? inlineTag = null;
            var colon = name.IndexOf(':', name.LastIndexOf('/') + 1);
            if (colon >= 0)
            {
                inlineTag = name.Substring(colon + 1);
                name = name.Substring(0, colon);
            }

            string suffix;
            var tagEdit = LaunchEdit.None;
            if (digest is { Text: { Length: > 0 } sha })
            {
                suffix = "@sha256:" + sha;
            }
            else if (tag is { } tagValue)
            {
                suffix = string.IsNullOrEmpty(tagValue.Text) ? string.Empty : ":" + tagValue.Text;
                tagEdit = tagValue.IsStringLiteral ? new LaunchEdit(LaunchEditKind.ReplaceExpression, tagValue.Location) : LaunchEdit.None;
            }
            else if (inlineDigest is not null)
            {
                suffix = "@" + inlineDigest;
            }
            else
            {
                suffix = inlineTag is null ? string.Empty : ":" + inlineTag;
                tagEdit = imageValue.IsStringLiteral ? InlineTagEdit(imageValue.Location, name.Length, inlineTag) : LaunchEdit.None;
            }

            var prefix = registry is { Text: { Length: > 0 } host } ? host + "/" : string.Empty;
            return LaunchValue.KnownToken(prefix + name + suffix, imageValue.Location, LaunchEdit.None).WithTagEdit(tagEdit);
        }

        private static IParameterSymbol? SourceParameterOf(params LaunchValue?[] parts)
        {
            foreach (var part in parts)
            {
                if (part?.SourceParameter is { } parameter)
                {
                    return parameter;
                }
            }

            return null;
        }

        /// <summary>The tag's characters in the image literal (after its <c>:</c>), or an insertion of <c>:tag</c> at its end.</summary>
        private static LaunchEdit InlineTagEdit(Location literalLocation, int nameLength, string? inlineTag)
        {
            var tree = literalLocation.SourceTree;
            if (tree is null || tree.GetRoot().FindNode(literalLocation.SourceSpan, getInnermostNodeForTie: true) is not LiteralExpressionSyntax literal
                || literal.Span != literalLocation.SourceSpan)
            {
                return LaunchEdit.None;
            }

            if (inlineTag is null)
            {
                var end = LiteralPositions.Map(literal.Token, nameLength);
                return end < 0 ? LaunchEdit.None : new LaunchEdit(LaunchEditKind.InsertText, Location.Create(tree, new TextSpan(end, 0)), ":{0}");
            }

            var start = LiteralPositions.Map(literal.Token, nameLength + 1);
            var stop = LiteralPositions.Map(literal.Token, nameLength + 1 + inlineTag.Length);
            return start < 0 || stop < start
                ? LaunchEdit.None
                : new LaunchEdit(LaunchEditKind.ReplaceText, Location.Create(tree, TextSpan.FromBounds(start, stop)));
        }
    }
}
