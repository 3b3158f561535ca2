using Microsoft.AspNetCore.Identity;
using Nexus.Web.Infrastructure.Email;
using Nexus.Web.Infrastructure.Jobs;

namespace Nexus.Web.Features.Accounts;

/// <summary>Send the verification email; the link is made when the job runs, so no secret waits in the job table.</summary>
public sealed record SendVerificationEmail(Guid LearnerId)
{
    public const string JobName = "accounts.send-verification-email";
}

public sealed record SendPasswordResetEmail(Guid LearnerId)
{
    public const string JobName = "accounts.send-password-reset-email";
}

internal sealed class SendVerificationEmailHandler(UserManager<Learner> users, AccountEmails emails, SmtpEmailSender sender)
    : IJobHandler<SendVerificationEmail>
{
    public async Task HandleAsync(SendVerificationEmail job, JobContext context, CancellationToken cancellationToken)
    {
        // Verified meanwhile (or deleted): nothing to send.
        if (await users.FindByIdAsync(job.LearnerId.ToString()) is { EmailConfirmed: false } learner)
        {
            await sender.SendAsync(emails.Verification(learner), cancellationToken);
        }
    }
}

internal sealed class SendPasswordResetEmailHandler(UserManager<Learner> users, AccountEmails emails, SmtpEmailSender sender)
    : IJobHandler<SendPasswordResetEmail>
{
    public async Task HandleAsync(SendPasswordResetEmail job, JobContext context, CancellationToken cancellationToken)
    {
        if (await users.FindByIdAsync(job.LearnerId.ToString()) is { } learner)
        {
            await sender.SendAsync(emails.PasswordReset(learner), cancellationToken);
        }
    }
}
