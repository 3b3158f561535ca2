using Nexus.GraphQL.Language;

namespace Nexus.GraphQL.Types;

/// <summary>Configuration of an argument or input field, turned into an <see cref="InputValueDefinition"/> at build time.</summary>
public sealed record InputValueConfig(string Name, string Type, string? Description = null, object? DefaultValue = null,
    bool HasDefault = false, string? DeprecationReason = null)
{
    internal InputValueDefinition Build(TypeRegistry registry, string coordinate)
    {
        var type = registry.Resolve(Type, coordinate);
        // Defaults may mention input types that are not complete yet, so they are converted on first use.
        var literal = new Lazy<ValueNode?>(() => !HasDefault ? null
            : DefaultValue is ValueNode given ? Normalize(given, type, coordinate)
            : ValueToLiteral.Convert(DefaultValue, type));
        return new InputValueDefinition(Name, type, Description, literal, DeprecationReason);
    }

    /// <summary>Re-prints a literal default through its coerced value, as graphql-js does ("1.0" becomes "1" for a Float).</summary>
    private static ValueNode Normalize(ValueNode literal, GraphQLType type, string coordinate)
    {
        object? value;
        try
        {
            value = InputCoercion.CoerceLiteral(literal, type, null);
        }
        catch (GraphQLCoercionException exception)
        {
            throw new GraphQLSchemaException($"Default value of {coordinate} is invalid: {exception.Message}");
        }

        try
        {
            return ValueToLiteral.Convert(value, type) ?? literal;
        }
        catch (ArgumentException)
        {
            // Custom scalars may coerce to values with no literal form; their literal stays as written.
            return literal;
        }
    }
}
