using Nexus.GraphQL.Language;
using Nexus.GraphQL.Types;

namespace Nexus.GraphQL.Introspection;

/// <summary>
/// The introspection types of spec section 4.2 (descriptions as in graphql-js), resolving directly
/// over the schema's own type objects.
/// </summary>
public static partial class IntrospectionTypes
{
    static IntrospectionTypes()
    {
        var registry = new TypeRegistry();
        TypeKind = registry.Add(BuildTypeKind());
        DirectiveLocationType = registry.Add(BuildDirectiveLocation());
        var builders = new (ObjectType Type, ObjectTypeBuilder Builder)[]
        {
            Define(registry, "__Schema", SchemaDescription, DescribeSchema),
            Define(registry, "__Type", TypeDescription, DescribeType),
            Define(registry, "__Field", FieldDescription, DescribeField),
            Define(registry, "__InputValue", InputValueDescription, DescribeInputValue),
            Define(registry, "__EnumValue", EnumValueDescription, DescribeEnumValue),
            Define(registry, "__Directive", DirectiveDescription, DescribeDirective),
        };
        foreach (var (type, builder) in builders)
        {
            builder.BuildFields(type, registry);
        }

        Schema = builders[0].Type;
        Type = builders[1].Type;
        All = [.. builders.Select(b => (NamedType)b.Type), TypeKind, DirectiveLocationType];
        SchemaField = new FieldDefinition("__schema", new NonNullType(Schema), [], "Access the current type schema of this server.")
        {
            Resolver = context => ValueTask.FromResult<object?>(context.Schema),
        };
        TypeField = new FieldDefinition("__type", Type,
            [new InputValueDefinition("name", new NonNullType(BuiltInScalars.String))], "Request the type information of a single type.")
        {
            Resolver = context => ValueTask.FromResult<object?>(context.Schema.GetType((string)context.Arguments["name"]!)),
        };
        TypeNameField = new FieldDefinition("__typename", new NonNullType(BuiltInScalars.String), [],
            "The name of the current Object type at runtime.")
        {
            Resolver = context => ValueTask.FromResult<object?>(context.ParentType.Name),
        };
    }

    public static ObjectType Schema { get; }

    public static ObjectType Type { get; }

    public static EnumType TypeKind { get; }

    public static EnumType DirectiveLocationType { get; }

    public static IReadOnlyList<NamedType> All { get; }

    /// <summary>The implicit <c>__schema</c> field of the query root.</summary>
    public static FieldDefinition SchemaField { get; }

    /// <summary>The implicit <c>__type(name:)</c> field of the query root.</summary>
    public static FieldDefinition TypeField { get; }

    /// <summary>The implicit <c>__typename</c> field of every composite type.</summary>
    public static FieldDefinition TypeNameField { get; }

    private static (ObjectType, ObjectTypeBuilder) Define(TypeRegistry registry, string name, string description,
        Action<ObjectTypeBuilder> configure)
    {
        var builder = new ObjectTypeBuilder();
        configure(builder);
        return (registry.Add(new ObjectType(name, description)), builder);
    }

    private static EnumType BuildTypeKind()
    {
        var type = new EnumType("__TypeKind", "An enum describing what kind of type a given `__Type` is.");
        foreach (var (name, description) in TypeKindDescriptions)
        {
            type.AddValue(new EnumValueDefinition(name, name, description));
        }

        return type;
    }

    private static EnumType BuildDirectiveLocation()
    {
        var type = new EnumType("__DirectiveLocation",
            "A Directive can be adjacent to many parts of the GraphQL language, a __DirectiveLocation describes one such possible adjacencies.");
        foreach (var location in Enum.GetValues<DirectiveLocation>())
        {
            type.AddValue(new EnumValueDefinition(location.ToSpecName(), location, LocationDescription(location)));
        }

        return type;
    }
}
