namespace Nexus.GraphQL.Language;

/// <summary>Where a directive may appear (spec 3.13).</summary>
public enum DirectiveLocation
{
    Query,
    Mutation,
    Subscription,
    Field,
    FragmentDefinition,
    FragmentSpread,
    InlineFragment,
    VariableDefinition,
    Schema,
    Scalar,
    Object,
    FieldDefinition,
    ArgumentDefinition,
    Interface,
    Union,
    Enum,
    EnumValue,
    InputObject,
    InputFieldDefinition,
}

public static class DirectiveLocationNames
{
    /// <summary>FragmentSpread becomes FRAGMENT_SPREAD.</summary>
    public static string ToSpecName(this DirectiveLocation location) => Casing.ToUpperSnake(location.ToString());

    public static DirectiveLocation Parse(string specName) =>
        Enum.Parse<DirectiveLocation>(specName.Replace("_", "", StringComparison.Ordinal), ignoreCase: true);
}
