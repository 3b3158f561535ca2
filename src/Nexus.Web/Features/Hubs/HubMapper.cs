using Nexus.Documents;
using Nexus.Web.Features.Accounts;
using TopicKind = Nexus.Web.Features.Catalogue.TopicKind;

namespace Nexus.Web.Features.Hubs;

/// <summary>Turns a fully loaded hub entity into its API shape.</summary>
public static class HubMapper
{
    public static HubResponse ToResponse(Hub hub) => new(
        hub.Slug,
        hub.Title,
        hub.Summary,
        hub.Visibility.ToWire(),
        ToOwner(hub.Owner),
        [.. hub.Sections.OrderBy(s => s.Position).Select(s => new SectionResponse(s.Kind.ToWire(), s.Title, s.Markdown, s.Position))],
        Topics(hub, TopicKind.Technology),
        Topics(hub, TopicKind.Concept),
        [.. hub.Challenges.OrderBy(c => c.Position).Select(ToChallenge)],
        [.. hub.Takeaways.OrderBy(t => t.Position).Select(t => new TakeawayDto(t.Text))],
        [.. hub.Snippets.OrderBy(s => s.Position).Select(s => new SnippetDto(s.Title, s.Language, s.Code, s.Description))],
        [.. hub.Resources.OrderBy(r => r.Position).Select(r => new ResourceDto(r.Title, r.Url))],
        [.. hub.Projects.OrderBy(p => p.Position).Select(p => new ProjectDto(p.Name, p.Description, p.RepositoryUrl, p.Role))],
        ToAuthor(hub),
        hub.Revision,
        hub.CreatedAt,
        hub.UpdatedAt);

    public static OwnerResponse ToOwner(Learner owner) =>
        new(owner.Handle, owner.DisplayName, owner.Track.ToWire(), owner.Cohort, owner.GitHub);

    public static AuthorDto? ToAuthor(Hub hub) =>
        new[] { hub.AuthorName, hub.AuthorProgram, hub.AuthorGithub, hub.AuthorProfileUrl, hub.AuthorEmail }.All(string.IsNullOrEmpty)
            ? null
            : new AuthorDto(hub.AuthorName, hub.AuthorProgram, hub.AuthorGithub, hub.AuthorProfileUrl, hub.AuthorEmail);

    private static TopicResponse[] Topics(Hub hub, TopicKind kind) =>
        [.. hub.Topics.Where(t => t.Entry.Kind == kind).OrderBy(t => t.Position).Select(t => new TopicResponse(t.Entry.Slug, t.Entry.Name, t.Note))];

    public static ChallengeResponse ToChallenge(Challenge challenge) => new(
        challenge.Id,
        challenge.Title,
        challenge.Problem,
        challenge.Solution,
        challenge.Result,
        [.. challenge.Technologies.Select(t => t.Entry.Slug).Order(StringComparer.Ordinal)],
        challenge is { VerifiedBy: { } mentor, VerifiedAt: { } at } ? new VerificationResponse(mentor.Handle, mentor.DisplayName, at) : null);
}
