using Microsoft.Extensions.Options;
using Nexus.Web.Infrastructure.Email;

namespace Nexus.Web.Features.Accounts;

/// <summary>The essential account emails (no unsubscribe link: they answer something the learner did).</summary>
public sealed class AccountEmails(AccountLinks links, IOptions<EmailLinkOptions> options)
{
    public EmailMessage Verification(Learner learner) => new EmailBuilder($"Welcome to Nexus, {learner.DisplayName}")
        .Paragraph("Confirm that this is your email address, so Nexus may send you notifications and password resets.")
        .Button("Verify my email", links.VerificationUrl(learner))
        .Paragraph($"The link works for {Describe(options.Value.VerificationLinkLifetime)}.")
        .Footer($"You get this email because an account @{learner.Handle} was created with this address. If that was not you, ignore it.")
        .Build(learner.Email!, learner.DisplayName, "Verify your email for Nexus");

    public EmailMessage PasswordReset(Learner learner) => new EmailBuilder("Choose a new password")
        .Paragraph($"Someone (hopefully you) asked to reset the password of @{learner.Handle}.")
        .Button("Choose a new password", links.ResetUrl(learner))
        .Paragraph($"The link works once, for {Describe(options.Value.PasswordResetLinkLifetime)}. Resetting signs you out everywhere.")
        .Footer("If you did not ask for this, ignore this email: your password stays as it is.")
        .Build(learner.Email!, learner.DisplayName, "Reset your Nexus password");

    private static string Describe(TimeSpan lifetime) =>
        lifetime.TotalDays >= 1 && lifetime.TotalDays % 1 == 0 ? $"{lifetime.TotalDays:0} day{(lifetime.TotalDays == 1 ? "" : "s")}"
        : lifetime.TotalHours >= 1 && lifetime.TotalHours % 1 == 0 ? $"{lifetime.TotalHours:0} hour{(lifetime.TotalHours == 1 ? "" : "s")}"
        : $"{Math.Ceiling(lifetime.TotalMinutes):0} minutes";
}
