using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Nexus.Web.Infrastructure.Events;

/// <summary>A raised domain event waiting in the outbox until the dispatcher hands it to the transport (then it is deleted).</summary>
public sealed class OutboxEvent
{
    public Guid Id { get; set; }
    public string Type { get; set; } = "";
    public string Payload { get; set; } = "{}";
    public string OriginNode { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }

    public string ToEnvelopeJson() => JsonSerializer.Serialize(
        new DomainEventEnvelope(Id, Type, OriginNode, CreatedAt, JsonDocument.Parse(Payload).RootElement), DomainEventEnvelope.Json);
}

/// <summary>What travels to the nodes (and into event handler jobs): the event and where and when it was raised.</summary>
public sealed record DomainEventEnvelope(Guid Id, string Type, string Origin, DateTimeOffset RaisedAt, JsonElement Payload)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
}

internal sealed class OutboxEventConfiguration : IEntityTypeConfiguration<OutboxEvent>
{
    public void Configure(EntityTypeBuilder<OutboxEvent> builder)
    {
        builder.ToTable("outbox_events");
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Type).HasMaxLength(100);
        builder.Property(e => e.OriginNode).HasMaxLength(32);
    }
}
