using Nexus.Web.Features.Accounts;

namespace Nexus.Web.Features.Hubs;

/// <summary>A learner's hub. <see cref="Version"/> changes on every write and backs the ETag.</summary>
public sealed class Hub
{
    public long Id { get; set; }
    public string Slug { get; set; } = "";
    public Guid OwnerId { get; set; }
    public Learner Owner { get; set; } = null!;
    public string Title { get; set; } = "";
    public string Summary { get; set; } = "";
    public HubVisibility Visibility { get; set; }
    public int Revision { get; set; }
    public int Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>The author block of the README (often, but not always, the owner): name, program, links.</summary>
    public string? AuthorName { get; set; }
    public string? AuthorProgram { get; set; }
    public string? AuthorGithub { get; set; }
    public string? AuthorProfileUrl { get; set; }
    public string? AuthorEmail { get; set; }

    public List<HubSection> Sections { get; set; } = [];
    public List<HubTopic> Topics { get; set; } = [];
    public List<Challenge> Challenges { get; set; } = [];
    public List<Takeaway> Takeaways { get; set; } = [];
    public List<Snippet> Snippets { get; set; } = [];
    public List<Resource> Resources { get; set; } = [];
    public List<Project> Projects { get; set; } = [];
}

public enum HubVisibility
{
    Public,
    Cohort,
    Private,
}
