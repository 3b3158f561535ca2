using SectionKind = Nexus.Documents.SectionKind;
using Nexus.Web.Features.Accounts;
using Nexus.Web.Features.Catalogue;

namespace Nexus.Web.Features.Hubs;

public sealed class HubSection
{
    public long Id { get; set; }
    public long HubId { get; set; }
    public SectionKind Kind { get; set; }
    public string Title { get; set; } = "";
    public string Markdown { get; set; } = "";
    public int Position { get; set; }
}

/// <summary>A technology or concept a hub lists, with the learner's own note.</summary>
public sealed class HubTopic
{
    public long Id { get; set; }
    public long HubId { get; set; }
    public long EntryId { get; set; }
    public CatalogueEntry Entry { get; set; } = null!;
    public string Note { get; set; } = "";
    public int Position { get; set; }
}

public sealed class Challenge
{
    public long Id { get; set; }
    public long HubId { get; set; }
    public string Title { get; set; } = "";
    public string Problem { get; set; } = "";
    public string Solution { get; set; } = "";
    public string Result { get; set; } = "";
    public int Position { get; set; }
    public Guid? VerifiedById { get; set; }
    public Learner? VerifiedBy { get; set; }
    public DateTimeOffset? VerifiedAt { get; set; }
    public List<ChallengeTechnology> Technologies { get; set; } = [];
}

public sealed class ChallengeTechnology
{
    public long ChallengeId { get; set; }
    public long EntryId { get; set; }
    public CatalogueEntry Entry { get; set; } = null!;
}

public sealed class Takeaway
{
    public long Id { get; set; }
    public long HubId { get; set; }
    public string Text { get; set; } = "";
    public int Position { get; set; }
}

public sealed class Snippet
{
    public long Id { get; set; }
    public long HubId { get; set; }
    public string Title { get; set; } = "";
    public string Language { get; set; } = "";
    public string Code { get; set; } = "";
    public string Description { get; set; } = "";
    public int Position { get; set; }
}

public sealed class Resource
{
    public long Id { get; set; }
    public long HubId { get; set; }
    public string Title { get; set; } = "";
    public string Url { get; set; } = "";
    public int Position { get; set; }
}

public sealed class Project
{
    public long Id { get; set; }
    public long HubId { get; set; }
    public string Name { get; set; } = "";
    public string Description { get; set; } = "";
    public string RepositoryUrl { get; set; } = "";
    public string Role { get; set; } = "";
    public int Position { get; set; }
}
