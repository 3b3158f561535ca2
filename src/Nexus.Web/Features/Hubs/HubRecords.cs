namespace Nexus.Web.Features.Hubs;

/// <summary>The hub as the API shows it; also the snapshot format of revisions.</summary>
public sealed record HubResponse(
    string Slug,
    string Title,
    string Summary,
    string Visibility,
    OwnerResponse Owner,
    IReadOnlyList<SectionResponse> Sections,
    IReadOnlyList<TopicResponse> Technologies,
    IReadOnlyList<TopicResponse> Concepts,
    IReadOnlyList<ChallengeResponse> Challenges,
    IReadOnlyList<TakeawayDto> Takeaways,
    IReadOnlyList<SnippetDto> Snippets,
    IReadOnlyList<ResourceDto> Resources,
    IReadOnlyList<ProjectDto> Projects,
    AuthorDto? Author,
    int Revision,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);

/// <summary>The README's author block; any part may be empty.</summary>
public sealed record AuthorDto(string? Name, string? Program, string? Github, string? ProfileUrl, string? Email);

public sealed record OwnerResponse(string Handle, string DisplayName, string Track, string Cohort, string? Github);

public sealed record SectionResponse(string Kind, string Title, string Markdown, int Position);

public sealed record TopicResponse(string Slug, string Name, string Note);

public sealed record ChallengeResponse(
    long Id,
    string Title,
    string Problem,
    string Solution,
    string Result,
    IReadOnlyList<string> Technologies,
    VerificationResponse? VerifiedBy);

public sealed record VerificationResponse(string Handle, string DisplayName, DateTimeOffset At);

public sealed record TakeawayDto(string Text);

public sealed record SnippetDto(string Title, string Language, string Code, string Description);

public sealed record ResourceDto(string Title, string Url);

public sealed record ProjectDto(string Name, string Description, string RepositoryUrl, string Role);

/// <summary>Create (POST, where <see cref="Slug"/> is optional) or replace (PUT) a hub's whole content.</summary>
public sealed record HubWriteRequest(
    string? Slug,
    string? Title,
    string? Summary,
    string? Visibility,
    IReadOnlyList<SectionWrite>? Sections,
    IReadOnlyList<TopicWrite>? Technologies,
    IReadOnlyList<TopicWrite>? Concepts,
    IReadOnlyList<ChallengeWrite>? Challenges,
    IReadOnlyList<TakeawayDto>? Takeaways,
    IReadOnlyList<SnippetDto>? Snippets,
    IReadOnlyList<ResourceDto>? Resources,
    IReadOnlyList<ProjectDto>? Projects,
    string? Message = null,
    AuthorDto? Author = null);

public sealed record SectionWrite(string? Kind, string? Title, string? Markdown);

public sealed record TopicWrite(string? Slug, string? Note);

/// <summary>A challenge; send back <see cref="Id"/> to keep its identity (and its verification while its text is unchanged).</summary>
public sealed record ChallengeWrite(
    long? Id,
    string? Title,
    string? Problem,
    string? Solution,
    string? Result,
    IReadOnlyList<string>? Technologies);

public sealed record HubSummaryResponse(
    string Slug,
    string Title,
    string Summary,
    string Visibility,
    OwnerResponse Owner,
    int Revision,
    DateTimeOffset UpdatedAt);

public sealed record PagedResponse<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total);
