using System.Collections;
using Nexus.GraphQL.Language;

namespace Nexus.GraphQL.Types;

/// <summary>
/// Input coercion of spec section 3 and 6.4: literals (with variables) and external variable values
/// become internal values. Throws <see cref="GraphQLCoercionException"/> with the reason when a value is invalid.
/// Absent values are distinct from null: <see cref="TryCoerceLiteral"/> reports absence instead of returning null.
/// </summary>
public static class InputCoercion
{
    /// <summary>Coerces a literal; false when the literal is a variable that was not provided (so the value is absent).</summary>
    public static bool TryCoerceLiteral(ValueNode literal, GraphQLType type, IReadOnlyDictionary<string, object?>? variables,
        out object? value)
    {
        if (literal is VariableNode variable)
        {
            value = null;
            return variables is not null && variables.TryGetValue(variable.Name.Value, out value);
        }

        value = CoerceLiteral(literal, type, variables);
        return true;
    }

    public static object? CoerceLiteral(ValueNode literal, GraphQLType type, IReadOnlyDictionary<string, object?>? variables)
    {
        if (literal is VariableNode variable)
        {
            return variables is not null && variables.TryGetValue(variable.Name.Value, out var value)
                ? value
                : type is NonNullType
                    ? throw new GraphQLCoercionException($"Expected value of type \"{type}\", found {Printer.Print(literal)}.")
                    : null;
        }

        if (type is NonNullType nonNull)
        {
            return literal is NullValueNode
                ? throw new GraphQLCoercionException($"Expected value of type \"{type}\", found null.")
                : CoerceLiteral(literal, nonNull.OfType, variables);
        }

        if (literal is NullValueNode)
        {
            return null;
        }

        return type switch
        {
            ListType list when literal is ListValueNode items =>
                items.Values.Select(item => CoerceLiteral(item, list.OfType, variables)).ToList(),
            ListType list => new List<object?> { CoerceLiteral(literal, list.OfType, variables) },
            InputObjectType input => CoerceObjectLiteral(literal, input, variables),
            EnumType enumType => literal is EnumValueNode enumValue && enumType.Values.TryGetValue(enumValue.Value, out var definition)
                ? definition.Value
                : throw new GraphQLCoercionException($"Value {Printer.Print(literal)} does not exist in \"{enumType.Name}\" enum."),
            ScalarType scalar => scalar.ParseLiteral(literal),
            _ => throw new GraphQLCoercionException($"Expected value of type \"{type}\", found {Printer.Print(literal)}."),
        };
    }

    private static Dictionary<string, object?> CoerceObjectLiteral(ValueNode literal, InputObjectType type,
        IReadOnlyDictionary<string, object?>? variables)
    {
        if (literal is not ObjectValueNode obj)
        {
            throw new GraphQLCoercionException($"Expected value of type \"{type.Name}\", found {Printer.Print(literal)}.");
        }

        var given = obj.Fields.ToDictionary(f => f.Name.Value, f => f.Value);
        foreach (var unknown in given.Keys.Where(name => !type.Fields.ContainsKey(name)))
        {
            throw new GraphQLCoercionException($"Field \"{unknown}\" is not defined by type \"{type.Name}\".");
        }

        var result = new Dictionary<string, object?>();
        foreach (var field in type.Fields.Values)
        {
            if (given.TryGetValue(field.Name, out var fieldLiteral) && TryCoerceLiteral(fieldLiteral, field.Type, variables, out var value))
            {
                result[field.Name] = value is null && field.Type is NonNullType
                    ? throw new GraphQLCoercionException($"Field \"{type.Name}.{field.Name}\" of required type \"{field.Type}\" must not be null.")
                    : value;
            }
            else if (field.DefaultValue is { } defaultValue)
            {
                result[field.Name] = CoerceLiteral(defaultValue, field.Type, null);
            }
            else if (field.Type is NonNullType)
            {
                throw new GraphQLCoercionException($"Field \"{type.Name}.{field.Name}\" of required type \"{field.Type}\" was not provided.");
            }
        }

        CheckOneOf(type, result);
        return result;
    }

    /// <summary>Coerces an external value (variables from JSON or CLR dictionaries/lists) to the internal value of <paramref name="type"/>.</summary>
    public static object? CoerceInput(object? value, GraphQLType type)
    {
        if (type is NonNullType nonNull)
        {
            return value is null
                ? throw new GraphQLCoercionException($"Expected non-nullable type \"{type}\" not to be null.")
                : CoerceInput(value, nonNull.OfType);
        }

        if (value is null)
        {
            return null;
        }

        return type switch
        {
            ListType list when value is IEnumerable items && value is not (string or IDictionary) =>
                items.Cast<object?>().Select(item => CoerceInput(item, list.OfType)).ToList(),
            ListType list => new List<object?> { CoerceInput(value, list.OfType) },
            InputObjectType input => CoerceObjectInput(value, input),
            EnumType enumType => value is string name && enumType.Values.TryGetValue(name, out var definition)
                ? definition.Value
                : throw new GraphQLCoercionException($"Value {BuiltInScalars.Inspect(value)} does not exist in \"{enumType.Name}\" enum."),
            ScalarType scalar => scalar.ParseValue(value),
            _ => throw new GraphQLCoercionException($"Expected value of type \"{type}\"."),
        };
    }

    private static Dictionary<string, object?> CoerceObjectInput(object value, InputObjectType type)
    {
        if (value is not IDictionary<string, object?> given)
        {
            throw new GraphQLCoercionException($"Expected type \"{type.Name}\" to be an object.");
        }

        foreach (var unknown in given.Keys.Where(name => !type.Fields.ContainsKey(name)))
        {
            throw new GraphQLCoercionException($"Field \"{unknown}\" is not defined by type \"{type.Name}\".");
        }

        var result = new Dictionary<string, object?>();
        foreach (var field in type.Fields.Values)
        {
            if (given.TryGetValue(field.Name, out var fieldValue))
            {
                result[field.Name] = CoerceInput(fieldValue, field.Type);
            }
            else if (field.DefaultValue is { } defaultValue)
            {
                result[field.Name] = CoerceLiteral(defaultValue, field.Type, null);
            }
            else if (field.Type is NonNullType)
            {
                throw new GraphQLCoercionException($"Field \"{field.Name}\" of required type \"{field.Type}\" was not provided.");
            }
        }

        CheckOneOf(type, result);
        return result;
    }

    private static void CheckOneOf(InputObjectType type, Dictionary<string, object?> result)
    {
        if (!type.IsOneOf)
        {
            return;
        }

        if (result.Count != 1)
        {
            throw new GraphQLCoercionException($"Exactly one key must be specified for OneOf type \"{type.Name}\".");
        }

        var (name, fieldValue) = result.First();
        if (fieldValue is null)
        {
            throw new GraphQLCoercionException($"Field \"{name}\" must be non-null.");
        }
    }
}
