using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Nexus.Web.Tests.Infrastructure;
using RabbitMQ.Client;

namespace Nexus.Web.Tests.Jobs;

/// <summary>
/// A Nexus node on the RabbitMQ transport. Nodes of one deployment share a database and a queue prefix; each
/// deployment has its own prefix, so test classes running side by side never take each other's jobs.
/// </summary>
public sealed class RabbitMqJobsFactory : JobsFactory
{
    private readonly TimeSpan _shutdownTimeout;
    private readonly bool _ownsDeployment;

    public RabbitMqJobsFactory()
        : this(new TestDatabase(), ownsDatabase: true, $"nexus-test-{Guid.NewGuid():N}", TimeSpan.FromSeconds(10))
    {
    }

    private RabbitMqJobsFactory(TestDatabase database, bool ownsDatabase, string prefix, TimeSpan shutdownTimeout)
        : base(database, ownsDatabase)
    {
        Database = database;
        Prefix = prefix;
        _ownsDeployment = ownsDatabase;
        _shutdownTimeout = shutdownTimeout;
    }

    public TestDatabase Database { get; }

    public string Prefix { get; }

    /// <summary>Another node of this deployment; <paramref name="shutdownTimeout"/> bounds how long stopping it may take.</summary>
    public RabbitMqJobsFactory Node(TimeSpan? shutdownTimeout = null) => new(Database, ownsDatabase: false, Prefix, shutdownTimeout ?? _shutdownTimeout);

    protected override IDictionary<string, string?> Settings
    {
        get
        {
            var settings = base.Settings;
            settings["RabbitMQ:Uri"] = RabbitMqFactAttribute.Uri;
            settings["RabbitMQ:Prefix"] = Prefix;
            return settings;
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.Configure<HostOptions>(host => host.ShutdownTimeout = _shutdownTimeout));
    }

    /// <summary>Messages waiting in one of this deployment's queues (<c>jobs</c> or <c>jobs.dead</c>).</summary>
    public async Task<uint> MessagesInAsync(string queue)
    {
        await using var connection = await new ConnectionFactory { Uri = new Uri(RabbitMqFactAttribute.Uri!) }.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        return (await channel.QueueDeclarePassiveAsync($"{Prefix}.{queue}")).MessageCount;
    }

    /// <summary>Publishes a raw job message, as a broker redelivering it would.</summary>
    public async Task PublishJobMessageAsync(Guid jobId)
    {
        await using var connection = await new ConnectionFactory { Uri = new Uri(RabbitMqFactAttribute.Uri!) }.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync(new CreateChannelOptions(true, true));
        await channel.BasicPublishAsync($"{Prefix}.jobs", "job", true, new BasicProperties { Persistent = true }, System.Text.Encoding.UTF8.GetBytes(jobId.ToString()));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && _ownsDeployment)
        {
            DeleteQueuesAsync().GetAwaiter().GetResult();
        }
    }

    private async Task DeleteQueuesAsync()
    {
        await using var connection = await new ConnectionFactory { Uri = new Uri(RabbitMqFactAttribute.Uri!) }.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        foreach (var name in new[] { "jobs", "jobs.dead" })
        {
            await channel.QueueDeleteAsync($"{Prefix}.{name}");
        }

        foreach (var name in new[] { "jobs", "jobs.dead", "events" })
        {
            await channel.ExchangeDeleteAsync($"{Prefix}.{name}");
        }
    }
}
