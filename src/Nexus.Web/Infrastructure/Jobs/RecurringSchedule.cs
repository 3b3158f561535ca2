namespace Nexus.Web.Infrastructure.Jobs;

/// <summary>When a recurring job runs, in UTC: every fixed interval (aligned to the Unix epoch), daily or weekly at a time.</summary>
public abstract record RecurringSchedule
{
    /// <summary>The first occurrence strictly after <paramref name="instant"/>.</summary>
    public abstract DateTimeOffset Next(DateTimeOffset instant);

    public static RecurringSchedule Every(TimeSpan interval) =>
        interval >= TimeSpan.FromSeconds(1) ? new Interval(interval) : throw new ArgumentOutOfRangeException(nameof(interval), "At least one second.");

    public static RecurringSchedule Daily(TimeOnly at) => new Weekly(null, at);

    public static RecurringSchedule WeeklyOn(DayOfWeek day, TimeOnly at) => new Weekly(day, at);

    private sealed record Interval(TimeSpan Period) : RecurringSchedule
    {
        public override DateTimeOffset Next(DateTimeOffset instant)
        {
            var ticks = instant.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks;
            return DateTimeOffset.UnixEpoch.AddTicks((ticks / Period.Ticks + 1) * Period.Ticks);
        }
    }

    private sealed record Weekly(DayOfWeek? Day, TimeOnly At) : RecurringSchedule
    {
        public override DateTimeOffset Next(DateTimeOffset instant)
        {
            var utc = instant.ToUniversalTime();
            var candidate = new DateTimeOffset(DateOnly.FromDateTime(utc.UtcDateTime).ToDateTime(At), TimeSpan.Zero);
            while (candidate <= utc || (Day is { } day && candidate.DayOfWeek != day))
            {
                candidate = candidate.AddDays(1);
            }

            return candidate;
        }
    }
}

/// <summary>A job enqueued by code on a schedule (e.g. the weekly digest); every node schedules, the idempotency key keeps one per occurrence.</summary>
public sealed record RecurringJobRegistration(string Name, RecurringSchedule Schedule, Action<IJobQueue, DateTimeOffset, string> Enqueue);
