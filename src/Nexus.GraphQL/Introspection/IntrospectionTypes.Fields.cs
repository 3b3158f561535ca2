using Nexus.GraphQL.Execution;
using Nexus.GraphQL.Language;
using Nexus.GraphQL.Types;

namespace Nexus.GraphQL.Introspection;

public static partial class IntrospectionTypes
{
    private static void DescribeSchema(ObjectTypeBuilder type) => type
        .Field("description", "String", c => Source<Types.Schema>(c).Description)
        .Field("types", "[__Type!]!", f => f.Description("A list of all types supported by this server.")
            .Resolve(c => Source<Types.Schema>(c).Types.Values))
        .Field("queryType", "__Type!", f => f.Description("The type that query operations will be rooted at.")
            .Resolve(c => Source<Types.Schema>(c).Query))
        .Field("mutationType", "__Type", f => f.Description("If this server supports mutation, the type that mutation operations will be rooted at.")
            .Resolve(c => Source<Types.Schema>(c).Mutation))
        .Field("subscriptionType", "__Type", f => f.Description("If this server support subscription, the type that subscription operations will be rooted at.")
            .Resolve(c => Source<Types.Schema>(c).Subscription))
        .Field("directives", "[__Directive!]!", f => f.Description("A list of all directives supported by this server.")
            .Resolve(c => Source<Types.Schema>(c).Directives));

    private static void DescribeType(ObjectTypeBuilder type) => type
        .Field("kind", "__TypeKind!", c => KindOf(Source<GraphQLType>(c)))
        .Field("name", "String", c => (Source<GraphQLType>(c) as NamedType)?.Name)
        .Field("description", "String", c => (Source<GraphQLType>(c) as NamedType)?.Description)
        .Field("specifiedByURL", "String", c => (Source<GraphQLType>(c) as ScalarType)?.SpecifiedByUrl)
        .Field("fields", "[__Field!]", f => IncludeDeprecated(f).Resolve(c => Source<GraphQLType>(c) is FieldsType t
            ? t.Fields.Values.Where(x => Include(c) || !x.IsDeprecated)
            : null))
        .Field("interfaces", "[__Type!]", c => (Source<GraphQLType>(c) as FieldsType)?.Interfaces)
        .Field("possibleTypes", "[__Type!]", c => Source<GraphQLType>(c) is InterfaceType or UnionType
            ? c.Schema.GetPossibleTypes((NamedType)Source<GraphQLType>(c))
            : null)
        .Field("enumValues", "[__EnumValue!]", f => IncludeDeprecated(f).Resolve(c => Source<GraphQLType>(c) is EnumType t
            ? t.Values.Values.Where(x => Include(c) || !x.IsDeprecated)
            : null))
        .Field("inputFields", "[__InputValue!]", f => IncludeDeprecated(f).Resolve(c => Source<GraphQLType>(c) is InputObjectType t
            ? t.Fields.Values.Where(x => Include(c) || !x.IsDeprecated)
            : null))
        .Field("ofType", "__Type", c => Source<GraphQLType>(c) switch
        {
            ListType list => list.OfType,
            NonNullType nonNull => nonNull.OfType,
            _ => null,
        })
        .Field("isOneOf", "Boolean", c => (Source<GraphQLType>(c) as InputObjectType)?.IsOneOf);

    private static void DescribeField(ObjectTypeBuilder type) => type
        .Field("name", "String!", c => Source<FieldDefinition>(c).Name)
        .Field("description", "String", c => Source<FieldDefinition>(c).Description)
        .Field("args", "[__InputValue!]!", f => IncludeDeprecated(f)
            .Resolve(c => Source<FieldDefinition>(c).Arguments.Where(a => Include(c) || !a.IsDeprecated)))
        .Field("type", "__Type!", c => Source<FieldDefinition>(c).Type)
        .Field("isDeprecated", "Boolean!", c => Source<FieldDefinition>(c).IsDeprecated)
        .Field("deprecationReason", "String", c => Source<FieldDefinition>(c).DeprecationReason);

    private static void DescribeInputValue(ObjectTypeBuilder type) => type
        .Field("name", "String!", c => Source<InputValueDefinition>(c).Name)
        .Field("description", "String", c => Source<InputValueDefinition>(c).Description)
        .Field("type", "__Type!", c => Source<InputValueDefinition>(c).Type)
        .Field("defaultValue", "String", f => f
            .Description("A GraphQL-formatted string representing the default value for this input value.")
            .Resolve(c => Source<InputValueDefinition>(c).DefaultValue is { } value ? Printer.Print(value) : null))
        .Field("isDeprecated", "Boolean!", c => Source<InputValueDefinition>(c).IsDeprecated)
        .Field("deprecationReason", "String", c => Source<InputValueDefinition>(c).DeprecationReason);

    private static void DescribeEnumValue(ObjectTypeBuilder type) => type
        .Field("name", "String!", c => Source<EnumValueDefinition>(c).Name)
        .Field("description", "String", c => Source<EnumValueDefinition>(c).Description)
        .Field("isDeprecated", "Boolean!", c => Source<EnumValueDefinition>(c).IsDeprecated)
        .Field("deprecationReason", "String", c => Source<EnumValueDefinition>(c).DeprecationReason);

    private static void DescribeDirective(ObjectTypeBuilder type) => type
        .Field("name", "String!", c => Source<DirectiveDefinition>(c).Name)
        .Field("description", "String", c => Source<DirectiveDefinition>(c).Description)
        .Field("isRepeatable", "Boolean!", c => Source<DirectiveDefinition>(c).IsRepeatable)
        .Field("locations", "[__DirectiveLocation!]!", c => Source<DirectiveDefinition>(c).Locations)
        .Field("args", "[__InputValue!]!", f => IncludeDeprecated(f)
            .Resolve(c => Source<DirectiveDefinition>(c).Arguments.Where(a => Include(c) || !a.IsDeprecated)));

    private static FieldBuilder IncludeDeprecated(FieldBuilder field) => field.ArgumentWithDefault("includeDeprecated", "Boolean", false);

    private static bool Include(ResolveContext context) => context.Arguments.GetValueOrDefault("includeDeprecated") is true;

    private static T Source<T>(ResolveContext context) => (T)context.Source!;

    private static string KindOf(GraphQLType type) => type switch
    {
        ScalarType => "SCALAR",
        ObjectType => "OBJECT",
        InterfaceType => "INTERFACE",
        UnionType => "UNION",
        EnumType => "ENUM",
        InputObjectType => "INPUT_OBJECT",
        ListType => "LIST",
        _ => "NON_NULL",
    };
}
