using Nexus.GraphQL.Language;

namespace Nexus.GraphQL.Types;

/// <summary>The directives every schema has (spec 3.13), with graphql-js's descriptions.</summary>
public static class BuiltInDirectives
{
    public const string DefaultDeprecationReason = "No longer supported";

    public static DirectiveDefinition Include { get; } = new(
        "include",
        [DirectiveLocation.Field, DirectiveLocation.FragmentSpread, DirectiveLocation.InlineFragment],
        [new InputValueDefinition("if", new NonNullType(BuiltInScalars.Boolean), "Included when true.")],
        "Directs the executor to include this field or fragment only when the `if` argument is true.");

    public static DirectiveDefinition Skip { get; } = new(
        "skip",
        [DirectiveLocation.Field, DirectiveLocation.FragmentSpread, DirectiveLocation.InlineFragment],
        [new InputValueDefinition("if", new NonNullType(BuiltInScalars.Boolean), "Skipped when true.")],
        "Directs the executor to skip this field or fragment when the `if` argument is true.");

    public static DirectiveDefinition Deprecated { get; } = new(
        "deprecated",
        [DirectiveLocation.FieldDefinition, DirectiveLocation.ArgumentDefinition, DirectiveLocation.InputFieldDefinition, DirectiveLocation.EnumValue],
        [new InputValueDefinition("reason", BuiltInScalars.String,
            "Explains why this element was deprecated, usually also including a suggestion for how to access supported similar data. Formatted using the Markdown syntax, as specified by [CommonMark](https://commonmark.org/).",
            new StringValueNode(DefaultDeprecationReason))],
        "Marks an element of a GraphQL schema as no longer supported.");

    public static DirectiveDefinition SpecifiedBy { get; } = new(
        "specifiedBy",
        [DirectiveLocation.Scalar],
        [new InputValueDefinition("url", new NonNullType(BuiltInScalars.String), "The URL that specifies the behavior of this scalar.")],
        "Exposes a URL that specifies the behavior of this scalar.");

    public static DirectiveDefinition OneOf { get; } = new(
        "oneOf",
        [DirectiveLocation.InputObject],
        [],
        "Indicates exactly one field must be supplied and this field must not be `null`.");

    public static IReadOnlyList<DirectiveDefinition> All { get; } = [Include, Skip, Deprecated, SpecifiedBy, OneOf];
}
