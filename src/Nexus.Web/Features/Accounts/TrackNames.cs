namespace Nexus.Web.Features.Accounts;

/// <summary>The wire names of tracks ("backend", "frontend", "fullstack").</summary>
public static class TrackNames
{
    public static string ToWire(this LearnerTrack track) => track.ToString().ToLowerInvariant();

    public static bool TryParse(string? value, out LearnerTrack track) =>
        Enum.TryParse(value, ignoreCase: true, out track) && Enum.IsDefined(track) && !int.TryParse(value, out _);

    public const string Expected = "'backend', 'frontend' or 'fullstack'";
}
