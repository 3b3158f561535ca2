using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Nexus.Documents;
using Nexus.Web.Infrastructure.Database;

namespace Nexus.Web.Features.Imports;

/// <summary>
/// Runs queued archive imports, one file at a time; each file's hub and the job's progress commit together, so a
/// job taken over after a crash resumes where it stopped without duplicating hubs. Any node may claim any job.
/// </summary>
internal sealed class ImportJobWorker(IServiceProvider services, ImportJobSignal signal, TimeProvider clock, ILogger<ImportJobWorker> logger)
    : BackgroundService
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan IdlePoll = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!await RunNextAsync(stoppingToken))
                {
                    await signal.WaitAsync(IdlePoll, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception error) when (error is DbUpdateException or InvalidOperationException or System.Data.Common.DbException)
            {
                logger.LogError(error, "Import job worker failed; retrying shortly");
                await Task.Delay(IdlePoll, stoppingToken);
            }
        }
    }

    private async Task<bool> RunNextAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NexusDbContext>();
        var now = clock.GetUtcNow();
        var candidate = await db.ImportJobs.AsNoTracking()
            .Where(j => j.Status == ImportJobStatus.Queued || (j.Status == ImportJobStatus.Running && j.LeaseUntil < now))
            .OrderBy(j => j.CreatedAt).Select(j => (Guid?)j.Id).FirstOrDefaultAsync(cancellationToken);
        if (candidate is null)
        {
            return false;
        }

        // Claim atomically: of two nodes racing for the job, one update matches.
        var claimed = await db.ImportJobs
            .Where(j => j.Id == candidate && (j.Status == ImportJobStatus.Queued || (j.Status == ImportJobStatus.Running && j.LeaseUntil < now)))
            .ExecuteUpdateAsync(set => set.SetProperty(j => j.Status, ImportJobStatus.Running).SetProperty(j => j.LeaseUntil, now + Lease), cancellationToken);
        if (claimed == 1)
        {
            await scope.ServiceProvider.GetRequiredService<ImportJobRunner>().RunAsync(candidate.Value, Lease, cancellationToken);
        }

        return true;
    }
}

/// <summary>Wakes the local worker when a job is queued on this node (other nodes find it by polling).</summary>
public sealed class ImportJobSignal
{
    private readonly SemaphoreSlim _signal = new(0);

    public void Notify() => _signal.Release();

    public async Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => await _signal.WaitAsync(timeout, cancellationToken);
}

/// <summary>Processes one claimed job.</summary>
public sealed class ImportJobRunner(NexusDbContext db, HubImportService importer, TimeProvider clock, ILogger<ImportJobRunner> logger)
{
    public async Task RunAsync(Guid jobId, TimeSpan lease, CancellationToken cancellationToken)
    {
        var job = await db.ImportJobs.SingleAsync(j => j.Id == jobId, cancellationToken);
        var owner = await db.Users.SingleAsync(u => u.Id == job.OwnerId, cancellationToken);
        IReadOnlyList<ArchiveDocument> documents;
        try
        {
            documents = ArchiveReader.Read(new MemoryStream(job.Payload));
        }
        catch (DocumentRejectedException rejected)
        {
            await FinishAsync(job, ImportJobStatus.Failed, [new ImportJobError(job.FileName, rejected.Message)], cancellationToken);
            return;
        }

        job.Total = documents.Count;
        var errors = JsonSerializer.Deserialize<List<ImportJobError>>(job.ErrorsJson) ?? [];
        var hubs = JsonSerializer.Deserialize<List<string>>(job.HubsJson) ?? [];
        var catalogue = await importer.LoadCatalogueAsync(cancellationToken);
        for (var index = job.Processed; index < documents.Count; index++)
        {
            var document = documents[index];
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            try
            {
                var imported = ReadmeImporter.Import(document.Content, catalogue);
                var plan = await importer.PlanAsync(imported.Hub, owner, job.Visibility, catalogue, cancellationToken);
                var (hub, invalid) = await importer.CreateAsync(plan, owner, cancellationToken);
                if (hub is null)
                {
                    errors.Add(new ImportJobError(document.Path, string.Join(" ", invalid.ToDictionary().SelectMany(e => e.Value))));
                }
                else
                {
                    hubs.Add(hub.Slug);
                    catalogue = await importer.LoadCatalogueAsync(cancellationToken);
                }
            }
            catch (DocumentRejectedException rejected)
            {
                errors.Add(new ImportJobError(document.Path, rejected.Message));
            }

            job = await db.ImportJobs.SingleAsync(j => j.Id == jobId, cancellationToken);
            job.Total = documents.Count;
            job.Processed = index + 1;
            job.HubsJson = JsonSerializer.Serialize(hubs);
            job.ErrorsJson = JsonSerializer.Serialize(errors);
            job.UpdatedAt = clock.GetUtcNow();
            job.LeaseUntil = job.UpdatedAt + lease;
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            importer.AnnounceCommitted();
            db.ChangeTracker.Clear();
        }

        job = await db.ImportJobs.SingleAsync(j => j.Id == jobId, cancellationToken);
        var status = documents.Count > 0 && hubs.Count == 0 ? ImportJobStatus.Failed : ImportJobStatus.Succeeded;
        if (documents.Count == 0)
        {
            errors.Add(new ImportJobError(job.FileName, "The archive holds no Markdown files (.md)."));
            status = ImportJobStatus.Failed;
        }

        await FinishAsync(job, status, errors, cancellationToken);
        logger.LogInformation("Import job {Job} {Status}: {Hubs} hubs, {Errors} errors", jobId, status, hubs.Count, errors.Count);
    }

    private async Task FinishAsync(ImportJob job, ImportJobStatus status, List<ImportJobError> errors, CancellationToken cancellationToken)
    {
        job.Status = status;
        job.ErrorsJson = JsonSerializer.Serialize(errors);
        job.LeaseUntil = null;
        job.UpdatedAt = clock.GetUtcNow();
        job.Payload = [];
        await db.SaveChangesAsync(cancellationToken);
    }
}
