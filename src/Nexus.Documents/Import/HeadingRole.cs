namespace Nexus.Documents;

/// <summary>What a heading was recognised as: a section kind (same values as <see cref="SectionKind"/>) or a part of the hub outside the sections.</summary>
internal enum HeadingRole
{
    Overview,
    Technologies,
    Concepts,
    Challenges,
    BestPractices,
    Collaboration,
    Growth,
    FutureGoals,
    Custom,
    Author,
    Resources,
    Snippets,
    Projects,
}

internal static class HeadingRoles
{
    public static bool IsSectionKind(this HeadingRole role) => role <= HeadingRole.Custom;

    public static SectionKind ToSectionKind(this HeadingRole role) => role.IsSectionKind() ? (SectionKind)role : SectionKind.Custom;

    public static string ToWire(this HeadingRole role) => role.IsSectionKind() ? ((SectionKind)role).ToWire() : role.ToString().ToLowerInvariant();
}
