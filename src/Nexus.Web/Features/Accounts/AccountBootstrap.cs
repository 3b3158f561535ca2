using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Nexus.Web.Infrastructure.Auth;

namespace Nexus.Web.Features.Accounts;

/// <summary>Creates the roles, and the first administrator from the <c>Admin</c> configuration section.</summary>
public sealed class AccountBootstrap(
    RoleManager<IdentityRole<Guid>> roles,
    UserManager<Learner> users,
    IOptions<BootstrapAdminOptions> admin,
    TimeProvider clock,
    ILogger<AccountBootstrap> logger)
{
    public async Task EnsureAsync()
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole<Guid>(role) { Id = Guid.CreateVersion7() });
            }
        }

        var (email, password) = (admin.Value.Email, admin.Value.Password);
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrEmpty(password) || await users.FindByEmailAsync(email) is not null)
        {
            return;
        }

        var now = clock.GetUtcNow();
        var account = new Learner
        {
            Id = Guid.CreateVersion7(),
            UserName = admin.Value.Handle,
            Email = email,
            EmailConfirmed = true,
            Handle = admin.Value.Handle,
            DisplayName = "Administrator",
            Track = LearnerTrack.Fullstack,
            Cohort = "staff",
            CreatedAt = now,
            UpdatedAt = now,
        };
        var created = await users.CreateAsync(account, password);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException("The administrator from configuration (Admin:Email/Admin:Password) could not be created: " +
                                                string.Join(" ", created.Errors.Select(e => e.Description)));
        }

        await users.AddToRolesAsync(account, [Roles.Learner, Roles.Admin]);
        logger.LogInformation("Created the administrator {Email} from configuration", email);
    }
}
