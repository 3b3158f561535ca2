namespace Nexus.Web.Features.Search;

public sealed record SearchResponse(
    string Query,
    IReadOnlyList<SearchHitResponse> Items,
    int Page,
    int PageSize,
    int Total,
    SearchFacets Facets,
    bool TypoTolerant,
    bool TotalIsLowerBound);

public sealed record SearchHitResponse(
    string Type,
    long Id,
    string Title,
    string Snippet,
    SearchHubRef Hub,
    string Section,
    bool Verified,
    DateTimeOffset UpdatedAt);

public sealed record SearchHubRef(string Slug, string Title, string Owner);

public sealed record FacetCount(string Value, int Count);

public sealed record SearchFacets(
    IReadOnlyList<FacetCount> Type,
    IReadOnlyList<FacetCount> Technology,
    IReadOnlyList<FacetCount> Track,
    IReadOnlyList<FacetCount> Cohort);

public sealed record SearchRebuildResponse(int Hubs, int Documents);

/// <summary>A matched document as the candidate query returns it (column aliases match these names).</summary>
public sealed class SearchMatch
{
    public long Id { get; set; }
    public long HubId { get; set; }
    public string Kind { get; set; } = "";
    public long SourceId { get; set; }
    public string TitleTerms { get; set; } = "";
    public string Tags { get; set; } = "";
    public long UpdatedAt { get; set; }
    public string HubVisibility { get; set; } = "";
    public Guid OwnerId { get; set; }
    public string OwnerCohort { get; set; } = "";
    public bool Verified { get; set; }
}

/// <summary>A row read from search documents by id.</summary>
public interface IHasDocumentId
{
    long Id { get; }
}

/// <summary>A document's body words, for the ranking's adjacency bonus.</summary>
public sealed class SearchDocumentBody : IHasDocumentId
{
    public long Id { get; set; }
    public string BodyTerms { get; set; } = "";
}

/// <summary>A readable match in the candidate window: what ranking needs, and its tags for the facets.</summary>
public sealed record SearchCandidate(long Id, long HubId, string Kind, long SourceId, long UpdatedAt, string TitleTerms, string Tags, bool Verified);

/// <summary>The display fields of a document on the result page, with its hub's.</summary>
public sealed class SearchDocumentRow : IHasDocumentId
{
    public long Id { get; set; }
    public string SectionTitle { get; set; } = "";
    public string Title { get; set; } = "";
    public string Body { get; set; } = "";
    public string HubSlug { get; set; } = "";
    public string HubTitle { get; set; } = "";
    public string OwnerHandle { get; set; } = "";
}
