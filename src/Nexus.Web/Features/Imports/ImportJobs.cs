using System.Security.Claims;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Nexus.Documents;
using Nexus.Web.Features.Accounts;
using Nexus.Web.Features.Hubs;
using Nexus.Web.Infrastructure.Database;
using Nexus.Web.Infrastructure.Jobs;

namespace Nexus.Web.Features.Imports;

/// <summary>Archive imports as background jobs: queued here (REST and the web UI), run by <see cref="ArchiveImportHandler"/>.</summary>
public sealed class ImportJobs(NexusDbContext db, IJobQueue jobs, TimeProvider clock)
{
    /// <exception cref="DocumentRejectedException">An unsafe or broken archive: refused now, with the reason, rather than failed later.</exception>
    public async Task<ImportJobResponse> EnqueueAsync(ImportUpload upload, Learner owner, CancellationToken cancellationToken)
    {
        _ = ArchiveReader.Read(new MemoryStream(upload.Content));
        var now = clock.GetUtcNow();
        var job = new ImportJob
        {
            Id = Guid.CreateVersion7(), OwnerId = owner.Id, Status = ImportJobStatus.Queued, FileName = upload.FileName,
            Visibility = upload.Visibility?.ToLowerInvariant() ?? "public", Payload = upload.Content, CreatedAt = now, UpdatedAt = now,
        };
        db.ImportJobs.Add(job);
        jobs.Enqueue(new ArchiveImportJob(job.Id));
        await db.SaveChangesAsync(cancellationToken);
        return ToResponse(job);
    }

    /// <summary>The job if the caller owns it (or is an admin); otherwise null, as if it did not exist.</summary>
    public async Task<ImportJobResponse?> FindAsync(Guid id, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var job = await db.ImportJobs.AsNoTracking().SingleOrDefaultAsync(j => j.Id == id, cancellationToken);
        return job is null || !HubAccessPolicy.CanEdit(user, job.OwnerId) ? null : ToResponse(job);
    }

    private static ImportJobResponse ToResponse(ImportJob job) => new(
        job.Id, job.Status.ToString().ToLowerInvariant(), job.FileName, job.Total, job.Processed,
        JsonSerializer.Deserialize<List<string>>(job.HubsJson) ?? [], JsonSerializer.Deserialize<List<ImportJobError>>(job.ErrorsJson) ?? [],
        job.CreatedAt, job.UpdatedAt);
}
