using System.Globalization;
using System.Text;

namespace Nexus.GraphQL.Language;

/// <summary>String and block string tokens: escapes (including surrogate pairs and \u{...}) and block string lines.</summary>
public sealed partial class Lexer
{
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
}
