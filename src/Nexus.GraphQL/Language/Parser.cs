namespace Nexus.GraphQL.Language;

/// <summary>Recursive-descent parser for executable documents and SDL (spec sections 2 and 3).</summary>
public sealed partial class Parser
{
    private readonly Lexer _lexer;
    private readonly ParserOptions _options;
    private Token _token;
    private Token? _peeked;
    private Token _previous;
    private int _tokenCount;
    private int _depth;

    private Parser(string source, ParserOptions? options)
    {
        _lexer = new Lexer(source);
        _options = options ?? ParserOptions.Default;
        _token = ReadToken();
    }

    public static DocumentNode Parse(string source, ParserOptions? options = null) => new Parser(source, options).ParseDocument();

    /// <summary>Parses a single value literal such as <c>{a: [1, $v]}</c>.</summary>
    public static ValueNode ParseValue(string source, ParserOptions? options = null)
    {
        var parser = new Parser(source, options);
        var value = parser.ParseValueLiteral(isConst: false);
        parser.Expect(TokenKind.EndOfFile);
        return value;
    }

    /// <summary>Parses a type reference such as <c>[String!]!</c>.</summary>
    public static TypeNode ParseType(string source, ParserOptions? options = null)
    {
        var parser = new Parser(source, options);
        var type = parser.ParseTypeReference();
        parser.Expect(TokenKind.EndOfFile);
        return type;
    }

    private DocumentNode ParseDocument()
    {
        var start = _token;
        var definitions = new List<DefinitionNode>();
        do
        {
            definitions.Add(ParseDefinition());
        }
        while (_token.Kind != TokenKind.EndOfFile);

        return new DocumentNode(definitions) { Location = At(start) };
    }

    private DefinitionNode ParseDefinition()
    {
        if (_token.Kind == TokenKind.BraceLeft)
        {
            return ParseOperationDefinition();
        }

        var hasDescription = _token.Kind is TokenKind.String or TokenKind.BlockString;
        var keyword = hasDescription ? Peek() : _token;
        if (keyword.Kind == TokenKind.Name)
        {
            switch (keyword.Value)
            {
                case "schema" or "scalar" or "type" or "interface" or "union" or "enum" or "input" or "directive":
                    return ParseTypeSystemDefinition();
                case "query" or "mutation" or "subscription":
                    return ParseOperationDefinition();
                case "fragment":
                    return ParseFragmentDefinition();
                case "extend" when hasDescription:
                    throw new GraphQLSyntaxError(
                        "Unexpected description, descriptions are not supported on type extensions.",
                        new SourceLocation(_token.Line, _token.Column));
                case "extend":
                    return ParseTypeSystemExtension();
            }
        }

        throw Unexpected(keyword);
    }

    private Token ReadToken()
    {
        var token = _lexer.Next();
        if (token.Kind != TokenKind.EndOfFile && ++_tokenCount > _options.MaxTokens)
        {
            throw new GraphQLSyntaxError(
                $"Document contains more than {_options.MaxTokens} tokens. Parsing aborted.",
                new SourceLocation(token.Line, token.Column));
        }

        return token;
    }

    private Token Peek() => _peeked ??= ReadToken();

    private void Advance()
    {
        _previous = _token;
        if (_peeked is { } next)
        {
            _token = next;
            _peeked = null;
        }
        else
        {
            _token = ReadToken();
        }
    }

    private Location At(Token start) => new(start.Start, _previous.End, start.Line, start.Column);

    private bool Peek(TokenKind kind) => _token.Kind == kind;

    private Token Expect(TokenKind kind)
    {
        var token = _token;
        if (token.Kind != kind)
        {
            throw Error(token, $"Expected {Describe(kind)}, found {token.Describe()}.");
        }

        Advance();
        return token;
    }

    private bool Skip(TokenKind kind)
    {
        if (_token.Kind != kind)
        {
            return false;
        }

        Advance();
        return true;
    }

    private void ExpectKeyword(string value)
    {
        if (!SkipKeyword(value))
        {
            throw Error(_token, $"Expected \"{value}\", found {_token.Describe()}.");
        }
    }

    private bool SkipKeyword(string value)
    {
        if (_token.Kind != TokenKind.Name || _token.Value != value)
        {
            return false;
        }

        Advance();
        return true;
    }

    private NameNode ParseName()
    {
        var token = Expect(TokenKind.Name);
        return new NameNode(token.Value!) { Location = token.Location };
    }

    /// <summary>Parses <c>open item+ close</c>; the spec requires at least one item.</summary>
    private List<T> Many<T>(TokenKind open, Func<T> item, TokenKind close)
    {
        Expect(open);
        var items = new List<T>();
        do
        {
            items.Add(item());
        }
        while (!Skip(close));

        return items;
    }

    private List<T> OptionalMany<T>(TokenKind open, Func<T> item, TokenKind close) =>
        Peek(open) ? Many(open, item, close) : [];

    private void EnterNesting()
    {
        if (++_depth > _options.MaxDepth)
        {
            throw Error(_token, $"Document exceeds the maximum nesting depth of {_options.MaxDepth}.");
        }
    }

    private void LeaveNesting() => _depth--;

    private static string Describe(TokenKind kind) => kind switch
    {
        TokenKind.EndOfFile => "<EOF>",
        TokenKind.Name or TokenKind.Int or TokenKind.Float or TokenKind.String or TokenKind.BlockString => kind.ToString(),
        _ => $"\"{Token.Punctuator(kind)}\"",
    };

    private static GraphQLSyntaxError Unexpected(Token token) => Error(token, $"Unexpected {token.Describe()}.");

    private static GraphQLSyntaxError Error(Token token, string description) =>
        new(description, new SourceLocation(token.Line, token.Column));
}
