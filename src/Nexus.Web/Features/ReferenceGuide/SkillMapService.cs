using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Nexus.Web.Features.Accounts;
using Nexus.Web.Features.Catalogue;
using Nexus.Web.Features.Hubs;
using Nexus.Web.Infrastructure.Api;
using Nexus.Web.Infrastructure.Database;

namespace Nexus.Web.Features.ReferenceGuide;

public sealed record SkillColumn(string Slug, string Name, string Kind);

/// <summary>One learner's row; <see cref="Cells"/> follow the columns: none, documented, challenge or verified.</summary>
public sealed record SkillRow(string Handle, string DisplayName, string Track, IReadOnlyList<string> Cells);

public sealed record SkillCoverage(string Slug, string Kind, int Documented, int Challenge, int Verified, double Coverage);

public sealed record SkillMapResponse(string Cohort, int Learners, IReadOnlyList<SkillColumn> Columns, PagedResponse<SkillRow> Rows, IReadOnlyList<SkillCoverage> Coverage);

/// <summary>
/// What a cohort has documented, learner by technology and concept, for the REST API and the skill map page. Only
/// mentors and admins may ask (the callers enforce <c>MentorPolicy</c>); it is built from the hubs the caller may read,
/// so private hubs count for admins only.
/// </summary>
public sealed class SkillMapService(NexusDbContext db)
{
    /// <summary>The cell values, weakest first.</summary>
    public static readonly string[] Levels = ["none", "documented", "challenge", "verified"];

    public async Task<Outcome<SkillMapResponse>> GetAsync(string cohort, ClaimsPrincipal user, int page, int pageSize, CancellationToken cancellationToken)
    {
        var errors = Paging.Validate(page, pageSize).MaxLength("cohort", cohort, 32);
        if (errors.Any)
        {
            return new Outcome<SkillMapResponse>.Invalid(errors);
        }

        var readable = db.Hubs.Where(HubAccessPolicy.ReadableBy(user)).Where(h => h.Owner.Cohort == cohort);
        var documented = await db.HubTopics.Join(readable, t => t.HubId, h => h.Id, (t, h) => new { h.OwnerId, t.EntryId })
            .Distinct().ToListAsync(cancellationToken);
        var linked = await db.Set<ChallengeTechnology>()
            .Join(db.Challenges, ct => ct.ChallengeId, c => c.Id, (ct, c) => new { ct.EntryId, c.HubId, Verified = c.VerifiedById != null })
            .Join(readable, x => x.HubId, h => h.Id, (x, h) => new { h.OwnerId, x.EntryId, x.Verified })
            .Distinct().ToListAsync(cancellationToken);

        // Level per (learner, entry): the highest of documented (1), has a challenge (2), verified (3).
        var levels = new Dictionary<(Guid Owner, long Entry), int>();
        void Raise(Guid owner, long entry, int level) =>
            levels[(owner, entry)] = Math.Max(level, levels.GetValueOrDefault((owner, entry)));
        documented.ForEach(d => Raise(d.OwnerId, d.EntryId, 1));
        linked.ForEach(l => Raise(l.OwnerId, l.EntryId, l.Verified ? 3 : 2));

        var entryIds = levels.Keys.Select(k => k.Entry).Distinct().ToList();
        var entries = await db.CatalogueEntries.AsNoTracking().Where(e => entryIds.Contains(e.Id))
            .Select(e => new { e.Id, e.Slug, e.Name, e.Kind }).ToListAsync(cancellationToken);
        var learners = db.Users.Where(u => u.Cohort == cohort);
        var learnerCount = await learners.CountAsync(cancellationToken);
        var coverage = entries.Select(e =>
            {
                var cells = levels.Where(l => l.Key.Entry == e.Id).Select(l => l.Value).ToList();
                return (Entry: e, Coverage: new SkillCoverage(e.Slug, Kind(e.Kind), cells.Count(c => c >= 1), cells.Count(c => c >= 2), cells.Count(c => c == 3),
                    learnerCount == 0 ? 0 : Math.Round((double)cells.Count / learnerCount, 3)));
            })
            .OrderBy(c => c.Entry.Kind).ThenByDescending(c => c.Coverage.Documented).ThenBy(c => c.Entry.Slug, StringComparer.Ordinal).ToList();

        var learnerPage = await learners.OrderBy(u => u.Handle).Skip((page - 1) * pageSize).Take(pageSize)
            .Select(u => new { u.Id, u.Handle, u.DisplayName, u.Track }).ToListAsync(cancellationToken);
        var rows = learnerPage.Select(u => new SkillRow(u.Handle, u.DisplayName, u.Track.ToWire(),
            [.. coverage.Select(c => Levels[levels.GetValueOrDefault((u.Id, c.Entry.Id))])])).ToList();

        return new Outcome<SkillMapResponse>.Done(new SkillMapResponse(cohort, learnerCount,
            [.. coverage.Select(c => new SkillColumn(c.Entry.Slug, c.Entry.Name, Kind(c.Entry.Kind)))],
            new PagedResponse<SkillRow>(rows, page, pageSize, learnerCount),
            [.. coverage.Select(c => c.Coverage)]));
    }

    private static string Kind(TopicKind kind) => kind == TopicKind.Technology ? "technology" : "concept";
}
