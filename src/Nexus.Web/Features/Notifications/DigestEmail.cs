using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Nexus.Web.Features.Hubs;
using Nexus.Web.Infrastructure.Auth;
using Nexus.Web.Infrastructure.Database;
using Nexus.Web.Infrastructure.Email;
using Nexus.Web.Infrastructure.Jobs;

namespace Nexus.Web.Features.Notifications;

/// <summary>
/// Sends one learner's digest: the notifications of the categories gathered at this frequency that were not emailed
/// yet, and (if the cohort digest is at this frequency) hubs the learner may read that were published or updated
/// since the last digest, by their cohort or touching a technology they follow. Nothing to tell, no email. Like every
/// email job it sends, then records (at least once), holding no database lock while SMTP talks.
/// </summary>
internal sealed class SendDigestHandler(
    NexusDbContext db, NotificationSettingsStore store, UnsubscribeLinks unsubscribe, SmtpEmailSender sender, IOptions<EmailLinkOptions> links)
    : IJobHandler<SendDigest>
{
    private const int MaxItems = 20;

    public async Task HandleAsync(SendDigest job, JobContext context, CancellationToken cancellationToken)
    {
        var learner = await db.Users.AsNoTracking().Where(u => u.Id == job.LearnerId && u.EmailConfirmed)
            .Select(u => new { u.Id, u.Email, u.DisplayName, u.Handle, u.Cohort }).SingleOrDefaultAsync(cancellationToken);
        if (learner is null)
        {
            return;
        }

        var settings = await store.GetAsync(learner.Id, cancellationToken);
        var daily = job.Frequency == Delivery.Daily;
        var since = (daily ? settings.DailyDigestSentAt : settings.WeeklyDigestSentAt) ?? job.Occurrence - (daily ? TimeSpan.FromDays(1) : TimeSpan.FromDays(7));
        if (since >= job.Occurrence)
        {
            return;
        }

        var categories = NotificationNames.Categories.Where(c => settings[c] == job.Frequency).ToList();
        var notifications = await db.Notifications.AsNoTracking()
            .Where(n => n.RecipientId == learner.Id && n.EmailedAt == null && categories.Contains(n.Category) && n.CreatedAt <= job.Occurrence)
            .OrderByDescending(n => n.Id).Select(n => new { n.Id, n.Title, n.Path }).ToListAsync(cancellationToken);
        var activity = settings.CohortDigest == job.Frequency
            ? await ActivityAsync(learner.Id, learner.Cohort, since, job.Occurrence, cancellationToken)
            : [];

        if (notifications.Count > 0 || activity.Count > 0)
        {
            var period = daily ? "daily" : "weekly";
            var email = new EmailBuilder($"Your {period} Nexus digest")
                .Paragraph($"Hello {learner.DisplayName}, here is what happened since {since:d MMMM yyyy, HH:mm} UTC.");
            if (notifications.Count > 0)
            {
                email.Section("Notifications", notifications.Take(MaxItems).Select(n => new EmailItem(n.Title, links.Value.Link(n.Path))));
            }

            if (activity.Count > 0)
            {
                email.Section("New in your cohort and the technologies you follow", activity);
            }

            await sender.SendAsync(email
                .Footer($"You get this {period} digest because of your notification preferences.", unsubscribe.UrlFor(learner.Id, UnsubscribeScope.DigestOf(job.Frequency)))
                .Build(learner.Email!, learner.DisplayName, $"Your {period} Nexus digest: {notifications.Count + activity.Count} new"), cancellationToken);
        }

        var ids = notifications.Select(n => n.Id).ToList();
        await db.Notifications.Where(n => ids.Contains(n.Id)).ExecuteUpdateAsync(set => set.SetProperty(n => n.EmailedAt, job.Occurrence), CancellationToken.None);
        await store.ChangeAsync(learner.Id, s =>
        {
            if (daily)
            {
                s.DailyDigestSentAt = job.Occurrence;
            }
            else
            {
                s.WeeklyDigestSentAt = job.Occurrence;
            }
        }, CancellationToken.None);
    }

    private async Task<List<EmailItem>> ActivityAsync(Guid learnerId, string cohort, DateTimeOffset since, DateTimeOffset until, CancellationToken cancellationToken)
    {
        var roles = await db.UserRoles.Where(ur => ur.UserId == learnerId).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToListAsync(cancellationToken);
        var reader = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(NexusClaims.Subject, learnerId.ToString()), new Claim(NexusClaims.Cohort, cohort), .. roles.Select(r => new Claim(NexusClaims.Role, r))],
            "digest", NexusClaims.Handle, NexusClaims.Role));
        var technologies = db.Follows.Where(f => f.FollowerId == learnerId && f.TechnologyId != null).Select(f => f.TechnologyId!.Value);
        var hubs = await db.Hubs.AsNoTracking().Where(HubAccessPolicy.ReadableBy(reader))
            .Where(h => h.UpdatedAt > since && h.UpdatedAt <= until && h.OwnerId != learnerId)
            .Where(h => h.Owner.Cohort == cohort || h.Topics.Any(t => technologies.Contains(t.EntryId)))
            .OrderByDescending(h => h.UpdatedAt).Take(MaxItems)
            .Select(h => new { h.Slug, h.Title, h.Revision, h.Owner.DisplayName, h.Owner.Cohort })
            .ToListAsync(cancellationToken);
        return hubs.Select(h => new EmailItem(h.Title, links.Value.Link($"/api/v1/hubs/{h.Slug}"),
            $"{(h.Revision == 1 ? "published" : "updated")} by {h.DisplayName}{(h.Cohort == cohort ? "" : $" ({h.Cohort})")}")).ToList();
    }
}
