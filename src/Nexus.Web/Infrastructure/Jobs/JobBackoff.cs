namespace Nexus.Web.Infrastructure.Jobs;

/// <summary>Exponential backoff with full jitter: a random delay up to base·2^(attempt−1), capped.</summary>
public static class JobBackoff
{
    public static TimeSpan Delay(int attempt, TimeSpan baseDelay, TimeSpan maxDelay, Random random)
    {
        var exponent = Math.Min(Math.Max(attempt - 1, 0), 30);
        var ceiling = Math.Min(baseDelay.TotalMilliseconds * Math.Pow(2, exponent), maxDelay.TotalMilliseconds);
        // Half fixed, half random: failures spread out but never retry at once.
        return TimeSpan.FromMilliseconds(ceiling / 2 + random.NextDouble() * ceiling / 2);
    }
}
