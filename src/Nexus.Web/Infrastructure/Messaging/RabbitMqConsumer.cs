using System.Text;
using Microsoft.Extensions.Options;
using Nexus.Web.Infrastructure.Events;
using Nexus.Web.Infrastructure.Jobs;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace Nexus.Web.Infrastructure.Messaging;

/// <summary>
/// This node's RabbitMQ consumers. Jobs: competing consumers on the shared durable queue, manual acknowledgements,
/// prefetch = <see cref="JobOptions.Workers"/>; a job that died is rejected into the dead-letter exchange. Events: an
/// exclusive, auto-delete queue of this node's own bound to the fan-out exchange. The event queue is bound before
/// the host serves requests when the broker is up, so nothing is cached unseen. On shutdown the job consumer is
/// cancelled first; running jobs get <see cref="JobOptions.ShutdownGrace"/> to finish, then go back to the queue.
/// </summary>
internal sealed class RabbitMqConsumer(
    RabbitMqConnection rabbit, JobRunner runner, DomainEventDelivery delivery, IOptions<RabbitMqOptions> rabbitOptions,
    IOptions<JobOptions> jobOptions, IHostApplicationLifetime lifetime, ILogger<RabbitMqConsumer> logger) : BackgroundService
{
    private readonly CancellationTokenSource _abort = new();
    private IChannel? _jobs;
    private IChannel? _events;
    private string? _jobConsumerTag;
    private int _inFlight;

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var quick = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            quick.CancelAfter(TimeSpan.FromSeconds(5));
            await SubscribeAsync(await rabbit.GetAsync(quick.Token), quick.Token);
        }
        catch (Exception error) when (error is RabbitMQ.Client.Exceptions.BrokerUnreachableException or OperationCanceledException)
        {
            logger.LogWarning("RabbitMQ is not reachable at start-up; this node consumes once it is");
        }

        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        lifetime.ApplicationStopping.Register(() => _abort.CancelAfter(jobOptions.Value.ShutdownGrace));
        if (_jobs is null)
        {
            await SubscribeAsync(await rabbit.WaitForBrokerAsync(stoppingToken), stoppingToken);
            delivery.EventsMayHaveBeenMissed();
        }

        await Task.Delay(Timeout.Infinite, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_jobs is { IsOpen: true } && _jobConsumerTag is not null)
        {
            await _jobs.BasicCancelAsync(_jobConsumerTag, cancellationToken: cancellationToken);
        }

        while (Volatile.Read(ref _inFlight) > 0 && !cancellationToken.IsCancellationRequested)
        {
            await Task.Delay(20, CancellationToken.None);
        }

        await base.StopAsync(cancellationToken);
    }

    private async Task SubscribeAsync(IConnection connection, CancellationToken cancellationToken)
    {
        var options = rabbitOptions.Value;
        var workers = (ushort)Math.Clamp(jobOptions.Value.Workers, 1, ushort.MaxValue);
        _jobs = await connection.CreateChannelAsync(new CreateChannelOptions(false, false, consumerDispatchConcurrency: workers), cancellationToken);
        await RabbitMqTopology.DeclareAsync(_jobs, options, cancellationToken);
        await _jobs.BasicQosAsync(0, workers, global: false, cancellationToken);
        var jobConsumer = new AsyncEventingBasicConsumer(_jobs);
        jobConsumer.ReceivedAsync += OnJobAsync;
        _jobConsumerTag = await _jobs.BasicConsumeAsync(options.JobsQueue, autoAck: false, jobConsumer, cancellationToken);

        _events = await connection.CreateChannelAsync(new CreateChannelOptions(false, false, consumerDispatchConcurrency: 1), cancellationToken);
        var queue = await _events.QueueDeclareAsync("", durable: false, exclusive: true, autoDelete: true, cancellationToken: cancellationToken);
        await _events.QueueBindAsync(queue.QueueName, options.EventsExchange, "", cancellationToken: cancellationToken);
        await _events.BasicQosAsync(0, 100, global: false, cancellationToken);
        var eventConsumer = new AsyncEventingBasicConsumer(_events);
        eventConsumer.ReceivedAsync += OnEventAsync;
        await _events.BasicConsumeAsync(queue.QueueName, autoAck: false, eventConsumer, cancellationToken);
    }

    private async Task OnJobAsync(object sender, BasicDeliverEventArgs delivered)
    {
        var channel = ((AsyncEventingBasicConsumer)sender).Channel;
        Interlocked.Increment(ref _inFlight);
        try
        {
            if (!Guid.TryParse(Encoding.UTF8.GetString(delivered.Body.Span), out var jobId))
            {
                await channel.BasicNackAsync(delivered.DeliveryTag, multiple: false, requeue: false);
                return;
            }

            var outcome = await runner.RunAsync(jobId, _abort.Token);
            // A dead job's message goes to the dead-letter exchange; anything else is settled by the job's row.
            if (outcome == JobOutcome.Dead)
            {
                await channel.BasicNackAsync(delivered.DeliveryTag, multiple: false, requeue: false);
            }
            else
            {
                await channel.BasicAckAsync(delivered.DeliveryTag, multiple: false);
            }
        }
        catch (Exception error) when (error is RabbitMQ.Client.Exceptions.AlreadyClosedException or Microsoft.EntityFrameworkCore.DbUpdateException
            or System.Data.Common.DbException or InvalidOperationException)
        {
            // Unacknowledged, the message is delivered again (now, or once the channel recovers).
            logger.LogWarning(error, "Could not settle a job message; it will be delivered again");
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    private async Task OnEventAsync(object sender, BasicDeliverEventArgs delivered)
    {
        var channel = ((AsyncEventingBasicConsumer)sender).Channel;
        await delivery.DeliverAsync(Encoding.UTF8.GetString(delivered.Body.Span), CancellationToken.None);
        try
        {
            await channel.BasicAckAsync(delivered.DeliveryTag, multiple: false);
        }
        catch (RabbitMQ.Client.Exceptions.AlreadyClosedException)
        {
            // The queue went with the connection; a recovered node is told it may have missed events.
        }
    }

    public override void Dispose()
    {
        _jobs?.Dispose();
        _events?.Dispose();
        _abort.Dispose();
        base.Dispose();
    }
}
