namespace Nexus.GraphQL.Language;

/// <summary>A lexed token; <see cref="Value"/> is the cooked value for names, numbers and strings.</summary>
public readonly record struct Token(TokenKind Kind, int Start, int End, int Line, int Column, string? Value)
{
    public Location Location => new(Start, End, Line, Column);

    /// <summary>Describes the token the way graphql-js does in error messages.</summary>
    public string Describe()
    {
        var kind = Kind switch
        {
            TokenKind.EndOfFile => "<EOF>",
            TokenKind.Name => "Name",
            TokenKind.Int => "Int",
            TokenKind.Float => "Float",
            TokenKind.String => "String",
            TokenKind.BlockString => "BlockString",
            TokenKind.Comment => "Comment",
            _ => $"\"{Punctuator(Kind)}\"",
        };
        return Value is null || Kind == TokenKind.EndOfFile ? kind : $"{kind} \"{Value}\"";
    }

    public static string Punctuator(TokenKind kind) => kind switch
    {
        TokenKind.Bang => "!",
        TokenKind.Dollar => "$",
        TokenKind.Ampersand => "&",
        TokenKind.ParenLeft => "(",
        TokenKind.ParenRight => ")",
        TokenKind.Spread => "...",
        TokenKind.Colon => ":",
        TokenKind.Equals => "=",
        TokenKind.At => "@",
        TokenKind.BracketLeft => "[",
        TokenKind.BracketRight => "]",
        TokenKind.BraceLeft => "{",
        TokenKind.Pipe => "|",
        TokenKind.BraceRight => "}",
        _ => kind.ToString(),
    };
}
