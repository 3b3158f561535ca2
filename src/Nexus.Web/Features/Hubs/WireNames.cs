namespace Nexus.Web.Features.Hubs;

/// <summary>The lowercase names enums have in JSON and query strings (section kinds: <see cref="Nexus.Documents.SectionKinds"/>).</summary>
public static class WireNames
{
    public static string ExpectedSectionKinds { get; } = string.Join(", ", Nexus.Documents.SectionKinds.WireNames.Select(k => $"'{k}'"));

    public static string ToWire(this HubVisibility visibility) => visibility.ToString().ToLowerInvariant();

    public static bool TryParseVisibility(string? value, out HubVisibility visibility) =>
        Enum.TryParse(value, ignoreCase: true, out visibility) && Enum.IsDefined(visibility) && !int.TryParse(value, out _);
}
