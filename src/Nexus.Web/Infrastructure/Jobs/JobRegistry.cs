using System.Text.Json;

namespace Nexus.Web.Infrastructure.Jobs;

/// <summary>One registered kind of job: its stored name, attempts allowed, whether it runs in a transaction, and how to run it.</summary>
public sealed record JobRegistration(
    string Name, Type? JobType, int MaxAttempts, bool Transactional,
    Func<IServiceProvider, string, JobContext, CancellationToken, Task> Invoke)
{
    public static readonly JsonSerializerOptions PayloadJson = new(JsonSerializerDefaults.Web);
}

/// <summary>The registered kinds of job, by stored name and by job type.</summary>
public sealed class JobRegistry
{
    private readonly Dictionary<string, JobRegistration> _byName;
    private readonly Dictionary<Type, JobRegistration> _byType;

    public JobRegistry(IEnumerable<JobRegistration> registrations)
    {
        var all = registrations.ToList();
        var duplicate = all.GroupBy(r => r.Name).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"The job name '{duplicate.Key}' is registered twice.");
        }

        _byName = all.ToDictionary(r => r.Name);
        _byType = all.Where(r => r.JobType is not null).ToDictionary(r => r.JobType!);
    }

    public IReadOnlyCollection<JobRegistration> All => _byName.Values;

    public JobRegistration? Find(string name) => _byName.GetValueOrDefault(name);

    public JobRegistration For(Type jobType) => _byType.GetValueOrDefault(jobType)
        ?? throw new InvalidOperationException($"No job handler is registered for {jobType.Name}; call services.AddJob<{jobType.Name}, THandler>(name).");
}
