using System.Collections.Frozen;

namespace Nexus.Web.Features.Hubs;

/// <summary>The lowercase, hyphenated names enums have in JSON and query strings.</summary>
public static class WireNames
{
    private static readonly FrozenDictionary<string, SectionKind> SectionKinds = new Dictionary<string, SectionKind>
    {
        ["overview"] = SectionKind.Overview,
        ["technologies"] = SectionKind.Technologies,
        ["concepts"] = SectionKind.Concepts,
        ["challenges"] = SectionKind.Challenges,
        ["best-practices"] = SectionKind.BestPractices,
        ["collaboration"] = SectionKind.Collaboration,
        ["growth"] = SectionKind.Growth,
        ["future-goals"] = SectionKind.FutureGoals,
        ["custom"] = SectionKind.Custom,
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<SectionKind, string> SectionKindNames =
        SectionKinds.ToFrozenDictionary(pair => pair.Value, pair => pair.Key);

    public static string ExpectedSectionKinds { get; } = string.Join(", ", SectionKinds.Keys.Order().Select(k => $"'{k}'"));

    public static string ToWire(this SectionKind kind) => SectionKindNames[kind];

    public static bool TryParseSectionKind(string? value, out SectionKind kind) =>
        SectionKinds.TryGetValue(value?.Trim().ToLowerInvariant() ?? "", out kind);

    public static string ToWire(this HubVisibility visibility) => visibility.ToString().ToLowerInvariant();

    public static bool TryParseVisibility(string? value, out HubVisibility visibility) =>
        Enum.TryParse(value, ignoreCase: true, out visibility) && Enum.IsDefined(visibility) && !int.TryParse(value, out _);
}
