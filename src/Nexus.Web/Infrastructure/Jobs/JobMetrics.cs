using System.Diagnostics.Metrics;

namespace Nexus.Web.Infrastructure.Jobs;

/// <summary>
/// The <c>Nexus.Jobs</c> meter: job durations, failures, dead letters and queue depth by status (refreshed by
/// <see cref="JobMaintenance"/>), readable with dotnet-counters or any System.Diagnostics.Metrics listener.
/// </summary>
public sealed class JobMetrics : IDisposable
{
    public const string MeterName = "Nexus.Jobs";

    private readonly Meter _meter;
    private readonly Histogram<double> _duration;
    private readonly Counter<long> _failures;
    private readonly Counter<long> _dead;
    private volatile IReadOnlyDictionary<BackgroundJobStatus, long> _depth = new Dictionary<BackgroundJobStatus, long>();

    public JobMetrics(IMeterFactory meters)
    {
        _meter = meters.Create(MeterName);
        _duration = _meter.CreateHistogram<double>("nexus.jobs.duration", "ms", "Time a handler ran, by job type and outcome");
        _failures = _meter.CreateCounter<long>("nexus.jobs.failures", description: "Handler runs that threw");
        _dead = _meter.CreateCounter<long>("nexus.jobs.dead", description: "Jobs that failed their last attempt");
        _meter.CreateObservableGauge("nexus.jobs.depth", () => _depth.Select(d =>
            new Measurement<long>(d.Value, new KeyValuePair<string, object?>("status", d.Key.ToString().ToLowerInvariant()))),
            description: "Jobs in the database by status");
    }

    public void Completed(string type, TimeSpan elapsed) =>
        _duration.Record(elapsed.TotalMilliseconds, new("type", type), new("outcome", "succeeded"));

    public void Failed(string type, TimeSpan elapsed)
    {
        _duration.Record(elapsed.TotalMilliseconds, new("type", type), new("outcome", "failed"));
        _failures.Add(1, new KeyValuePair<string, object?>("type", type));
    }

    public void DeadLettered(string type) => _dead.Add(1, new KeyValuePair<string, object?>("type", type));

    public void Depth(IReadOnlyDictionary<BackgroundJobStatus, long> depth) => _depth = depth;

    public void Dispose() => _meter.Dispose();
}
