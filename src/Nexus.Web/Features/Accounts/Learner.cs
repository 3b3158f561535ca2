using Microsoft.AspNetCore.Identity;

namespace Nexus.Web.Features.Accounts;

/// <summary>A Nexus account: an Identity user with the profile a learning hub shows.</summary>
public sealed class Learner : IdentityUser<Guid>
{
    public string Handle { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public LearnerTrack Track { get; set; }
    public string Cohort { get; set; } = "";
    public string? GitHub { get; set; }
    public string? Discord { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

public enum LearnerTrack
{
    Backend,
    Frontend,
    Fullstack,
}

public static class Roles
{
    public const string Learner = "learner";
    public const string Mentor = "mentor";
    public const string Admin = "admin";

    public static readonly string[] All = [Learner, Mentor, Admin];
}
