using Nexus.GraphQL.Language;

namespace Nexus.GraphQL.Types;

/// <summary>Configuration of an argument or input field, turned into an <see cref="InputValueDefinition"/> at build time.</summary>
public sealed record InputValueConfig(string Name, string Type, string? Description = null, object? DefaultValue = null,
    bool HasDefault = false, string? DeprecationReason = null)
{
    internal InputValueDefinition Build(TypeRegistry registry, string coordinate)
    {
        var type = registry.Resolve(Type, coordinate);
        var literal = !HasDefault ? null : DefaultValue as ValueNode ?? ValueToLiteral.Convert(DefaultValue, type);
        return new InputValueDefinition(Name, type, Description, literal, DeprecationReason);
    }
}
