namespace Nexus.Web.Features.Accounts;

/// <summary>
/// A refresh token, stored only as a SHA-256 hash. Tokens issued from one login form a family:
/// presenting a token that was already used means it leaked, so the whole family is revoked.
/// </summary>
public sealed class RefreshToken
{
    public long Id { get; set; }
    public Guid UserId { get; set; }
    public string TokenHash { get; set; } = "";
    public Guid FamilyId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? UsedAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
}
