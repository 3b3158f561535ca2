namespace Nexus.GraphQL.Language;

public sealed partial class Parser
{
    private ValueNode ParseValueLiteral(bool isConst)
    {
        var token = _token;
        switch (token.Kind)
        {
            case TokenKind.BracketLeft:
                return ParseList(isConst);
            case TokenKind.BraceLeft:
                return ParseObject(isConst);
            case TokenKind.Int:
                Advance();
                return new IntValueNode(token.Value!) { Location = token.Location };
            case TokenKind.Float:
                Advance();
                return new FloatValueNode(token.Value!) { Location = token.Location };
            case TokenKind.String or TokenKind.BlockString:
                return ParseStringLiteral();
            case TokenKind.Name:
                Advance();
                return token.Value switch
                {
                    "true" => new BooleanValueNode(true) { Location = token.Location },
                    "false" => new BooleanValueNode(false) { Location = token.Location },
                    "null" => new NullValueNode { Location = token.Location },
                    _ => new EnumValueNode(token.Value!) { Location = token.Location },
                };
            case TokenKind.Dollar when isConst:
                var next = Peek();
                throw next.Kind == TokenKind.Name
                    ? Error(token, $"Unexpected variable \"${next.Value}\" in constant value.")
                    : Unexpected(token);
            case TokenKind.Dollar:
                return ParseVariable();
            default:
                throw Unexpected(token);
        }
    }

    private StringValueNode ParseStringLiteral()
    {
        var token = _token;
        Advance();
        return new StringValueNode(token.Value!, token.Kind == TokenKind.BlockString) { Location = token.Location };
    }

    private StringValueNode? ParseDescription() =>
        Peek(TokenKind.String) || Peek(TokenKind.BlockString) ? ParseStringLiteral() : null;

    private ListValueNode ParseList(bool isConst)
    {
        var start = _token;
        EnterNesting();
        Expect(TokenKind.BracketLeft);
        var values = new List<ValueNode>();
        while (!Skip(TokenKind.BracketRight))
        {
            values.Add(ParseValueLiteral(isConst));
        }

        LeaveNesting();
        return new ListValueNode(values) { Location = At(start) };
    }

    private ObjectValueNode ParseObject(bool isConst)
    {
        var start = _token;
        EnterNesting();
        Expect(TokenKind.BraceLeft);
        var fields = new List<ObjectFieldNode>();
        while (!Skip(TokenKind.BraceRight))
        {
            var fieldStart = _token;
            var name = ParseName();
            Expect(TokenKind.Colon);
            fields.Add(new ObjectFieldNode(name, ParseValueLiteral(isConst)) { Location = At(fieldStart) });
        }

        LeaveNesting();
        return new ObjectValueNode(fields) { Location = At(start) };
    }

    private TypeNode ParseTypeReference()
    {
        var start = _token;
        TypeNode type;
        if (Skip(TokenKind.BracketLeft))
        {
            EnterNesting();
            var inner = ParseTypeReference();
            Expect(TokenKind.BracketRight);
            LeaveNesting();
            type = new ListTypeNode(inner) { Location = At(start) };
        }
        else
        {
            type = ParseNamedType();
        }

        return Skip(TokenKind.Bang) ? new NonNullTypeNode(type) { Location = At(start) } : type;
    }

    private NamedTypeNode ParseNamedType()
    {
        var start = _token;
        return new NamedTypeNode(ParseName()) { Location = At(start) };
    }
}
