namespace Nexus.Web.Features.Imports;

/// <summary>
/// An archive import and its progress, processed by an <see cref="ArchiveImportJob"/> on any node. The archive itself
/// is stored here so that a node that dies mid-way leaves the import to another (the job's lease runs out).
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
}

public enum ImportJobStatus
{
    Queued,
    Running,
    Succeeded,
    Failed,
}
