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

/// <summary>A readable match in the candidate window: what ranking needs, and its tags for the facets.</summary>
public sealed record SearchCandidate(long Id, long HubId, string Kind, long SourceId, long UpdatedAt, string TitleTerms, string Tags, bool Verified);

/// <summary>The display fields of a document on the result page, with its hub's.</summary>
public sealed record SearchDocumentRow(long Id, string SectionTitle, string Title, string Body, string HubSlug, string HubTitle, string OwnerHandle);
