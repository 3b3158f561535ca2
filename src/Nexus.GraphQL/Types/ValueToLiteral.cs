using System.Collections;
using System.Globalization;
using System.Text.RegularExpressions;
using Nexus.GraphQL.Language;

namespace Nexus.GraphQL.Types;

/// <summary>Turns a CLR value into a literal of the given input type (graphql-js astFromValue), for defaults in SDL and introspection.</summary>
public static partial class ValueToLiteral
{
    public static ValueNode? Convert(object? value, GraphQLType type)
    {
        if (type is NonNullType nonNull)
        {
            var inner = Convert(value, nonNull.OfType);
            return inner is NullValueNode ? null : inner;
        }

        if (value is null)
        {
            return new NullValueNode();
        }

        switch (type)
        {
            case ListType list when value is not string && value is IEnumerable items:
                return new ListValueNode(items.Cast<object?>().Select(item => Convert(item, list.OfType)).OfType<ValueNode>().ToList());
            case ListType list:
                return Convert(value, list.OfType);
            case InputObjectType input:
                return ConvertObject(value, input);
            case EnumType enumType:
                return new EnumValueNode(enumType.Serialize(value));
            case ScalarType scalar:
                return ConvertScalar(scalar.Serialize(value), scalar);
            default:
                throw new ArgumentException($"Cannot convert a value to a literal of {type}.", nameof(type));
        }
    }

    private static ObjectValueNode? ConvertObject(object value, InputObjectType input)
    {
        if (value is not IDictionary dictionary)
        {
            return null;
        }

        var fields = new List<ObjectFieldNode>();
        foreach (var field in input.Fields.Values)
        {
            if (dictionary.Contains(field.Name) && Convert(dictionary[field.Name], field.Type) is { } literal)
            {
                fields.Add(new ObjectFieldNode(new NameNode(field.Name), literal));
            }
        }

        return new ObjectValueNode(fields);
    }

    private static ValueNode? ConvertScalar(object? serialized, ScalarType scalar)
    {
        switch (serialized)
        {
            case null:
                return null;
            case bool b:
                return new BooleanValueNode(b);
            case int or long or short or byte:
                return new IntValueNode(System.Convert.ToString(serialized, CultureInfo.InvariantCulture)!);
            case double or float or decimal:
                var number = System.Convert.ToDouble(serialized, CultureInfo.InvariantCulture);
                var text = number.ToString("R", CultureInfo.InvariantCulture);
                return IntegerPattern().IsMatch(text) ? new IntValueNode(text) : new FloatValueNode(text);
            case string s when ReferenceEquals(scalar, BuiltInScalars.ID) && IntegerPattern().IsMatch(s):
                return new IntValueNode(s);
            case string s:
                return new StringValueNode(s);
            default:
                throw new ArgumentException($"Cannot convert value to AST: {ValueInspector.Inspect(serialized)}.", nameof(serialized));
        }
    }

    [GeneratedRegex("^-?(?:0|[1-9][0-9]*)$")]
    private static partial Regex IntegerPattern();
}
