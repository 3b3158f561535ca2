namespace Nexus.GraphQL.Language;

public sealed partial class Parser
{
    private static readonly HashSet<string> DirectiveLocations = [.. Enum.GetValues<DirectiveLocation>().Select(location => location.ToSpecName())];

    private TypeSystemNode ParseTypeSystemDefinition()
    {
        var start = _token;
        var description = ParseDescription();
        var keyword = Expect(TokenKind.Name);
        TypeSystemNode node = keyword.Value switch
        {
            "schema" => new SchemaDefinitionNode(description, ParseDirectives(isConst: true),
                Many(TokenKind.BraceLeft, ParseOperationTypeDefinition, TokenKind.BraceRight)),
            "scalar" => new ScalarTypeDefinitionNode(description, ParseName(), ParseDirectives(isConst: true)),
            "type" => new ObjectTypeDefinitionNode(description, ParseName(), ParseImplementsInterfaces(),
                ParseDirectives(isConst: true), ParseFieldsDefinition()),
            "interface" => new InterfaceTypeDefinitionNode(description, ParseName(), ParseImplementsInterfaces(),
                ParseDirectives(isConst: true), ParseFieldsDefinition()),
            "union" => new UnionTypeDefinitionNode(description, ParseName(), ParseDirectives(isConst: true), ParseUnionMembers()),
            "enum" => new EnumTypeDefinitionNode(description, ParseName(), ParseDirectives(isConst: true), ParseEnumValues()),
            "input" => new InputObjectTypeDefinitionNode(description, ParseName(), ParseDirectives(isConst: true), ParseInputFields()),
            _ => ParseDirectiveDefinition(description),
        };
        return node with { Location = At(start) };
    }

    private TypeSystemNode ParseTypeSystemExtension()
    {
        var start = _token;
        ExpectKeyword("extend");
        var keyword = _token;
        if (keyword.Kind != TokenKind.Name)
        {
            throw Unexpected(keyword);
        }

        Advance();
        TypeSystemNode node = keyword.Value switch
        {
            "schema" => new SchemaExtensionNode(ParseDirectives(isConst: true),
                OptionalMany(TokenKind.BraceLeft, ParseOperationTypeDefinition, TokenKind.BraceRight)),
            "scalar" => new ScalarTypeDefinitionNode(null, ParseName(), ParseDirectives(isConst: true), IsExtension: true),
            "type" => new ObjectTypeDefinitionNode(null, ParseName(), ParseImplementsInterfaces(),
                ParseDirectives(isConst: true), ParseFieldsDefinition(), IsExtension: true),
            "interface" => new InterfaceTypeDefinitionNode(null, ParseName(), ParseImplementsInterfaces(),
                ParseDirectives(isConst: true), ParseFieldsDefinition(), IsExtension: true),
            "union" => new UnionTypeDefinitionNode(null, ParseName(), ParseDirectives(isConst: true), ParseUnionMembers(), IsExtension: true),
            "enum" => new EnumTypeDefinitionNode(null, ParseName(), ParseDirectives(isConst: true), ParseEnumValues(), IsExtension: true),
            "input" => new InputObjectTypeDefinitionNode(null, ParseName(), ParseDirectives(isConst: true), ParseInputFields(), IsExtension: true),
            _ => throw Unexpected(keyword),
        };

        // An extension that adds nothing is meaningless, so the grammar forbids it.
        if (IsEmptyExtension(node))
        {
            throw Unexpected(_token);
        }

        return node with { Location = At(start) };
    }

    private static bool IsEmptyExtension(TypeSystemNode node) => node.Directives.Count == 0 && node switch
    {
        SchemaExtensionNode schema => schema.OperationTypes.Count == 0,
        ObjectTypeDefinitionNode type => type.Interfaces.Count == 0 && type.Fields.Count == 0,
        InterfaceTypeDefinitionNode type => type.Interfaces.Count == 0 && type.Fields.Count == 0,
        UnionTypeDefinitionNode union => union.Types.Count == 0,
        EnumTypeDefinitionNode enumType => enumType.Values.Count == 0,
        InputObjectTypeDefinitionNode input => input.Fields.Count == 0,
        _ => true,
    };

    private OperationTypeDefinitionNode ParseOperationTypeDefinition()
    {
        var start = _token;
        var operation = ParseOperationType();
        Expect(TokenKind.Colon);
        return new OperationTypeDefinitionNode(operation, ParseNamedType()) { Location = At(start) };
    }

    private List<NamedTypeNode> ParseImplementsInterfaces() =>
        SkipKeyword("implements") ? ParseDelimitedNamedTypes(TokenKind.Ampersand) : [];

    /// <summary>Parses <c>A &amp; B</c> or <c>A | B</c>, allowing a leading separator as the grammar does.</summary>
    private List<NamedTypeNode> ParseDelimitedNamedTypes(TokenKind separator)
    {
        Skip(separator);
        var types = new List<NamedTypeNode> { ParseNamedType() };
        while (Skip(separator))
        {
            types.Add(ParseNamedType());
        }

        return types;
    }

    private List<FieldDefinitionNode> ParseFieldsDefinition() =>
        OptionalMany(TokenKind.BraceLeft, ParseFieldDefinition, TokenKind.BraceRight);

    private FieldDefinitionNode ParseFieldDefinition()
    {
        var start = _token;
        var description = ParseDescription();
        var name = ParseName();
        var arguments = OptionalMany(TokenKind.ParenLeft, ParseInputValueDefinition, TokenKind.ParenRight);
        Expect(TokenKind.Colon);
        var type = ParseTypeReference();
        return new FieldDefinitionNode(description, name, arguments, type, ParseDirectives(isConst: true)) { Location = At(start) };
    }

    private InputValueDefinitionNode ParseInputValueDefinition()
    {
        var start = _token;
        var description = ParseDescription();
        var name = ParseName();
        Expect(TokenKind.Colon);
        var type = ParseTypeReference();
        var defaultValue = Skip(TokenKind.Equals) ? ParseValueLiteral(isConst: true) : null;
        return new InputValueDefinitionNode(description, name, type, defaultValue, ParseDirectives(isConst: true))
        {
            Location = At(start),
        };
    }

    private List<InputValueDefinitionNode> ParseInputFields() =>
        OptionalMany(TokenKind.BraceLeft, ParseInputValueDefinition, TokenKind.BraceRight);

    private List<NamedTypeNode> ParseUnionMembers() =>
        Skip(TokenKind.Equals) ? ParseDelimitedNamedTypes(TokenKind.Pipe) : [];

    private List<EnumValueDefinitionNode> ParseEnumValues() =>
        OptionalMany(TokenKind.BraceLeft, ParseEnumValueDefinition, TokenKind.BraceRight);

    private EnumValueDefinitionNode ParseEnumValueDefinition()
    {
        var start = _token;
        var description = ParseDescription();
        if (_token is { Kind: TokenKind.Name, Value: "true" or "false" or "null" })
        {
            throw Error(_token, $"{_token.Describe()} is reserved and cannot be used for an enum value.");
        }

        var name = ParseName();
        return new EnumValueDefinitionNode(description, name, ParseDirectives(isConst: true)) { Location = At(start) };
    }

    private DirectiveDefinitionNode ParseDirectiveDefinition(StringValueNode? description)
    {
        Expect(TokenKind.At);
        var name = ParseName();
        var arguments = OptionalMany(TokenKind.ParenLeft, ParseInputValueDefinition, TokenKind.ParenRight);
        var repeatable = SkipKeyword("repeatable");
        ExpectKeyword("on");
        Skip(TokenKind.Pipe);
        var locations = new List<NameNode> { ParseDirectiveLocation() };
        while (Skip(TokenKind.Pipe))
        {
            locations.Add(ParseDirectiveLocation());
        }

        return new DirectiveDefinitionNode(description, name, arguments, repeatable, locations);
    }

    private NameNode ParseDirectiveLocation()
    {
        var token = _token;
        var name = ParseName();
        return DirectiveLocations.Contains(name.Value) ? name : throw Unexpected(token);
    }
}
