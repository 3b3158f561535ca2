using System.Globalization;
using System.Text;

namespace Nexus.GraphQL.Language;

/// <summary>
/// Turns GraphQL source text into tokens (spec section 2.1). Ignored tokens (whitespace, commas,
/// comments, the byte order mark) are skipped; every error carries the line and column.
/// </summary>
public sealed class Lexer(string source)
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

    private Token ReadString(int start)
    {
        var position = start + 1;
        var value = new StringBuilder();
        while (position < Source.Length)
        {
            var c = Source[position];
            if (c == '"')
            {
                _position = position + 1;
                return Make(TokenKind.String, start, _position, value.ToString());
            }

            if (c is '\n' or '\r')
            {
                break;
            }

            if (c == '\\')
            {
                position = ReadEscape(position, value);
                continue;
            }

            position = AppendSourceCharacter(position, value, "String");
        }

        throw Error(position, "Unterminated string.");
    }

    /// <summary>Appends one source character (a whole surrogate pair where there is one); any Unicode scalar value is allowed.</summary>
    private int AppendSourceCharacter(int position, StringBuilder value, string context)
    {
        var c = Source[position];
        if (char.IsHighSurrogate(c) && char.IsLowSurrogate(At(position + 1)))
        {
            value.Append(c).Append(Source[position + 1]);
            return position + 2;
        }

        if (char.IsSurrogate(c))
        {
            throw Error(position, $"Invalid character within {context}: {DescribeCodePointAt(position)}.");
        }

        value.Append(c);
        return position + 1;
    }

    private int ReadEscape(int position, StringBuilder value)
    {
        var next = At(position + 1);
        var simple = next switch
        {
            '"' => "\"",
            '\\' => "\\",
            '/' => "/",
            'b' => "\b",
            'f' => "\f",
            'n' => "\n",
            'r' => "\r",
            't' => "\t",
            _ => null,
        };
        if (simple is not null)
        {
            value.Append(simple);
            return position + 2;
        }

        if (next == 'u')
        {
            return At(position + 2) == '{' ? ReadVariableWidthEscape(position, value) : ReadFixedWidthEscape(position, value);
        }

        throw Error(position, $"Invalid character escape sequence: \"{Source.Substring(position, Math.Min(2, Source.Length - position))}\".");
    }

    private int ReadVariableWidthEscape(int position, StringBuilder value)
    {
        var end = position + 3;
        var codePoint = 0;
        while (end < Source.Length && Uri.IsHexDigit(Source[end]) && end - position < 12)
        {
            codePoint = (codePoint << 4) | HexValue(Source[end]);
            end++;
            if (codePoint > 0x10FFFF)
            {
                break;
            }
        }

        if (At(end) != '}' || end == position + 3 || !IsScalarValue(codePoint))
        {
            throw InvalidUnicodeEscape(position, Math.Min(end + 1, Source.Length));
        }

        value.Append(char.ConvertFromUtf32(codePoint));
        return end + 1;
    }

    private int ReadFixedWidthEscape(int position, StringBuilder value)
    {
        var code = ReadHex4(position + 2);
        if (code < 0)
        {
            throw InvalidUnicodeEscape(position, Math.Min(position + 6, Source.Length));
        }

        // A leading surrogate escape is only valid when a trailing surrogate escape follows it.
        if (char.IsHighSurrogate((char)code) && At(position + 6) == '\\' && At(position + 7) == 'u')
        {
            var trailing = ReadHex4(position + 8);
            if (trailing >= 0 && char.IsLowSurrogate((char)trailing))
            {
                value.Append((char)code).Append((char)trailing);
                return position + 12;
            }
        }

        if (char.IsSurrogate((char)code))
        {
            throw InvalidUnicodeEscape(position, position + 6);
        }

        value.Append((char)code);
        return position + 6;
    }

    private int ReadHex4(int position)
    {
        if (position + 4 > Source.Length)
        {
            return -1;
        }

        var code = 0;
        for (var i = position; i < position + 4; i++)
        {
            if (!Uri.IsHexDigit(Source[i]))
            {
                return -1;
            }

            code = (code << 4) | HexValue(Source[i]);
        }

        return code;
    }

    private static int HexValue(char c) => int.Parse(c.ToString(), NumberStyles.HexNumber, CultureInfo.InvariantCulture);

    private static bool IsScalarValue(int codePoint) =>
        codePoint is >= 0 and <= 0x10FFFF and not (>= 0xD800 and <= 0xDFFF);

    private GraphQLSyntaxError InvalidUnicodeEscape(int position, int end) =>
        Error(position, $"Invalid Unicode escape sequence: \"{Source[position..end]}\".");

    private Token ReadBlockString(int start)
    {
        var tokenLine = _line;
        var tokenColumn = start - _lineStart + 1;
        var position = start + 3;
        var lines = new List<string>();
        var current = new StringBuilder();
        while (position < Source.Length)
        {
            var c = Source[position];
            if (c == '"' && At(position + 1) == '"' && At(position + 2) == '"')
            {
                lines.Add(current.ToString());
                _position = position + 3;
                var value = string.Join('\n', BlockString.DedentLines(lines));
                return new Token(TokenKind.BlockString, start, _position, tokenLine, tokenColumn, value);
            }

            if (c == '\\' && At(position + 1) == '"' && At(position + 2) == '"' && At(position + 3) == '"')
            {
                current.Append("\"\"\"");
                position += 4;
                continue;
            }

            if (c is '\n' or '\r')
            {
                lines.Add(current.ToString());
                current.Clear();
                NewLine(c == '\r' && At(position + 1) == '\n' ? position + 2 : position + 1);
                position = _position;
                continue;
            }

            position = AppendSourceCharacter(position, current, "String");
        }

        throw Error(position, "Unterminated string.");
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
