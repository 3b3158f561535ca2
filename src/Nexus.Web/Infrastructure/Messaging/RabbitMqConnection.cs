using Microsoft.Extensions.Options;
using Nexus.Web.Infrastructure.Events;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace Nexus.Web.Infrastructure.Messaging;

/// <summary>
/// This node's one connection to RabbitMQ. The client's automatic recovery reconnects it (channels, consumers and
/// topology included) after a broker restart; the first connection is retried here until the broker answers, so a
/// node starts — and its writes succeed — while the broker is down. After a recovery the node may have missed events.
/// </summary>
public sealed class RabbitMqConnection(IOptions<RabbitMqOptions> options, DomainEventDelivery delivery, ILogger<RabbitMqConnection> logger)
    : IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private IConnection? _connection;

    public async Task<IConnection> GetAsync(CancellationToken cancellationToken)
    {
        if (_connection is { } existing)
        {
            return existing;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_connection is null)
            {
                var factory = new ConnectionFactory
                {
                    Uri = new Uri(options.Value.Uri!),
                    AutomaticRecoveryEnabled = true,
                    TopologyRecoveryEnabled = true,
                    NetworkRecoveryInterval = TimeSpan.FromSeconds(1),
                    RequestedHeartbeat = TimeSpan.FromSeconds(10),
                    ClientProvidedName = $"nexus-{Environment.MachineName}",
                };
                var connection = await factory.CreateConnectionAsync(cancellationToken);
                connection.RecoverySucceededAsync += OnRecoveredAsync;
                connection.ConnectionShutdownAsync += OnShutdownAsync;
                _connection = connection;
            }

            return _connection;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Waits (retrying with backoff) until the broker accepts a connection.</summary>
    public async Task<IConnection> WaitForBrokerAsync(CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await GetAsync(cancellationToken);
            }
            catch (RabbitMQ.Client.Exceptions.BrokerUnreachableException error)
            {
                logger.Log(attempt == 1 ? LogLevel.Warning : LogLevel.Debug, error, "RabbitMQ is unreachable; retrying");
                await Task.Delay(TimeSpan.FromMilliseconds(Math.Min(200 * attempt, 3000)), cancellationToken);
            }
        }
    }

    private Task OnRecoveredAsync(object sender, AsyncEventArgs args)
    {
        logger.LogInformation("RabbitMQ connection recovered");
        delivery.EventsMayHaveBeenMissed();
        return Task.CompletedTask;
    }

    private Task OnShutdownAsync(object sender, ShutdownEventArgs args)
    {
        if (args.Initiator != ShutdownInitiator.Application)
        {
            logger.LogWarning("RabbitMQ connection lost ({Reason}); recovering", args.ReplyText);
        }

        return Task.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null)
        {
            await _connection.CloseAsync();
            await _connection.DisposeAsync();
        }

        _gate.Dispose();
    }
}
