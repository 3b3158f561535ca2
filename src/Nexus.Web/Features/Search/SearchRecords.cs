using Nexus.Web.Features.Hubs;

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

/// <summary>A statement of <see cref="SearchSql"/>: SQL with parameters <c>@p0</c>, <c>@p1</c>… and their values.</summary>
public sealed record SearchStatement(string Sql, IReadOnlyList<object> Parameters);

/// <summary>A window query's span of ids: below <see cref="Below"/>, from <see cref="From"/>, in any of the fine <see cref="Blocks"/> (all when null).</summary>
public sealed record WindowBounds(long Below, long From, IReadOnlyList<string>? Blocks);

/// <summary>
/// What a query's filters and caller ask of every match: <see cref="SearchTags"/> groups, <see cref="HubAccessPolicy"/>'s
/// caller, and the lower-cased cohort when the cohort filter has no tag (a name that is not ASCII).
/// </summary>
public sealed record SearchFilter(IReadOnlyList<IReadOnlyList<string>> Tags, HubCaller Caller, string? OwnerCohort);
