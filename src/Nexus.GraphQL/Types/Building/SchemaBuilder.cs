using Nexus.GraphQL.Language;

namespace Nexus.GraphQL.Types;

/// <summary>
/// Builds a schema in C#: declare types with SDL type references ("[User!]!") and resolvers, then
/// <see cref="Build"/> resolves the references and checks the spec's type-system rules.
/// </summary>
public sealed class SchemaBuilder
{
    private readonly TypeRegistry _registry = new();
    private readonly List<NamedType> _types = [];
    private readonly List<Action> _completions = [];
    private readonly List<(string Name, IReadOnlyList<DirectiveLocation> Locations, DirectiveBuilder Builder)> _directives = [];
    private string? _queryName;
    private string? _mutationName;
    private string? _subscriptionName;
    private string? _description;

    public SchemaBuilder Description(string description)
    {
        _description = description;
        return this;
    }

    public SchemaBuilder Query(string name, Action<ObjectTypeBuilder> configure)
    {
        _queryName = name;
        return Object(name, configure);
    }

    public SchemaBuilder Mutation(string name, Action<ObjectTypeBuilder> configure)
    {
        _mutationName = name;
        return Object(name, configure);
    }

    public SchemaBuilder Subscription(string name, Action<ObjectTypeBuilder> configure)
    {
        _subscriptionName = name;
        return Object(name, configure);
    }

    /// <summary>Names the root operation types when they are declared with <see cref="Object"/>.</summary>
    public SchemaBuilder RootTypes(string query, string? mutation = null, string? subscription = null)
    {
        (_queryName, _mutationName, _subscriptionName) = (query, mutation, subscription);
        return this;
    }

    public SchemaBuilder Object(string name, Action<ObjectTypeBuilder> configure)
    {
        var builder = new ObjectTypeBuilder();
        configure(builder);
        var type = Declare(new ObjectType(name, builder.TypeDescription) { IsTypeOf = builder.TypeCheck });
        _completions.Add(() => builder.BuildFields(type, _registry));
        return this;
    }

    /// <summary>Adds fields (and interfaces) to an object type declared elsewhere, like SDL's <c>extend type</c>.</summary>
    public SchemaBuilder ExtendObject(string name, Action<ObjectTypeBuilder> configure)
    {
        var builder = new ObjectTypeBuilder();
        configure(builder);
        _completions.Add(() => builder.BuildFields(_registry.Get<ObjectType>(name, name), _registry));
        return this;
    }

    public SchemaBuilder Interface(string name, Action<InterfaceTypeBuilder> configure)
    {
        var builder = new InterfaceTypeBuilder();
        configure(builder);
        var type = Declare(new InterfaceType(name, builder.TypeDescription) { ResolveType = builder.TypeResolver });
        _completions.Add(() => builder.BuildFields(type, _registry));
        return this;
    }

    public SchemaBuilder Union(string name, Action<UnionTypeBuilder> configure)
    {
        var builder = new UnionTypeBuilder();
        configure(builder);
        var type = Declare(new UnionType(name, builder.TypeDescription) { ResolveType = builder.TypeResolver });
        _completions.Add(() => builder.Members.ForEach(member => type.AddType(_registry.Get<ObjectType>(member, name))));
        return this;
    }

    public SchemaBuilder Enum(string name, Action<EnumTypeBuilder> configure)
    {
        var builder = new EnumTypeBuilder();
        configure(builder);
        var type = Declare(new EnumType(name, builder.TypeDescription));
        builder.Values.ForEach(type.AddValue);
        return this;
    }

    /// <summary>Declares an enum from a CLR enum: GraphQL names are the members in UPPER_SNAKE_CASE, values are the members.</summary>
    public SchemaBuilder Enum<TEnum>(string? name = null, string? description = null)
        where TEnum : struct, Enum => Enum(name ?? typeof(TEnum).Name, builder =>
        {
            if (description is not null)
            {
                builder.Description(description);
            }

            foreach (var value in System.Enum.GetValues<TEnum>())
            {
                builder.Value(Casing.ToUpperSnake(value.ToString()), value);
            }
        });

    public SchemaBuilder Input(string name, Action<InputObjectTypeBuilder> configure)
    {
        var builder = new InputObjectTypeBuilder();
        configure(builder);
        var type = Declare(new InputObjectType(name, builder.TypeDescription, builder.IsOneOf));
        _completions.Add(() => builder.Fields.ForEach(field => type.AddField(field.Build(_registry, $"{name}.{field.Name}"))));
        return this;
    }

    public SchemaBuilder Scalar(ScalarType scalar)
    {
        Declare(scalar);
        return this;
    }

    public SchemaBuilder Directive(string name, IReadOnlyList<DirectiveLocation> locations, Action<DirectiveBuilder>? configure = null)
    {
        var builder = new DirectiveBuilder();
        configure?.Invoke(builder);
        _directives.Add((name, locations, builder));
        return this;
    }

    /// <summary>Resolves every type reference and validates the schema; throws <see cref="GraphQLSchemaException"/> listing all problems.</summary>
    public Schema Build()
    {
        _completions.ForEach(complete => complete());
        // Custom directives come first, as in graphql-js buildSchema, so printing and introspection order match it.
        var directives = _directives.Select(d => new DirectiveDefinition(
            d.Name, d.Locations, d.Builder.Arguments.Select(a => a.Build(_registry, $"@{d.Name}({a.Name}:)")).ToList(),
            d.Builder.DirectiveDescription, d.Builder.IsRepeatable)).Concat(BuiltInDirectives.All).ToList();
        var query = _queryName is null
            ? throw new GraphQLSchemaException("Query root type must be provided.")
            : _registry.Get<ObjectType>(_queryName, "schema query");
        var schema = new Schema(
            query,
            _mutationName is null ? null : _registry.Get<ObjectType>(_mutationName, "schema mutation"),
            _subscriptionName is null ? null : _registry.Get<ObjectType>(_subscriptionName, "schema subscription"),
            _types,
            directives,
            _description);
        var errors = SchemaValidator.Validate(schema);
        return errors.Count == 0 ? schema : throw new GraphQLSchemaException(errors);
    }

    private T Declare<T>(T type) where T : NamedType
    {
        _types.Add(_registry.Add(type));
        return type;
    }
}
