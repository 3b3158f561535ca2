using Nexus.GraphQL.Language;

namespace Nexus.GraphQL.Types;

public sealed class DirectiveDefinition(string name, IReadOnlyList<DirectiveLocation> locations,
    IReadOnlyList<InputValueDefinition> arguments, string? description = null, bool isRepeatable = false)
{
    public string Name { get; } = Names.Validate(name);

    public IReadOnlyList<DirectiveLocation> Locations { get; } = locations;

    public IReadOnlyList<InputValueDefinition> Arguments { get; } = arguments;

    public string? Description { get; } = description;

    public bool IsRepeatable { get; } = isRepeatable;

    public bool IsSpecified => BuiltInDirectives.All.Contains(this);

    public InputValueDefinition? Argument(string argumentName) => Arguments.FirstOrDefault(a => a.Name == argumentName);
}
