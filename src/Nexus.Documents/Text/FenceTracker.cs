namespace Nexus.Documents;

/// <summary>Follows ``` and ~~~ fences line by line, so headings and tabs inside code are left alone.</summary>
internal struct FenceTracker
{
    private char _char;
    private int _length;

    public readonly bool IsOpen => _length > 0;

    /// <summary>Feeds one line; true when the line is part of a fenced block (its fences included).</summary>
    public bool InsideAfter(ReadOnlySpan<char> line)
    {
        if (_length > 0)
        {
            if (Closes(line, _length, _char))
                _length = 0;
            return true;
        }
        if (!TryOpen(line, out _length, out _char, out _))
            return false;
        return true;
    }

    /// <summary>The line that closes the open fence.</summary>
    public readonly string ClosingLine => new(_char, _length);

    /// <summary>Opening fence info: length, character and the first word of the info string.</summary>
    public static bool TryOpen(ReadOnlySpan<char> line, out int length, out char fenceChar, out string info)
    {
        var trimmed = line.TrimStart(' ');
        foreach (var c in "`~")
        {
            var run = Run(trimmed, c);
            if (run >= 3 && (c == '~' || !trimmed[run..].Contains('`')))
            {
                length = run;
                fenceChar = c;
                info = trimmed[run..].Trim().ToString();
                return true;
            }
        }
        length = 0;
        fenceChar = '\0';
        info = "";
        return false;
    }

    public static bool Closes(ReadOnlySpan<char> line, int length, char fenceChar)
    {
        var trimmed = line.TrimStart(' ');
        return Run(trimmed, fenceChar) >= length && trimmed.TrimStart(fenceChar).Trim().IsEmpty;
    }

    private static int Run(ReadOnlySpan<char> text, char c)
    {
        var n = 0;
        while (n < text.Length && text[n] == c)
            n++;
        return n;
    }
}
