using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Nexus.Web.Infrastructure.Events;

namespace Nexus.Web.Infrastructure.Jobs;

/// <summary>
/// Drops queued jobs whose idempotency key is already stored, and pulses <see cref="OutboxSignal"/> once jobs or
/// events written by a save are committed (at once without a transaction, else when the transaction commits).
/// </summary>
internal sealed class OutboxInterceptor(OutboxSignal signal) : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    private readonly ConditionalWeakTable<DbContext, object> _pending = new();

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } context && Prepare(context) is { Count: > 0 } keys)
        {
            DropDuplicates(context, [.. context.Set<BackgroundJob>().AsNoTracking().Where(j => keys.Contains(j.IdempotencyKey!)).Select(j => j.IdempotencyKey!)]);
        }

        return result;
    }

    public async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && Prepare(context) is { Count: > 0 } keys)
        {
            DropDuplicates(context, await context.Set<BackgroundJob>().AsNoTracking()
                .Where(j => keys.Contains(j.IdempotencyKey!)).Select(j => j.IdempotencyKey!).ToListAsync(cancellationToken));
        }

        return result;
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        PulseUnlessInTransaction(eventData.Context);
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        PulseUnlessInTransaction(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => PulseIfPending(eventData.Context);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        PulseIfPending(eventData.Context);
        return Task.CompletedTask;
    }

    /// <summary>Notes whether the save adds jobs or events; returns the idempotency keys to check.</summary>
    private List<string> Prepare(DbContext context)
    {
        var jobs = context.ChangeTracker.Entries<BackgroundJob>().Where(e => e.State == EntityState.Added).ToList();
        if (jobs.Count > 0 || context.ChangeTracker.Entries<OutboxEvent>().Any(e => e.State == EntityState.Added))
        {
            _pending.AddOrUpdate(context, true);
        }

        return [.. jobs.Select(e => e.Entity.IdempotencyKey).OfType<string>().Distinct()];
    }

    private static void DropDuplicates(DbContext context, List<string> stored)
    {
        var taken = new HashSet<string>(stored);
        foreach (var entry in context.ChangeTracker.Entries<BackgroundJob>().Where(e => e.State == EntityState.Added).ToList())
        {
            if (entry.Entity.IdempotencyKey is { } key && !taken.Add(key))
            {
                entry.State = EntityState.Detached;
            }
        }
    }

    private void PulseUnlessInTransaction(DbContext? context)
    {
        if (context is not null && context.Database.CurrentTransaction is null)
        {
            PulseIfPending(context);
        }
    }

    private void PulseIfPending(DbContext? context)
    {
        if (context is not null && _pending.Remove(context))
        {
            signal.Pulse();
        }
    }
}
