using Microsoft.EntityFrameworkCore;
using Nexus.Web.Infrastructure.Database;
using Nexus.Web.Infrastructure.Jobs;

namespace Nexus.Web.Features.Notifications;

/// <summary>The daily or weekly digest run for one occurrence of its schedule (a recurring job).</summary>
public sealed record DigestRun(Delivery Frequency, DateTimeOffset Occurrence)
{
    public const string DailyJobName = "notifications.daily-digest";
    public const string WeeklyJobName = "notifications.weekly-digest";
}

/// <summary>One learner's digest of one occurrence: its own job, so one failing address retries alone.</summary>
public sealed record SendDigest(Guid LearnerId, Delivery Frequency, DateTimeOffset Occurrence)
{
    public const string JobName = "notifications.send-digest";
}

/// <summary>
/// Fans a digest run out into one <see cref="SendDigest"/> per verified learner who gets this digest, walking the
/// accounts in primary-key order a batch at a time; the idempotency key keeps one job per learner and occurrence.
/// </summary>
internal sealed class DigestRunHandler(NexusDbContext db, IJobQueue jobs) : IJobHandler<DigestRun>
{
    private const int Batch = 500;

    public async Task HandleAsync(DigestRun run, JobContext context, CancellationToken cancellationToken)
    {
        Guid? after = null;
        while (true)
        {
            var learners = await db.Users.AsNoTracking().Where(u => u.EmailConfirmed && (after == null || u.Id.CompareTo(after.Value) > 0))
                .OrderBy(u => u.Id).Select(u => u.Id).Take(Batch).ToListAsync(cancellationToken);
            if (learners.Count == 0)
            {
                return;
            }

            var settings = await db.NotificationSettings.AsNoTracking().Where(s => learners.Contains(s.LearnerId)).ToDictionaryAsync(s => s.LearnerId, cancellationToken);
            foreach (var learner in learners)
            {
                var mine = settings.GetValueOrDefault(learner) ?? NotificationSettings.Defaults(learner);
                if (NotificationNames.Categories.Any(c => mine[c] == run.Frequency))
                {
                    jobs.Enqueue(new SendDigest(learner, run.Frequency, run.Occurrence),
                        idempotencyKey: $"digest:{run.Frequency.ToWire()}:{run.Occurrence.ToUnixTimeSeconds()}:{learner:N}");
                }
            }

            await db.SaveChangesAsync(cancellationToken);
            after = learners[^1];
        }
    }
}
