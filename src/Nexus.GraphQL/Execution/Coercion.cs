using Nexus.GraphQL.Language;
using Nexus.GraphQL.Types;
using Nexus.GraphQL.Validation;

namespace Nexus.GraphQL.Execution;

/// <summary>Spec 6.4.1 CoerceVariableValues and 6.4.1 CoerceArgumentValues; absent stays absent, null stays null.</summary>
internal static class Coercion
{
    private static readonly Dictionary<string, object?> NoArguments = [];

    public static IReadOnlyDictionary<string, object?> CoerceVariables(Schema schema, OperationDefinitionNode operation,
        IReadOnlyDictionary<string, object?>? inputs, List<GraphQLError> errors)
    {
        var coerced = new Dictionary<string, object?>();
        foreach (var definition in operation.VariableDefinitions)
        {
            var name = definition.Variable.Name.Value;
            var type = TypeInfo.TypeFromAst(schema, definition.Type);
            if (type is not { IsInputType: true })
            {
                errors.Add(GraphQLError.At($"Variable \"${name}\" expected value of type \"{Printer.Print(definition.Type)}\" which cannot be used as an input type.", definition.Type));
                continue;
            }

            object? value = null;
            var provided = inputs is not null && inputs.TryGetValue(name, out value);
            try
            {
                if (!provided && definition.DefaultValue is { } defaultValue)
                {
                    coerced[name] = InputCoercion.CoerceLiteral(defaultValue, type, null);
                }
                else if (!provided && type is NonNullType)
                {
                    errors.Add(GraphQLError.At($"Variable \"${name}\" of required type \"{type}\" was not provided.", definition));
                }
                else if (provided && value is null && type is NonNullType)
                {
                    errors.Add(GraphQLError.At($"Variable \"${name}\" of non-null type \"{type}\" must not be null.", definition));
                }
                else if (provided)
                {
                    var problems = new List<InputCoercionError>();
                    coerced[name] = InputCoercion.CoerceInput(JsonInput.Normalize(value), type, problems);
                    errors.AddRange(problems.Select(problem => GraphQLError.At(
                        $"Variable \"${name}\" got invalid value {ValueInspector.Inspect(problem.Value)}" +
                        (problem.Path.Count > 0 ? $" at \"{name}{problem.PrintPath()}\"" : "") + $"; {problem.Message}",
                        definition)));
                }
            }
            catch (GraphQLCoercionException exception)
            {
                errors.Add(GraphQLError.At($"Variable \"${name}\" has an invalid default value: {exception.Message}", definition));
            }
        }

        return coerced;
    }

    /// <summary>Coerces the arguments given to a field or directive; throws <see cref="GraphQLCoercionException"/> when one is invalid.</summary>
    public static IReadOnlyDictionary<string, object?> CoerceArguments(IReadOnlyList<InputValueDefinition> definitions,
        IReadOnlyList<ArgumentNode> arguments, IReadOnlyDictionary<string, object?> variables)
    {
        if (definitions.Count == 0)
        {
            return NoArguments;
        }

        var coerced = new Dictionary<string, object?>();
        foreach (var definition in definitions)
        {
            var argument = arguments.FirstOrDefault(a => a.Name.Value == definition.Name);
            object? value = null;
            var hasValue = argument is not null && (argument.Value is not VariableNode variable || variables.ContainsKey(variable.Name.Value));
            if (hasValue)
            {
                try
                {
                    value = InputCoercion.CoerceLiteral(argument!.Value, definition.Type, variables);
                }
                catch (GraphQLCoercionException exception)
                {
                    throw new GraphQLCoercionException($"Argument \"{definition.Name}\" has invalid value {Printer.Print(argument!.Value)}. {exception.Message}");
                }
            }

            if (!hasValue && definition.DefaultValue is { } defaultValue)
            {
                coerced[definition.Name] = InputCoercion.CoerceLiteral(defaultValue, definition.Type, null);
            }
            else if (definition.Type is NonNullType && (!hasValue || value is null))
            {
                throw new GraphQLCoercionException(argument?.Value is VariableNode missing
                    ? $"Argument \"{definition.Name}\" of required type \"{definition.Type}\" was provided the variable \"${missing.Name.Value}\" which was not provided a runtime value."
                    : hasValue
                        ? $"Argument \"{definition.Name}\" of non-null type \"{definition.Type}\" must not be null."
                        : $"Argument \"{definition.Name}\" of required type \"{definition.Type}\" was not provided.");
            }
            else if (hasValue)
            {
                coerced[definition.Name] = value;
            }
        }

        return coerced;
    }
}
