using Microsoft.Extensions.Options;

namespace Nexus.Web.Infrastructure.Jobs;

/// <summary>
/// The embedded transport's consumers: <see cref="JobOptions.Workers"/> loops per node claiming due jobs from the
/// database. Woken at once by local commits, they poll for jobs other nodes wrote. On shutdown no new job is claimed;
/// running ones get <see cref="JobOptions.ShutdownGrace"/> to finish, then are cancelled and go back to the queue.
/// </summary>
internal sealed class EmbeddedJobWorker(
    JobRunner runner, OutboxSignal signal, IOptions<JobOptions> options, IHostApplicationLifetime lifetime, ILogger<EmbeddedJobWorker> logger)
    : BackgroundService
{
    private readonly CancellationTokenSource _abort = new();

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The grace period starts when the host begins to stop, before any hosted service is stopped.
        lifetime.ApplicationStopping.Register(() => _abort.CancelAfter(options.Value.ShutdownGrace));
        return Task.WhenAll(Enumerable.Range(0, Math.Max(1, options.Value.Workers)).Select(_ => Task.Run(() => LoopAsync(stoppingToken), CancellationToken.None)));
    }

    public override void Dispose()
    {
        _abort.Dispose();
        base.Dispose();
    }

    private async Task LoopAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var seen = signal.Generation;
                if (!await runner.RunNextDueAsync(stoppingToken, _abort.Token))
                {
                    await signal.WaitAsync(seen, options.Value.PollInterval, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception error) when (error is Microsoft.EntityFrameworkCore.DbUpdateException or InvalidOperationException or System.Data.Common.DbException)
            {
                logger.LogError(error, "Job worker failed; retrying shortly");
                await Task.Delay(options.Value.PollInterval, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }
}
