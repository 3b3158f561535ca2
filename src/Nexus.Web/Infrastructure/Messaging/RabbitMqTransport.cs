using System.Text;
using Microsoft.Extensions.Options;
using Nexus.Web.Infrastructure.Database;
using Nexus.Web.Infrastructure.Events;
using Nexus.Web.Infrastructure.Jobs;
using RabbitMQ.Client;

namespace Nexus.Web.Infrastructure.Messaging;

/// <summary>
/// Publishes the outbox to RabbitMQ with publisher confirms: a job is a persistent message (its id) on the durable job
/// queue, whose rejected messages go to a dead-letter exchange; an event goes to a fan-out exchange that every node's
/// own queue is bound to. A publish returns only once the broker confirmed it, so rows are marked only then.
/// </summary>
public sealed class RabbitMqTransport(RabbitMqConnection rabbit, IOptions<RabbitMqOptions> options) : IMessageTransport, IAsyncDisposable
{
    public const string JobRoutingKey = "job";

    private readonly SemaphoreSlim _gate = new(1, 1);
    private IChannel? _channel;

    public bool PublishesJobs => true;

    public Task PublishJobsAsync(IReadOnlyList<BackgroundJob> jobs, CancellationToken cancellationToken) =>
        PublishAsync(jobs.Select(j => (options.Value.JobsExchange, JobRoutingKey, true,
            new BasicProperties { Persistent = true, MessageId = j.Id.ToString(), Type = j.Type, ContentType = "text/plain" },
            Encoding.UTF8.GetBytes(j.Id.ToString()))), cancellationToken);

    public Task PublishEventsAsync(NexusDbContext db, IReadOnlyList<OutboxEvent> events, CancellationToken cancellationToken) =>
        PublishAsync(events.Select(e => (options.Value.EventsExchange, "", false,
            new BasicProperties { MessageId = e.Id.ToString(), Type = e.Type, ContentType = "application/json" },
            Encoding.UTF8.GetBytes(e.ToEnvelopeJson()))), cancellationToken);

    private async Task PublishAsync(
        IEnumerable<(string Exchange, string RoutingKey, bool Mandatory, BasicProperties Properties, byte[] Body)> messages, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var channel = await ChannelAsync(cancellationToken);
            try
            {
                // Published together, confirmed together: one round trip per batch rather than per message.
                await Task.WhenAll(messages.Select(m =>
                    channel.BasicPublishAsync(m.Exchange, m.RoutingKey, m.Mandatory, m.Properties, m.Body, cancellationToken).AsTask()));
            }
            catch (Exception) when (channel.IsClosed)
            {
                await channel.DisposeAsync();
                _channel = null;
                throw;
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<IChannel> ChannelAsync(CancellationToken cancellationToken)
    {
        if (_channel is { IsOpen: true } open)
        {
            return open;
        }

        var connection = await rabbit.GetAsync(cancellationToken);
        var channel = await connection.CreateChannelAsync(
            new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true), cancellationToken);
        await RabbitMqTopology.DeclareAsync(channel, options.Value, cancellationToken);
        _channel = channel;
        return channel;
    }

    public async ValueTask DisposeAsync()
    {
        if (_channel is not null)
        {
            await _channel.DisposeAsync();
        }

        _gate.Dispose();
    }
}

/// <summary>The broker objects Nexus uses; declaring them is idempotent, so every channel declares them first.</summary>
public static class RabbitMqTopology
{
    public static async Task DeclareAsync(IChannel channel, RabbitMqOptions options, CancellationToken cancellationToken)
    {
        await channel.ExchangeDeclareAsync(options.DeadLetterExchange, ExchangeType.Fanout, durable: true, autoDelete: false, cancellationToken: cancellationToken);
        await channel.QueueDeclareAsync(options.DeadLetterQueue, durable: true, exclusive: false, autoDelete: false, cancellationToken: cancellationToken);
        await channel.QueueBindAsync(options.DeadLetterQueue, options.DeadLetterExchange, "", cancellationToken: cancellationToken);
        await channel.ExchangeDeclareAsync(options.JobsExchange, ExchangeType.Direct, durable: true, autoDelete: false, cancellationToken: cancellationToken);
        await channel.QueueDeclareAsync(options.JobsQueue, durable: true, exclusive: false, autoDelete: false,
            arguments: new Dictionary<string, object?> { ["x-dead-letter-exchange"] = options.DeadLetterExchange }, cancellationToken: cancellationToken);
        await channel.QueueBindAsync(options.JobsQueue, options.JobsExchange, RabbitMqTransport.JobRoutingKey, cancellationToken: cancellationToken);
        await channel.ExchangeDeclareAsync(options.EventsExchange, ExchangeType.Fanout, durable: true, autoDelete: false, cancellationToken: cancellationToken);
    }
}
