namespace Nexus.Web.Infrastructure.Messaging;

/// <summary>The <c>RabbitMQ</c> configuration section; jobs and events use RabbitMQ when <see cref="Uri"/> is set.</summary>
public sealed class RabbitMqOptions
{
    public const string Section = "RabbitMQ";

    /// <summary>e.g. <c>amqp://guest:guest@127.0.0.1:5672/</c>; empty keeps the embedded transport.</summary>
    public string? Uri { get; set; }

    /// <summary>Prefix of the exchanges and queues, so several deployments can share one broker.</summary>
    public string Prefix { get; set; } = "nexus";

    public string JobsExchange => $"{Prefix}.jobs";
    public string JobsQueue => $"{Prefix}.jobs";
    public string DeadLetterExchange => $"{Prefix}.jobs.dead";
    public string DeadLetterQueue => $"{Prefix}.jobs.dead";
    public string EventsExchange => $"{Prefix}.events";
}
