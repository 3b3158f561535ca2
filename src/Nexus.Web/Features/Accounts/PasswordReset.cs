using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Nexus.Web.Infrastructure.Auth;
using Nexus.Web.Infrastructure.Database;

namespace Nexus.Web.Features.Accounts;

public abstract record ResetOutcome
{
    public sealed record Done(Learner Learner) : ResetOutcome;

    public sealed record BadLink(LinkCheck Check) : ResetOutcome;

    public sealed record BadPassword(Dictionary<string, string[]> Errors) : ResetOutcome;
}

/// <summary>
/// Sets a new password from a reset link. The link is bound to the security stamp, which this changes (and Identity's
/// concurrency stamp makes two racing uses of one link end in one success), so each link works once; every refresh
/// token of the account is revoked, and the address counts as verified (the link reached it).
/// </summary>
public sealed class PasswordReset(UserManager<Learner> users, AccountLinks links, NexusDbContext db, TimeProvider clock)
{
    public async Task<ResetOutcome> ResetAsync(string? token, string? password, CancellationToken cancellationToken)
    {
        var (check, learner) = await links.CheckResetAsync(token);
        if (learner is null)
        {
            return new ResetOutcome.BadLink(check);
        }

        var errors = new List<IdentityError>();
        foreach (var validator in users.PasswordValidators)
        {
            errors.AddRange((await validator.ValidateAsync(users, learner, password ?? "")).Errors);
        }

        if (string.IsNullOrEmpty(password) || errors.Count > 0)
        {
            var messages = errors.Count > 0 ? errors.Select(e => e.Description).ToArray() : ["'password' is required."];
            return new ResetOutcome.BadPassword(new Dictionary<string, string[]> { ["password"] = messages });
        }

        learner.PasswordHash = users.PasswordHasher.HashPassword(learner, password);
        learner.EmailConfirmed = true;
        learner.LockoutEnd = null;
        learner.AccessFailedCount = 0;
        if (!(await users.UpdateSecurityStampAsync(learner)).Succeeded)
        {
            return new ResetOutcome.BadLink(LinkCheck.Invalid);
        }

        var now = clock.GetUtcNow();
        await db.RefreshTokens.Where(t => t.UserId == learner.Id && t.RevokedAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(t => t.RevokedAt, now), cancellationToken);
        return new ResetOutcome.Done(learner);
    }
}
