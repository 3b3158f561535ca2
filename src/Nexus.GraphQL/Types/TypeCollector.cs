using Nexus.GraphQL.Introspection;

namespace Nexus.GraphQL.Types;

/// <summary>Builds the type map in the order graphql-js's GraphQLSchema constructor does.</summary>
internal static class TypeCollector
{
    public static OrderedDictionary<string, NamedType> Collect(IReadOnlyList<NamedType> types, IEnumerable<ObjectType?> roots,
        IReadOnlyList<DirectiveDefinition> directives)
    {
        // graphql-js seeds the set with the declared types, then re-adds each one together with what it references.
        var map = new OrderedDictionary<string, NamedType>();
        foreach (var type in types)
        {
            map.TryAdd(type.Name, type);
        }

        foreach (var type in types)
        {
            map.Remove(type.Name);
            Visit(type, map);
        }

        foreach (var root in roots)
        {
            if (root is not null)
            {
                Visit(root, map);
            }
        }

        foreach (var argument in directives.SelectMany(d => d.Arguments))
        {
            Visit(argument.Type, map);
        }

        Visit(IntrospectionTypes.Schema, map);
        return map;
    }

    private static void Visit(GraphQLType type, OrderedDictionary<string, NamedType> map)
    {
        var named = type.Named;
        if (map.TryGetValue(named.Name, out var existing))
        {
            if (!ReferenceEquals(existing, named))
            {
                throw new GraphQLSchemaException($"Schema must contain uniquely named types but contains multiple types named \"{named.Name}\".");
            }

            return;
        }

        map.Add(named.Name, named);
        switch (named)
        {
            case UnionType union:
                union.Types.ToList().ForEach(member => Visit(member, map));
                break;
            case FieldsType fields:
                fields.Interfaces.ToList().ForEach(i => Visit(i, map));
                foreach (var field in fields.Fields.Values)
                {
                    Visit(field.Type, map);
                    field.Arguments.ToList().ForEach(a => Visit(a.Type, map));
                }

                break;
            case InputObjectType input:
                input.Fields.Values.ToList().ForEach(f => Visit(f.Type, map));
                break;
        }
    }
}
