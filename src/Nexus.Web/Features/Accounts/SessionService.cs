using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Nexus.Web.Infrastructure.Auth;
using Nexus.Web.Infrastructure.Database;

namespace Nexus.Web.Features.Accounts;

public enum RefreshOutcome
{
    Refreshed,
    Unknown,
    Expired,
    Revoked,
    ReuseDetected,
}

/// <summary>Issues access/refresh token pairs and rotates refresh tokens with reuse detection.</summary>
public sealed class SessionService(
    NexusDbContext db,
    UserManager<Learner> users,
    AccessTokenIssuer accessTokens,
    IOptions<AuthOptions> options,
    TimeProvider clock)
{
    public async Task<TokenResponse> StartAsync(Learner learner, CancellationToken cancellationToken) =>
        await IssueAsync(learner, Guid.NewGuid(), cancellationToken);

    public async Task<(RefreshOutcome Outcome, TokenResponse? Tokens)> RefreshAsync(string presented, CancellationToken cancellationToken)
    {
        var hash = Hash(presented);
        var token = await db.RefreshTokens.AsNoTracking().SingleOrDefaultAsync(t => t.TokenHash == hash, cancellationToken);
        if (token is null)
        {
            return (RefreshOutcome.Unknown, null);
        }

        var now = clock.GetUtcNow();
        if (token.RevokedAt is not null)
        {
            return (RefreshOutcome.Revoked, null);
        }

        // Claim the token atomically: of two concurrent uses only one can flip used_at from null.
        var claimed = await db.RefreshTokens
            .Where(t => t.Id == token.Id && t.UsedAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(t => t.UsedAt, now), cancellationToken);
        if (claimed == 0)
        {
            await RevokeFamilyAsync(token.FamilyId, cancellationToken);
            return (RefreshOutcome.ReuseDetected, null);
        }

        if (token.ExpiresAt <= now)
        {
            return (RefreshOutcome.Expired, null);
        }

        var learner = await users.FindByIdAsync(token.UserId.ToString());
        if (learner is null)
        {
            return (RefreshOutcome.Unknown, null);
        }

        return (RefreshOutcome.Refreshed, await IssueAsync(learner, token.FamilyId, cancellationToken));
    }

    /// <summary>Ends the session the refresh token belongs to; unknown tokens are ignored (logout is idempotent).</summary>
    public async Task EndAsync(string presented, CancellationToken cancellationToken)
    {
        var hash = Hash(presented);
        var family = await db.RefreshTokens.Where(t => t.TokenHash == hash).Select(t => (Guid?)t.FamilyId)
            .SingleOrDefaultAsync(cancellationToken);
        if (family is not null)
        {
            await RevokeFamilyAsync(family.Value, cancellationToken);
        }
    }

    private async Task RevokeFamilyAsync(Guid familyId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await db.RefreshTokens
            .Where(t => t.FamilyId == familyId && t.RevokedAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(t => t.RevokedAt, now), cancellationToken);
    }

    private async Task<TokenResponse> IssueAsync(Learner learner, Guid familyId, CancellationToken cancellationToken)
    {
        var roles = await users.GetRolesAsync(learner);
        var refresh = Base64Url(RandomNumberGenerator.GetBytes(32));
        var now = clock.GetUtcNow();
        db.RefreshTokens.Add(new RefreshToken
        {
            UserId = learner.Id,
            TokenHash = Hash(refresh),
            FamilyId = familyId,
            CreatedAt = now,
            ExpiresAt = now.Add(options.Value.RefreshTokenLifetime),
        });
        await db.SaveChangesAsync(cancellationToken);
        var access = accessTokens.Issue(learner.Id, learner.Handle, learner.Cohort, roles);
        return new TokenResponse(access, refresh, (int)accessTokens.Lifetime.TotalSeconds);
    }

    private static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
