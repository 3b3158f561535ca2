using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Nexus.Documents;
using Nexus.Web.Infrastructure.Database;
using Nexus.Web.Infrastructure.Events;
using Nexus.Web.Infrastructure.Jobs;

namespace Nexus.Web.Features.Imports;

/// <summary>The job that runs an archive import stored in <see cref="ImportJob"/> (whose row carries its progress).</summary>
public sealed record ArchiveImportJob(Guid ImportId);

/// <summary>An archive import finished: its owner, outcome (<c>succeeded</c> or <c>failed</c>), hubs created and files that failed.</summary>
public sealed record ImportFinished(Guid ImportId, Guid OwnerId, string Status, int HubsCreated, int Errors)
{
    public const string EventName = "import.finished";
}

/// <summary>
/// Imports an archive one file at a time; each file's hub and the import's progress commit together, so a job
/// delivered again (after a crash or a retry) resumes where it stopped without duplicating hubs. Not transactional
/// as a whole: progress must survive a failure half-way.
/// </summary>
public sealed class ArchiveImportHandler(
    NexusDbContext db, HubImportService importer, IDomainEvents domainEvents, TimeProvider clock, ILogger<ArchiveImportHandler> logger)
    : IJobHandler<ArchiveImportJob>
{
    public const string JobName = "imports.archive";

    public async Task HandleAsync(ArchiveImportJob work, JobContext context, CancellationToken cancellationToken)
    {
        try
        {
            await ImportAsync(work.ImportId, cancellationToken);
        }
        catch (Exception error) when (context.Attempt >= context.MaxAttempts && error is not OperationCanceledException)
        {
            // The job is about to die: the import's own record says so too, instead of "running" forever.
            db.ChangeTracker.Clear();
            var job = await db.ImportJobs.SingleAsync(j => j.Id == work.ImportId, CancellationToken.None);
            var errors = JsonSerializer.Deserialize<List<ImportJobError>>(job.ErrorsJson) ?? [];
            errors.Add(new ImportJobError(job.FileName, $"The import stopped after {context.Attempt} attempts: {error.Message}"));
            await FinishAsync(job, ImportJobStatus.Failed, errors, CancellationToken.None);
            throw;
        }
    }

    private async Task ImportAsync(Guid jobId, CancellationToken cancellationToken)
    {
        var job = await db.ImportJobs.SingleOrDefaultAsync(j => j.Id == jobId, cancellationToken);
        if (job is null || job.Status is ImportJobStatus.Succeeded or ImportJobStatus.Failed)
        {
            return;
        }

        job.Status = ImportJobStatus.Running;
        job.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
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
        job.UpdatedAt = clock.GetUtcNow();
        job.Payload = [];
        var hubs = JsonSerializer.Deserialize<List<string>>(job.HubsJson) ?? [];
        domainEvents.Raise(new ImportFinished(job.Id, job.OwnerId, status.ToString().ToLowerInvariant(), hubs.Count, errors.Count));
        await db.SaveChangesAsync(cancellationToken);
    }
}
