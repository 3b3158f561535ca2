using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Nexus.Web.Features.Hubs;
using Nexus.Web.Features.Search;
using Nexus.Web.Infrastructure.Api;
using Nexus.Web.Infrastructure.Database;

namespace Nexus.Web.Features.ReferenceGuide;

public sealed record ChallengeClusterResponse(string Title, int Size, int Verified, IReadOnlyList<string> Technologies, IReadOnlyList<TopicChallenge> Solutions);

/// <summary>
/// The challenge catalogue for the REST API and the /challenges page: readable challenges across hubs, grouped into
/// clusters of the same problem (<see cref="ChallengeClustering"/>), biggest first; each cluster lists its solutions,
/// verified first, with their authors. Anonymous callers see public hubs only.
/// </summary>
public sealed class ChallengeCatalogue(NexusDbContext db, SearchService search)
{
    /// <summary>How many of the newest matching challenges are clustered per request.</summary>
    public const int MaxChallenges = 2000;

    public async Task<Outcome<PagedResponse<ChallengeClusterResponse>>> ListAsync(
        ClaimsPrincipal user, string? technology, string? q, int page, int pageSize, CancellationToken cancellationToken)
    {
        var errors = Paging.Validate(page, pageSize).MaxLength("technology", technology, 64);
        var parsed = string.IsNullOrWhiteSpace(q) ? null : SearchQueryParser.Parse(q);
        if (parsed is { Query: null })
        {
            errors.Add("q", parsed.Error!);
        }

        if (errors.Any)
        {
            return new Outcome<PagedResponse<ChallengeClusterResponse>>.Invalid(errors);
        }

        var readable = db.Hubs.Where(HubAccessPolicy.ReadableBy(user));
        var challenges = db.Challenges.AsQueryable();
        if (!string.IsNullOrWhiteSpace(technology))
        {
            var slug = technology.Trim().ToLowerInvariant();
            challenges = challenges.Where(c => c.Technologies.Any(t => t.Entry.Slug == slug));
        }

        if (parsed?.Query is { } query)
        {
            var ids = await search.ChallengeIdsAsync(query, user, MaxChallenges, cancellationToken);
            challenges = challenges.Where(c => ids.Contains(c.Id));
        }

        var rows = await challenges.Join(readable, c => c.HubId, h => h.Id, (c, h) => new { Challenge = c, Hub = h })
            .OrderByDescending(x => x.Hub.UpdatedAt).ThenBy(x => x.Challenge.Id).Take(MaxChallenges)
            .Select(x => new
            {
                Solution = new TopicChallenge(x.Challenge.Id, x.Challenge.Title, x.Challenge.Problem, x.Challenge.Solution, x.Challenge.Result,
                    x.Hub.Slug, x.Hub.Owner.Handle, x.Hub.Owner.DisplayName, x.Challenge.VerifiedBy == null ? null : x.Challenge.VerifiedBy.Handle),
                Technologies = x.Challenge.Technologies.Select(t => t.Entry.Slug).ToList(),
            })
            .ToListAsync(cancellationToken);

        // Clustering runs in id order so that a cluster does not change shape when an unrelated hub is edited.
        var byId = rows.ToDictionary(r => r.Solution.Id);
        var clusters = ChallengeClustering.Cluster([.. rows.OrderBy(r => r.Solution.Id)
                .Select(r => new ClusterInput(r.Solution.Id, r.Solution.Title, r.Solution.Problem, r.Technologies))])
            .Select(members =>
            {
                var solutions = members.Select(m => byId[m.Id].Solution)
                    .OrderBy(s => s.VerifiedBy is null).ThenBy(s => s.Id).ToList();
                return new ChallengeClusterResponse(solutions[0].Title, solutions.Count, solutions.Count(s => s.VerifiedBy is not null),
                    [.. members.SelectMany(m => byId[m.Id].Technologies).Distinct().Order(StringComparer.Ordinal)], solutions);
            })
            .OrderByDescending(c => c.Size).ThenByDescending(c => c.Verified).ThenBy(c => c.Solutions.Min(s => s.Id))
            .ToList();

        return new Outcome<PagedResponse<ChallengeClusterResponse>>.Done(new PagedResponse<ChallengeClusterResponse>(
            [.. clusters.Skip((page - 1) * pageSize).Take(pageSize)], page, pageSize, clusters.Count));
    }
}
