namespace Nexus.GraphQL.Language;

/// <summary>The spec's lexical character classes (ASCII only, as the spec defines names).</summary>
internal static class CharClasses
{
    public static bool IsDigit(char c) => c is >= '0' and <= '9';

    public static bool IsLetter(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z');

    public static bool IsNameStart(char c) => IsLetter(c) || c == '_';

    public static bool IsNameContinue(char c) => IsNameStart(c) || IsDigit(c);

    public static bool IsWhiteSpace(char c) => c is ' ' or '\t';
}
