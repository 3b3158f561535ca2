using Nexus.Web.Features.Hubs;

namespace Nexus.Web.Features.Demo;

internal sealed record CatalogueFile(IReadOnlyList<DemoCatalogueEntry> Technologies, IReadOnlyList<DemoCatalogueEntry> Concepts);

internal sealed record DemoCatalogueEntry(string Slug, string Name, IReadOnlyList<string> Aliases, string Category);

internal sealed record DemoHub(DemoLearner Learner, DemoHubContent Hub);

internal sealed record DemoLearner(
    string Email, string Handle, string DisplayName, string Track, string Cohort, string? Github, string? Discord, string Role);

internal sealed record DemoChallenge(string Title, string Problem, string Solution, string Result, IReadOnlyList<string> Technologies, bool Verified);

internal sealed record DemoHubContent(
    string Slug,
    string Title,
    string Summary,
    string Visibility,
    IReadOnlyList<SectionWrite> Sections,
    IReadOnlyList<TopicWrite> Technologies,
    IReadOnlyList<TopicWrite> Concepts,
    IReadOnlyList<DemoChallenge> Challenges,
    IReadOnlyList<TakeawayDto> Takeaways,
    IReadOnlyList<SnippetDto> Snippets,
    IReadOnlyList<ResourceDto> Resources,
    IReadOnlyList<ProjectDto> Projects)
{
    public HubWriteRequest ToWriteRequest() => new(
        Slug, Title, Summary, Visibility, Sections, Technologies, Concepts,
        [.. Challenges.Select(c => new ChallengeWrite(null, c.Title, c.Problem, c.Solution, c.Result, c.Technologies))],
        Takeaways, Snippets, Resources, Projects, "Imported with the demo cohort");
}
