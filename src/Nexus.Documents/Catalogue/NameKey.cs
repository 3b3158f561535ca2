namespace Nexus.Documents;

/// <summary>
/// Reduces a name to a comparison key: lower case, diacritics kept, spacing and punctuation dropped.
/// '#' and '+' stay because they distinguish C, C# and C++.
/// </summary>
internal static class NameKey
{
    public static string Of(ReadOnlySpan<char> name)
    {
        Span<char> buffer = name.Length <= 256 ? stackalloc char[name.Length] : new char[name.Length];
        return new string(buffer[..Write(name, buffer)]);
    }

    /// <summary>Writes the key of <paramref name="name"/> into <paramref name="key"/> (at least as long) and returns its length.</summary>
    public static int Write(ReadOnlySpan<char> name, Span<char> key)
    {
        var length = 0;
        foreach (var c in name)
        {
            if (char.IsLetterOrDigit(c))
                key[length++] = char.ToLowerInvariant(c);
            else if (c is '#' or '+')
                key[length++] = c;
        }
        return length;
    }

    /// <summary>"APIs" and "API" should meet: a trailing plural 's' is dropped for a second lookup.</summary>
    public static ReadOnlySpan<char> Singular(ReadOnlySpan<char> key) =>
        key.Length > 3 && key[^1] == 's' && key[^2] != 's' ? key[..^1] : key;
}
