namespace Nexus.Web.Features.Revisions;

/// <summary>A snapshot of a hub's content (its API JSON) taken at every save.</summary>
public sealed class HubRevision
{
    public long Id { get; set; }
    public long HubId { get; set; }
    public int Number { get; set; }
    public string Snapshot { get; set; } = "";
    public Guid AuthorId { get; set; }
    public string Message { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
}
