using System.Text.Json;
using Nexus.Web.Infrastructure.Database;
using Nexus.Web.Infrastructure.Events;
using Nexus.Web.Infrastructure.Messaging;

namespace Nexus.Web.Infrastructure.Jobs;

public static class JobsServiceCollectionExtensions
{
    /// <summary>
    /// The outbox, job workers and domain events (see README "Jobs and events"): on RabbitMQ when <c>RabbitMQ:Uri</c>
    /// is set, else on the embedded transport (the database).
    /// </summary>
    public static WebApplicationBuilder AddNexusJobs(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Configure<JobOptions>(builder.Configuration.GetSection(JobOptions.Section));
        services.AddSingleton<JobRegistry>().AddSingleton<JobOutbox>().AddScoped<IJobQueue, JobQueue>()
            .AddSingleton<OutboxSignal>().AddSingleton<OutboxInterceptor>().AddSingleton<JobRunner>().AddSingleton<JobMetrics>()
            .AddSingleton<NodeIdentity>().AddSingleton<DomainEventRegistry>().AddSingleton<DomainEventOutbox>()
            .AddScoped<IDomainEvents, DomainEvents>().AddSingleton<DomainEventDelivery>();
        services.ConfigureDbContext<NexusDbContext>((provider, options) => options.AddInterceptors(provider.GetRequiredService<OutboxInterceptor>()));
        services.AddMetrics();
        var rabbit = builder.Configuration.GetSection(RabbitMqOptions.Section);
        services.Configure<RabbitMqOptions>(rabbit);
        if (string.IsNullOrWhiteSpace(rabbit.Get<RabbitMqOptions>()?.Uri))
        {
            services.AddSingleton<IMessageTransport, EmbeddedTransport>();
            services.AddHostedService<PostgresEventListener>().AddHostedService<EmbeddedJobWorker>();
        }
        else
        {
            services.AddSingleton<RabbitMqConnection>().AddSingleton<IMessageTransport, RabbitMqTransport>();
            services.AddHostedService<RabbitMqConsumer>();
        }

        services.AddHostedService<OutboxDispatcher>().AddHostedService<JobMaintenance>();
        return builder;
    }

    /// <summary>
    /// Registers a kind of job under a stable <paramref name="name"/> (stored with each job: never rename one in use).
    /// A transactional handler's writes commit together with marking the job done (see <see cref="IJobHandler{TJob}"/>).
    /// </summary>
    public static IServiceCollection AddJob<TJob, THandler>(this IServiceCollection services, string name, int maxAttempts = 5, bool transactional = true)
        where THandler : class, IJobHandler<TJob>
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxAttempts, 1);
        services.AddScoped<THandler>();
        return services.AddSingleton(new JobRegistration(name, typeof(TJob), maxAttempts, transactional,
            (provider, payload, context, cancellationToken) => provider.GetRequiredService<THandler>()
                .HandleAsync(JsonSerializer.Deserialize<TJob>(payload, JobRegistration.PayloadJson)!, context, cancellationToken)));
    }

    /// <summary>
    /// Enqueues a job (registered with <see cref="AddJob{TJob, THandler}"/>) at every occurrence of
    /// <paramref name="schedule"/>; <paramref name="create"/> gets the occurrence. Exactly one job per occurrence,
    /// whatever the number of nodes; an occurrence missed while every node was down runs once when one starts.
    /// </summary>
    public static IServiceCollection AddRecurringJob<TJob>(this IServiceCollection services, string name, RecurringSchedule schedule, Func<DateTimeOffset, TJob> create)
        where TJob : notnull =>
        services.AddSingleton(new RecurringJobRegistration(name, schedule, (queue, occurrence, key) => queue.Enqueue(create(occurrence), occurrence, key)));
}
