using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Nexus.Web.Features.Accounts;
using Nexus.Web.Features.Hubs;
using Nexus.Web.Infrastructure.Api;

namespace Nexus.Web.Features.Admin;

public sealed record AdminUserResponse(string Handle, string DisplayName, string Email, string Track, string Cohort, IReadOnlyList<string> Roles);

/// <summary>
/// Roles and cohorts of accounts, for the REST API and the admin pages (callers allow admins only). Role changes
/// apply from the account's next token or sign-in.
/// </summary>
public sealed class AdminAccounts(UserManager<Learner> users, HubStore hubs, TimeProvider clock)
{
    public async Task<Outcome<PagedResponse<AdminUserResponse>>> ListAsync(string? q, int page, int pageSize, CancellationToken cancellationToken)
    {
        var errors = Paging.Validate(page, pageSize).MaxLength("q", q, 100);
        if (errors.Any)
        {
            return new Outcome<PagedResponse<AdminUserResponse>>.Invalid(errors);
        }

        var query = users.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q))
        {
            var term = q.Trim().ToLowerInvariant();
            query = query.Where(u => u.Handle.Contains(term) || u.DisplayName.ToLower().Contains(term));
        }

        var total = await query.CountAsync(cancellationToken);
        var learners = await query.OrderBy(u => u.Handle).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        var items = new List<AdminUserResponse>(learners.Count);
        foreach (var learner in learners)
        {
            items.Add(await ToResponseAsync(learner));
        }

        return new Outcome<PagedResponse<AdminUserResponse>>.Done(new PagedResponse<AdminUserResponse>(items, page, pageSize, total));
    }

    public async Task<Outcome<AdminUserResponse>> GrantAsync(string handle, string? role)
    {
        if (role is null || !Roles.All.Contains(role))
        {
            return new Outcome<AdminUserResponse>.Invalid(new ValidationErrors().Add("role", "'role' must be 'learner', 'mentor' or 'admin'."));
        }

        if (await users.FindByNameAsync(handle.ToLowerInvariant()) is not { } learner)
        {
            return NoAccount(handle);
        }

        if (!await users.IsInRoleAsync(learner, role))
        {
            await users.AddToRoleAsync(learner, role);
        }

        return new Outcome<AdminUserResponse>.Done(await ToResponseAsync(learner));
    }

    public async Task<Outcome<AdminUserResponse>> WithdrawAsync(string handle, string role)
    {
        if (await users.FindByNameAsync(handle.ToLowerInvariant()) is not { } learner)
        {
            return NoAccount(handle);
        }

        if (role == Roles.Admin && (await users.GetUsersInRoleAsync(Roles.Admin)).Count == 1 && await users.IsInRoleAsync(learner, Roles.Admin))
        {
            return new Outcome<AdminUserResponse>.Conflict("This is the last administrator; grant the role to someone else first.");
        }

        if (await users.IsInRoleAsync(learner, role))
        {
            await users.RemoveFromRoleAsync(learner, role);
        }

        return new Outcome<AdminUserResponse>.Done(await ToResponseAsync(learner));
    }

    /// <summary>Moves a learner to another cohort; their hubs get new versions (cohort visibility depends on it).</summary>
    public async Task<Outcome<AdminUserResponse>> MoveAsync(string handle, string? cohort, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors().Required("cohort", cohort?.Trim(), 32);
        if (errors.Any)
        {
            return new Outcome<AdminUserResponse>.Invalid(errors);
        }

        if (await users.FindByNameAsync(handle.ToLowerInvariant()) is not { } learner)
        {
            return NoAccount(handle);
        }

        learner.Cohort = cohort!.Trim();
        learner.UpdatedAt = clock.GetUtcNow();
        await users.UpdateAsync(learner);
        await hubs.TouchHubsOfOwnerAsync(learner.Id, cancellationToken);
        return new Outcome<AdminUserResponse>.Done(await ToResponseAsync(learner));
    }

    private static Outcome<AdminUserResponse>.NotFound NoAccount(string handle) => new($"No account '{handle}'.");

    private async Task<AdminUserResponse> ToResponseAsync(Learner learner) => new(
        learner.Handle, learner.DisplayName, learner.Email!, learner.Track.ToWire(), learner.Cohort, [.. await users.GetRolesAsync(learner)]);
}
