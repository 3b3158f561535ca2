using System.Collections;
using Nexus.GraphQL.Language;
using Nexus.GraphQL.Validation;

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

    /// <summary>Coerces an external value (variables from JSON or CLR dictionaries/lists); throws on the first problem.</summary>
    public static object? CoerceInput(object? value, GraphQLType type)
    {
        var errors = new List<InputCoercionError>();
        var result = CoerceInput(value, type, errors);
        return errors.Count == 0 ? result : throw new GraphQLCoercionException(errors[0].Message);
    }

    /// <summary>Coerces an external value, collecting every problem with the path where it occurs (graphql-js coerceInputValue).</summary>
    public static object? CoerceInput(object? value, GraphQLType type, List<InputCoercionError> errors) =>
        Coerce(value, type, [], errors);

    private static object? Coerce(object? value, GraphQLType type, List<object> path, List<InputCoercionError> errors)
    {
        if (type is NonNullType nonNull)
        {
            if (value is not null)
            {
                return Coerce(value, nonNull.OfType, path, errors);
            }

            errors.Add(new InputCoercionError([.. path], value, $"Expected non-nullable type \"{type}\" not to be null."));
            return null;
        }

        if (value is null)
        {
            return null;
        }

        try
        {
            return type switch
            {
                ListType list when value is IEnumerable items && value is not (string or IDictionary) =>
                    items.Cast<object?>().Select((item, i) => Coerce(item, list.OfType, [.. path, i], errors)).ToList(),
                ListType list => new List<object?> { Coerce(value, list.OfType, path, errors) },
                InputObjectType input => CoerceObject(value, input, path, errors),
                EnumType enumType => CoerceEnum(value, enumType),
                ScalarType scalar => scalar.ParseValue(value),
                _ => throw new GraphQLCoercionException($"Expected value of type \"{type}\"."),
            };
        }
        catch (GraphQLCoercionException exception)
        {
            errors.Add(new InputCoercionError([.. path], value, exception.Message));
            return null;
        }
    }

    private static object? CoerceEnum(object value, EnumType type)
    {
        if (value is not string name)
        {
            throw new GraphQLCoercionException($"Enum \"{type.Name}\" cannot represent non-string value: {ValueInspector.Inspect(value)}.");
        }

        return type.Values.TryGetValue(name, out var definition)
            ? definition.Value
            : throw new GraphQLCoercionException($"Value \"{name}\" does not exist in \"{type.Name}\" enum." +
                Suggestions.DidYouMean(Suggestions.List(name, type.Values.Keys), "the enum value"));
    }

    private static Dictionary<string, object?>? CoerceObject(object value, InputObjectType type, List<object> path,
        List<InputCoercionError> errors)
    {
        if (value is not IDictionary<string, object?> given)
        {
            throw new GraphQLCoercionException($"Expected type \"{type.Name}\" to be an object.");
        }

        var result = new Dictionary<string, object?>();
        foreach (var field in type.Fields.Values)
        {
            if (given.TryGetValue(field.Name, out var fieldValue))
            {
                result[field.Name] = Coerce(fieldValue, field.Type, [.. path, field.Name], errors);
            }
            else if (field.DefaultValue is { } defaultValue)
            {
                result[field.Name] = CoerceLiteral(defaultValue, field.Type, null);
            }
            else if (field.Type is NonNullType)
            {
                errors.Add(new InputCoercionError([.. path], value,
                    $"Field \"{field.Name}\" of required type \"{field.Type}\" was not provided."));
            }
        }

        foreach (var unknown in given.Keys.Where(name => !type.Fields.ContainsKey(name)))
        {
            errors.Add(new InputCoercionError([.. path], value, $"Field \"{unknown}\" is not defined by type \"{type.Name}\"." +
                Suggestions.DidYouMean(Suggestions.List(unknown, type.Fields.Keys))));
        }

        if (type.IsOneOf)
        {
            if (result.Count != 1)
            {
                errors.Add(new InputCoercionError([.. path], value, $"Exactly one key must be specified for OneOf type \"{type.Name}\"."));
            }
            else if (result.First() is (var key, null))
            {
                errors.Add(new InputCoercionError([.. path, key], null, $"Field \"{key}\" must be non-null."));
            }
        }

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
