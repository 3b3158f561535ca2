namespace Nexus.Web.Features.Follows;

/// <summary>One follow as its follower sees it: what (kind + slug or handle), its name and when.</summary>
public sealed record FollowResponse(string Kind, string Key, string Name, int Followers, DateTimeOffset FollowedAt);

public sealed record FollowListItem(string Kind, string Key, string Name, DateTimeOffset FollowedAt);

/// <summary>A followable thing: how many follow it and whether the caller does.</summary>
public sealed record FollowTargetResponse(string Kind, string Key, string Name, int Followers, bool Following);

public static class FollowKindNames
{
    public const string Expected = "'hub', 'learner' or 'technology'";

    public static string ToWire(this FollowKind kind) => kind.ToString().ToLowerInvariant();

    public static bool TryParse(string? value, out FollowKind kind) =>
        Enum.TryParse(value, ignoreCase: true, out kind) && Enum.IsDefined(kind) && !int.TryParse(value, out _);
}
