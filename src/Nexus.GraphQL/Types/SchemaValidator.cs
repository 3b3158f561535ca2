namespace Nexus.GraphQL.Types;

/// <summary>The spec's type-system validation (section 3), with graphql-js's validateSchema messages.</summary>
internal static class SchemaValidator
{
    public static List<string> Validate(Schema schema)
    {
        var errors = new List<string>();
        ValidateRootTypes(schema, errors);
        foreach (var duplicate in schema.Directives.GroupBy(d => d.Name).Where(g => g.Count() > 1))
        {
            errors.Add($"Directive @{duplicate.Key} is defined more than once.");
        }

        foreach (var directive in schema.Directives)
        {
            CheckName(directive.Name, $"@{directive.Name}", errors, schema);
            ValidateArguments(directive.Arguments, $"@{directive.Name}", errors);
        }

        foreach (var type in schema.Types.Values.Where(t => !schema.IsIntrospectionType(t)))
        {
            CheckName(type.Name, type.Name, errors, schema);
            switch (type)
            {
                case FieldsType fields:
                    ValidateFields(fields, errors);
                    ValidateInterfaces(schema, fields, errors);
                    break;
                case UnionType union:
                    ValidateUnion(union, errors);
                    break;
                case EnumType enumType when enumType.Values.Count == 0:
                    errors.Add($"Enum type {enumType.Name} must define one or more values.");
                    break;
                case InputObjectType input:
                    ValidateInputObject(input, errors);
                    break;
            }
        }

        InputObjectCycles.Find(schema, errors);
        CheckDefaultValues(schema, errors);
        return errors;
    }

    /// <summary>Converts every default now, so an invalid one is a schema error rather than a surprise later.</summary>
    private static void CheckDefaultValues(Schema schema, List<string> errors)
    {
        var inputValues = schema.Types.Values.OfType<FieldsType>().SelectMany(t => t.Fields.Values).SelectMany(f => f.Arguments)
            .Concat(schema.Types.Values.OfType<InputObjectType>().SelectMany(t => t.Fields.Values))
            .Concat(schema.Directives.SelectMany(d => d.Arguments));
        foreach (var inputValue in inputValues)
        {
            try
            {
                _ = inputValue.DefaultValue;
            }
            catch (GraphQLSchemaException exception)
            {
                errors.AddRange(exception.Errors);
            }
        }
    }

    private static void ValidateRootTypes(Schema schema, List<string> errors)
    {
        var roots = new[] { schema.Query, schema.Mutation, schema.Subscription }.OfType<ObjectType>().ToList();
        foreach (var duplicate in roots.GroupBy(r => r.Name).Where(g => g.Count() > 1))
        {
            errors.Add($"All root types must be different, \"{duplicate.Key}\" type is used as multiple root types.");
        }
    }

    private static void CheckName(string name, string coordinate, List<string> errors, Schema schema)
    {
        if (name.StartsWith("__", StringComparison.Ordinal) && !schema.Types.Values.Any(t => schema.IsIntrospectionType(t) && t.Name == name))
        {
            errors.Add($"Name \"{coordinate}\" must not begin with \"__\", which is reserved by GraphQL introspection.");
        }
    }

    private static void ValidateFields(FieldsType type, List<string> errors)
    {
        if (type.Fields.Count == 0)
        {
            errors.Add($"Type {type.Name} must define one or more fields.");
        }

        foreach (var field in type.Fields.Values)
        {
            var coordinate = $"{type.Name}.{field.Name}";
            if (field.Name.StartsWith("__", StringComparison.Ordinal))
            {
                errors.Add($"Name \"{field.Name}\" must not begin with \"__\", which is reserved by GraphQL introspection.");
            }

            if (!field.Type.IsOutputType)
            {
                errors.Add($"The type of {coordinate} must be Output Type but got: {field.Type}.");
            }

            ValidateArguments(field.Arguments, coordinate, errors);
        }
    }

    private static void ValidateArguments(IReadOnlyList<InputValueDefinition> arguments, string coordinate, List<string> errors)
    {
        foreach (var duplicate in arguments.GroupBy(a => a.Name).Where(g => g.Count() > 1))
        {
            errors.Add($"Argument {coordinate}({duplicate.Key}:) can only be defined once.");
        }

        foreach (var argument in arguments)
        {
            if (!argument.Type.IsInputType)
            {
                errors.Add($"The type of {coordinate}({argument.Name}:) must be Input Type but got: {argument.Type}.");
            }

            if (argument.Type is NonNullType && !argument.HasDefaultValue && argument.IsDeprecated)
            {
                errors.Add($"Required argument {coordinate}({argument.Name}:) cannot be deprecated.");
            }
        }
    }

    private static void ValidateInterfaces(Schema schema, FieldsType type, List<string> errors)
    {
        var seen = new HashSet<string>();
        foreach (var iface in type.Interfaces)
        {
            if (ReferenceEquals(iface, type))
            {
                errors.Add($"Type {type.Name} cannot implement itself because it would create a circular reference.");
                continue;
            }

            if (!seen.Add(iface.Name))
            {
                errors.Add($"Type {type.Name} can only implement {iface.Name} once.");
                continue;
            }

            foreach (var transitive in iface.Interfaces.Where(t => !type.Interfaces.Contains(t)))
            {
                errors.Add(ReferenceEquals(transitive, type)
                    ? $"Type {type.Name} cannot implement {iface.Name} because it would create a circular reference."
                    : $"Type {type.Name} must implement {transitive.Name} because it is implemented by {iface.Name}.");
            }

            ValidateImplementation(schema, type, iface, errors);
        }
    }

    private static void ValidateImplementation(Schema schema, FieldsType type, InterfaceType iface, List<string> errors)
    {
        foreach (var ifaceField in iface.Fields.Values)
        {
            var field = type.Field(ifaceField.Name);
            if (field is null)
            {
                errors.Add($"Interface field {iface.Name}.{ifaceField.Name} expected but {type.Name} does not provide it.");
                continue;
            }

            if (!TypeComparators.IsSubtype(schema, field.Type, ifaceField.Type))
            {
                errors.Add($"Interface field {iface.Name}.{ifaceField.Name} expects type {ifaceField.Type} but {type.Name}.{field.Name} is type {field.Type}.");
            }

            foreach (var ifaceArg in ifaceField.Arguments)
            {
                var arg = field.Argument(ifaceArg.Name);
                if (arg is null)
                {
                    errors.Add($"Interface field argument {iface.Name}.{ifaceField.Name}({ifaceArg.Name}:) expected but {type.Name}.{field.Name} does not provide it.");
                }
                else if (!TypeComparators.IsEqual(arg.Type, ifaceArg.Type))
                {
                    errors.Add($"Interface field argument {iface.Name}.{ifaceField.Name}({ifaceArg.Name}:) expects type {ifaceArg.Type} but {type.Name}.{field.Name}({arg.Name}:) is type {arg.Type}.");
                }
            }

            foreach (var arg in field.Arguments.Where(a => ifaceField.Argument(a.Name) is null && a.Type is NonNullType && !a.HasDefaultValue))
            {
                errors.Add($"Argument \"{type.Name}.{field.Name}({arg.Name}:)\" must not be required type \"{arg.Type}\" if not provided by the Interface field \"{iface.Name}.{ifaceField.Name}\".");
            }
        }
    }

    private static void ValidateUnion(UnionType union, List<string> errors)
    {
        if (union.Types.Count == 0)
        {
            errors.Add($"Union type {union.Name} must define one or more member types.");
        }

        foreach (var duplicate in union.Types.GroupBy(t => t.Name).Where(g => g.Count() > 1))
        {
            errors.Add($"Union type {union.Name} can only include type {duplicate.Key} once.");
        }
    }

    private static void ValidateInputObject(InputObjectType input, List<string> errors)
    {
        if (input.Fields.Count == 0)
        {
            errors.Add($"Input Object type {input.Name} must define one or more fields.");
        }

        foreach (var field in input.Fields.Values)
        {
            var coordinate = $"{input.Name}.{field.Name}";
            if (!field.Type.IsInputType)
            {
                errors.Add($"The type of {coordinate} must be Input Type but got: {field.Type}.");
            }

            if (field.Type is NonNullType && !field.HasDefaultValue && field.IsDeprecated)
            {
                errors.Add($"Required input field {coordinate} cannot be deprecated.");
            }

            if (input.IsOneOf && field.Type is NonNullType)
            {
                errors.Add($"OneOf input field {coordinate} must be nullable.");
            }

            if (input.IsOneOf && field.HasDefaultValue)
            {
                errors.Add($"OneOf input field {coordinate} cannot have a default value.");
            }
        }
    }
}
