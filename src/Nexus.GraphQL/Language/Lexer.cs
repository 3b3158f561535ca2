namespace Nexus.GraphQL.Language;

/// <summary>
/// Turns GraphQL source text into tokens (spec section 2.1). Ignored tokens (whitespace, commas,
/// comments, the byte order mark) are skipped; every error carries the line and column.
/// </summary>
public sealed partial class Lexer(string source)
{
    private int _position;
    private int _line = 1;
    private int _lineStart;

    public string Source { get; } = source;

    public Token Next()
    {
        SkipIgnored();
        var start = _position;
        if (start >= Source.Length)
        {
            return Make(TokenKind.EndOfFile, start, start, null);
        }

        var c = Source[start];
        var punctuator = c switch
        {
            '!' => TokenKind.Bang,
            '$' => TokenKind.Dollar,
            '&' => TokenKind.Ampersand,
            '(' => TokenKind.ParenLeft,
            ')' => TokenKind.ParenRight,
            ':' => TokenKind.Colon,
            '=' => TokenKind.Equals,
            '@' => TokenKind.At,
            '[' => TokenKind.BracketLeft,
            ']' => TokenKind.BracketRight,
            '{' => TokenKind.BraceLeft,
            '|' => TokenKind.Pipe,
            '}' => TokenKind.BraceRight,
            _ => TokenKind.StartOfFile,
        };
        if (punctuator != TokenKind.StartOfFile)
        {
            _position++;
            return Make(punctuator, start, _position, null);
        }

        if (c == '.' && At(start + 1) == '.' && At(start + 2) == '.')
        {
            _position += 3;
            return Make(TokenKind.Spread, start, _position, null);
        }

        if (CharClasses.IsNameStart(c))
        {
            return ReadName(start);
        }

        if (c == '-' || CharClasses.IsDigit(c))
        {
            return ReadNumber(start);
        }

        if (c == '"')
        {
            return At(start + 1) == '"' && At(start + 2) == '"' ? ReadBlockString(start) : ReadString(start);
        }

        throw Error(start, c == '\''
            ? "Unexpected single quote character ('), did you mean to use a double quote (\")?"
            : $"Unexpected character: {DescribeCodePointAt(start)}.");
    }

    private Token Make(TokenKind kind, int start, int end, string? value) =>
        new(kind, start, end, _line, start - _lineStart + 1, value);

    private char At(int index) => index < Source.Length ? Source[index] : '\0';

    private void SkipIgnored()
    {
        while (_position < Source.Length)
        {
            switch (Source[_position])
            {
                case '\uFEFF' or '\t' or ' ' or ',':
                    _position++;
                    break;
                case '\n':
                    NewLine(_position + 1);
                    break;
                case '\r':
                    NewLine(At(_position + 1) == '\n' ? _position + 2 : _position + 1);
                    break;
                case '#':
                    while (_position < Source.Length && Source[_position] is not ('\n' or '\r'))
                    {
                        _position++;
                    }
                    break;
                default:
                    return;
            }
        }
    }

    private void NewLine(int next)
    {
        _position = next;
        _line++;
        _lineStart = next;
    }

    private Token ReadName(int start)
    {
        var end = start + 1;
        while (end < Source.Length && CharClasses.IsNameContinue(Source[end]))
        {
            end++;
        }

        _position = end;
        return Make(TokenKind.Name, start, end, Source[start..end]);
    }

    private Token ReadNumber(int start)
    {
        var position = start;
        var isFloat = false;
        if (At(position) == '-')
        {
            position++;
        }

        if (At(position) == '0')
        {
            position++;
            if (CharClasses.IsDigit(At(position)))
            {
                throw Error(position, $"Invalid number, unexpected digit after 0: {DescribeCodePointAt(position)}.");
            }
        }
        else
        {
            position = ReadDigits(position);
        }

        if (At(position) == '.')
        {
            isFloat = true;
            position = ReadDigits(position + 1);
        }

        if (At(position) is 'e' or 'E')
        {
            isFloat = true;
            position++;
            if (At(position) is '+' or '-')
            {
                position++;
            }

            position = ReadDigits(position);
        }

        // A number may not be directly followed by a name start or a dot (e.g. "1.2.3" or "0x1").
        if (position < Source.Length && (Source[position] == '.' || CharClasses.IsNameStart(Source[position])))
        {
            throw Error(position, $"Invalid number, expected digit but got: {DescribeCodePointAt(position)}.");
        }

        _position = position;
        return Make(isFloat ? TokenKind.Float : TokenKind.Int, start, position, Source[start..position]);
    }

    private int ReadDigits(int position)
    {
        if (!CharClasses.IsDigit(At(position)))
        {
            throw Error(position, $"Invalid number, expected digit but got: {DescribeCodePointAt(position)}.");
        }

        while (CharClasses.IsDigit(At(position)))
        {
            position++;
        }

        return position;
    }

    private string DescribeCodePointAt(int position)
    {
        if (position >= Source.Length)
        {
            return "<EOF>";
        }

        var c = Source[position];
        if (char.IsHighSurrogate(c) && char.IsLowSurrogate(At(position + 1)))
        {
            return $"\"{Source.Substring(position, 2)}\"";
        }

        return c is >= ' ' and <= '~' ? (c == '"' ? "'\"'" : $"\"{c}\"") : $"U+{(int)c:X4}";
    }

    private GraphQLSyntaxError Error(int position, string description)
    {
        // Errors inside a multi-line block string may sit on a later line than the token start.
        var (line, column) = LineAndColumn(position);
        return new GraphQLSyntaxError(description, new SourceLocation(line, column));
    }

    private (int Line, int Column) LineAndColumn(int position)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < position && i < Source.Length; i++)
        {
            if (Source[i] == '\n' || (Source[i] == '\r' && At(i + 1) != '\n'))
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, position - lineStart + 1);
    }
}
