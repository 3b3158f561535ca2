using Nexus.Web.Features.Hubs;
using Nexus.Web.Features.Search;

namespace Nexus.Web.Features.ReferenceGuide;

/// <summary>A catalogue entry (the fields GET /technologies/{slug} always had) with everything the cohort wrote about it.</summary>
public sealed record TopicGuideResponse(
    string Slug,
    string Name,
    string Category,
    IReadOnlyList<string> Aliases,
    TopicCounts Counts,
    PagedResponse<TopicLearner> Learners,
    PagedResponse<TopicChallenge> Challenges,
    PagedResponse<SearchHitResponse> Takeaways,
    IReadOnlyList<RelatedTopic> Related);

public sealed record TopicCounts(int Learners, int Challenges, int VerifiedChallenges, int Takeaways);

public sealed record TopicLearner(string Handle, string DisplayName, string Track, string Cohort, string Hub, string HubTitle, string Note);

public sealed record TopicChallenge(
    long Id,
    string Title,
    string Problem,
    string Solution,
    string Result,
    string Hub,
    string Author,
    string AuthorName,
    string? VerifiedBy);

public sealed record RelatedTopic(string Slug, string Name, int Hubs);
