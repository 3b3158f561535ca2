namespace Nexus.Web.Features.Imports;

/// <summary>
/// An archive import, processed in the background by any node. The archive itself is stored with the job so
/// that a node that dies mid-way leaves the job to another (its lease runs out and it is claimed again).
/// </summary>
public sealed class ImportJob
{
    public Guid Id { get; set; }
    public Guid OwnerId { get; set; }
    public ImportJobStatus Status { get; set; }
    public string FileName { get; set; } = "";
    public string Visibility { get; set; } = "public";
    public byte[] Payload { get; set; } = [];
    public int Total { get; set; }
    public int Processed { get; set; }
    public string HubsJson { get; set; } = "[]";
    public string ErrorsJson { get; set; } = "[]";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? LeaseUntil { get; set; }
}

public enum ImportJobStatus
{
    Queued,
    Running,
    Succeeded,
    Failed,
}
