namespace Nexus.GraphQL.Language;

internal static class Casing
{
    /// <summary>FragmentSpread becomes FRAGMENT_SPREAD: the spelling of directive locations and conventional enum values.</summary>
    public static string ToUpperSnake(string pascalCase) =>
        string.Concat(pascalCase.Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + c : char.ToUpperInvariant(c).ToString()));
}
