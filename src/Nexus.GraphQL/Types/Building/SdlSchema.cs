using Nexus.GraphQL.Language;

namespace Nexus.GraphQL.Types;

/// <summary>
/// Builds a schema from SDL (graphql-js buildSchema): definitions and their extensions are merged per
/// name, types keep their order of definition, and behaviour comes from <see cref="SdlResolvers"/>.
/// </summary>
public static class SdlSchema
{
    public static Schema Build(string sdl, Action<SdlResolvers>? configure = null)
    {
        var resolvers = new SdlResolvers();
        configure?.Invoke(resolvers);
        var document = Parser.Parse(sdl);
        var builder = new SchemaBuilder();
        var types = document.Definitions.OfType<TypeDefinitionNode>().GroupBy(d => d.Name.Value).ToList();
        foreach (var group in types)
        {
            DefineType(builder, [.. group], resolvers);
        }

        foreach (var directive in document.Definitions.OfType<DirectiveDefinitionNode>())
        {
            builder.Directive(directive.Name.Value, [.. directive.Locations.Select(l => DirectiveLocationNames.Parse(l.Value))], d =>
            {
                Describe(directive.Description?.Value, d.Description);
                if (directive.Repeatable)
                {
                    d.Repeatable();
                }

                foreach (var argument in directive.Arguments)
                {
                    var type = Printer.Print(argument.Type);
                    _ = argument.DefaultValue is { } defaultValue
                        ? d.ArgumentWithDefault(argument.Name.Value, type, defaultValue, argument.Description?.Value)
                        : d.Argument(argument.Name.Value, type, argument.Description?.Value);
                }
            });
        }

        SetRoots(builder, document, types.Select(g => g.Key).ToHashSet());
        return builder.Build();
    }

    private static void SetRoots(SchemaBuilder builder, DocumentNode document, HashSet<string> typeNames)
    {
        var schemaNodes = document.Definitions.OfType<TypeSystemNode>()
            .Where(d => d is SchemaDefinitionNode or SchemaExtensionNode).ToList();
        var operations = schemaNodes.SelectMany(d => d switch
        {
            SchemaDefinitionNode definition => definition.OperationTypes,
            SchemaExtensionNode extension => extension.OperationTypes,
            _ => [],
        }).ToDictionary(o => o.Operation, o => o.Type.Name.Value);

        // Without a schema definition the roots are the types named Query, Mutation and Subscription.
        string? Root(OperationType operation, string conventional) => schemaNodes.Count > 0
            ? operations.GetValueOrDefault(operation)
            : typeNames.Contains(conventional) ? conventional : null;

        builder.RootTypes(Root(OperationType.Query, "Query") ?? "Query", Root(OperationType.Mutation, "Mutation"),
            Root(OperationType.Subscription, "Subscription"));
        if (schemaNodes.OfType<SchemaDefinitionNode>().FirstOrDefault()?.Description is { } description)
        {
            builder.Description(description.Value);
        }
    }

    private static void DefineType(SchemaBuilder builder, List<TypeDefinitionNode> parts, SdlResolvers resolvers)
    {
        var name = parts[0].Name.Value;
        var description = parts.Select(p => p.Description?.Value).FirstOrDefault(d => d is not null);
        var directives = parts.SelectMany(p => p.Directives).ToList();
        switch (parts.First(p => !p.IsExtension))
        {
            case ScalarTypeDefinitionNode:
                builder.Scalar(resolvers.Scalars.GetValueOrDefault(name)
                    ?? ScalarType.PassThrough(name, description, StringArgument(directives, "specifiedBy", "url")));
                break;
            case ObjectTypeDefinitionNode:
                builder.Object(name, t =>
                {
                    DefineFields(t, name, parts, description, resolvers);
                    if (resolvers.TypeChecks.TryGetValue(name, out var check))
                    {
                        t.IsTypeOf(check);
                    }
                });
                break;
            case InterfaceTypeDefinitionNode:
                builder.Interface(name, t =>
                {
                    DefineFields(t, name, parts, description, resolvers);
                    if (resolvers.TypeResolvers.TryGetValue(name, out var resolve))
                    {
                        t.ResolveType(resolve);
                    }
                });
                break;
            case UnionTypeDefinitionNode:
                builder.Union(name, u =>
                {
                    Describe(description, u.Description);
                    u.Types([.. parts.OfType<UnionTypeDefinitionNode>().SelectMany(p => p.Types).Select(t => t.Name.Value)]);
                    if (resolvers.TypeResolvers.TryGetValue(name, out var resolve))
                    {
                        u.ResolveType(resolve);
                    }
                });
                break;
            case EnumTypeDefinitionNode:
                builder.Enum(name, e =>
                {
                    Describe(description, e.Description);
                    foreach (var value in parts.OfType<EnumTypeDefinitionNode>().SelectMany(p => p.Values))
                    {
                        e.Value(value.Name.Value, resolvers.EnumValues.GetValueOrDefault((name, value.Name.Value)),
                            value.Description?.Value, DeprecationReason(value.Directives));
                    }
                });
                break;
            case InputObjectTypeDefinitionNode:
                builder.Input(name, i =>
                {
                    Describe(description, i.Description);
                    if (directives.Any(d => d.Name.Value == BuiltInDirectives.OneOf.Name))
                    {
                        i.OneOf();
                    }

                    foreach (var field in parts.OfType<InputObjectTypeDefinitionNode>().SelectMany(p => p.Fields))
                    {
                        var type = Printer.Print(field.Type);
                        _ = field.DefaultValue is { } defaultValue
                            ? i.FieldWithDefault(field.Name.Value, type, defaultValue, field.Description?.Value)
                            : i.Field(field.Name.Value, type, field.Description?.Value, DeprecationReason(field.Directives));
                    }
                });
                break;
        }
    }

    private static void DefineFields<TSelf>(FieldsTypeBuilder<TSelf> type, string typeName, List<TypeDefinitionNode> parts,
        string? description, SdlResolvers resolvers)
        where TSelf : FieldsTypeBuilder<TSelf>
    {
        Describe(description, text => type.Description(text));
        foreach (var part in parts)
        {
            var (interfaces, fields) = part switch
            {
                ObjectTypeDefinitionNode o => (o.Interfaces, o.Fields),
                InterfaceTypeDefinitionNode i => (i.Interfaces, i.Fields),
                _ => ([], []),
            };
            type.Implements([.. interfaces.Select(i => i.Name.Value)]);
            foreach (var field in fields)
            {
                type.Field(field.Name.Value, Printer.Print(field.Type), f => DefineField(f, $"{typeName}.{field.Name.Value}", field, resolvers));
            }
        }
    }

    private static void DefineField(FieldBuilder builder, string coordinate, FieldDefinitionNode field, SdlResolvers resolvers)
    {
        Describe(field.Description?.Value, text => builder.Description(text));
        if (DeprecationReason(field.Directives) is { } reason)
        {
            builder.Deprecated(reason);
        }

        foreach (var argument in field.Arguments)
        {
            var type = Printer.Print(argument.Type);
            _ = argument.DefaultValue is { } defaultValue
                ? builder.ArgumentWithDefault(argument.Name.Value, type, defaultValue, argument.Description?.Value)
                : builder.Argument(argument.Name.Value, type, argument.Description?.Value, DeprecationReason(argument.Directives));
        }

        if (resolvers.Resolvers.TryGetValue(coordinate, out var resolve))
        {
            builder.ResolveAsync(resolve);
        }

        if (resolvers.Subscribers.TryGetValue(coordinate, out var subscribe))
        {
            builder.Subscribe(context => Flatten(subscribe, context));
        }
    }

    private static async IAsyncEnumerable<object?> Flatten(StreamResolver subscribe, Execution.ResolveContext context)
    {
        await foreach (var item in (await subscribe(context)).WithCancellation(context.CancellationToken))
        {
            yield return item;
        }
    }

    /// <summary>@deprecated gives the default reason; an explicit reason: null means not deprecated (as in graphql-js).</summary>
    private static string? DeprecationReason(IReadOnlyList<DirectiveNode> directives)
    {
        var deprecated = directives.FirstOrDefault(d => d.Name.Value == BuiltInDirectives.Deprecated.Name);
        var reason = deprecated?.Arguments.FirstOrDefault(a => a.Name.Value == "reason");
        return deprecated is null ? null
            : reason is null ? BuiltInDirectives.DefaultDeprecationReason
            : (reason.Value as StringValueNode)?.Value;
    }

    private static string? StringArgument(IEnumerable<DirectiveNode> directives, string directive, string argument) =>
        directives.Where(d => d.Name.Value == directive).SelectMany(d => d.Arguments)
            .Where(a => a.Name.Value == argument).Select(a => (a.Value as StringValueNode)?.Value).FirstOrDefault();

    private static void Describe(string? description, Func<string, object> apply)
    {
        if (description is not null)
        {
            apply(description);
        }
    }
}
