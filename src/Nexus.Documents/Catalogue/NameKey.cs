using System.Text;

namespace Nexus.Documents;

/// <summary>
/// Reduces a name to a comparison key: lower case, diacritics kept, spacing and punctuation dropped.
/// '#' and '+' stay because they distinguish C, C# and C++.
/// </summary>
internal static class NameKey
{
    public static string Of(ReadOnlySpan<char> name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (char.IsLetterOrDigit(c))
                builder.Append(char.ToLowerInvariant(c));
            else if (c is '#' or '+')
                builder.Append(c);
        }
        return builder.ToString();
    }

    /// <summary>Words split on white space, each reduced to its key; empty keys are dropped.</summary>
    public static List<string> Words(string text)
    {
        var words = new List<string>();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var key = Of(word);
            if (key.Length > 0)
                words.Add(key);
        }
        return words;
    }

    /// <summary>"APIs" and "API" should meet: a trailing plural 's' is dropped for a second lookup.</summary>
    public static string Singular(string key) =>
        key.Length > 3 && key[^1] == 's' && key[^2] != 's' ? key[..^1] : key;
}
