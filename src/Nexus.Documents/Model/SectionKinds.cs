using System.Diagnostics.CodeAnalysis;

namespace Nexus.Documents;

/// <summary>Converts section kinds to and from the wire strings used by the API and storage.</summary>
public static class SectionKinds
{
    private static readonly (SectionKind Kind, string Wire)[] Pairs =
    [
        (SectionKind.Overview, "overview"),
        (SectionKind.Technologies, "technologies"),
        (SectionKind.Concepts, "concepts"),
        (SectionKind.Challenges, "challenges"),
        (SectionKind.BestPractices, "best-practices"),
        (SectionKind.Collaboration, "collaboration"),
        (SectionKind.Growth, "growth"),
        (SectionKind.FutureGoals, "future-goals"),
        (SectionKind.Custom, "custom"),
    ];

    public static IReadOnlyList<string> WireNames { get; } = Pairs.Select(p => p.Wire).ToArray();

    public static string ToWire(this SectionKind kind) =>
        Pairs.First(p => p.Kind == kind).Wire;

    public static bool TryParse(string? wire, [NotNullWhen(true)] out SectionKind? kind)
    {
        foreach (var (k, w) in Pairs)
        {
            if (string.Equals(w, wire?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                kind = k;
                return true;
            }
        }
        kind = null;
        return false;
    }

    public static SectionKind Parse(string wire) =>
        TryParse(wire, out var kind)
            ? kind.Value
            : throw new ArgumentException($"Unknown section kind '{wire}'. Expected one of: {string.Join(", ", WireNames)}.", nameof(wire));
}
