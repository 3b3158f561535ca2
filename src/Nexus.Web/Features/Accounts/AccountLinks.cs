using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Nexus.Web.Infrastructure.Auth;
using Nexus.Web.Infrastructure.Email;

namespace Nexus.Web.Features.Accounts;

/// <summary>
/// The signed, expiring links of account emails. A verification link is bound to the address it was sent to (a
/// changed email retires it); a reset link is bound to the security stamp, which a reset changes, so it works once.
/// </summary>
public sealed class AccountLinks(SignedLinkTokens tokens, IOptions<EmailLinkOptions> options, UserManager<Learner> users, TimeProvider clock)
{
    public const string VerifyPath = "/api/v1/auth/verify-email";
    public const string ResetPath = "/api/v1/auth/reset-password";
    private const string VerifyPurpose = "verify-email";
    private const string ResetPurpose = "reset-password";

    public string VerificationUrl(Learner learner) =>
        Url(VerifyPath, VerifyPurpose, learner, options.Value.VerificationLinkLifetime, VerificationBinding(learner));

    public string ResetUrl(Learner learner) =>
        Url(ResetPath, ResetPurpose, learner, options.Value.PasswordResetLinkLifetime, learner.SecurityStamp ?? "");

    public Task<(LinkCheck Check, Learner? Learner)> CheckVerificationAsync(string? token) => CheckAsync(token, VerifyPurpose, VerificationBinding);

    public Task<(LinkCheck Check, Learner? Learner)> CheckResetAsync(string? token) => CheckAsync(token, ResetPurpose, l => l.SecurityStamp ?? "");

    private string Url(string path, string purpose, Learner learner, TimeSpan lifetime, string binding)
    {
        var token = tokens.Issue(purpose, new LinkClaim(learner.Id.ToString(), "", clock.GetUtcNow().Add(lifetime)), binding);
        return options.Value.Link($"{path}?token={token}");
    }

    private async Task<(LinkCheck, Learner?)> CheckAsync(string? token, string purpose, Func<Learner, string> binding)
    {
        var learner = SignedLinkTokens.Peek(token) is { } claim && Guid.TryParse(claim.Subject, out var id)
            ? await users.FindByIdAsync(id.ToString())
            : null;
        if (learner is null)
        {
            return (LinkCheck.Invalid, null);
        }

        var check = tokens.Check(purpose, token, binding(learner));
        return (check, check == LinkCheck.Valid ? learner : null);
    }

    private static string VerificationBinding(Learner learner) => learner.NormalizedEmail ?? "";
}
