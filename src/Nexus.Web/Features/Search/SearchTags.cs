using System.Text;
using Nexus.Web.Features.Accounts;

namespace Nexus.Web.Features.Search;

/// <summary>
/// The filter tokens a search document carries in its <c>tags</c> column, so that a filtered query is one
/// intersection inside the full-text index (FTS5 doclists, a GIN index on PostgreSQL) instead of a probe of the live
/// tables for every matching document — at 100,000 hubs, <c>tech:redis caching</c> visited 17,000 documents to find
/// 1,000. Tokens start with an underscore, which the search tokenizer never leaves in a word, so no typed word can
/// match one: <c>_k</c> kind, <c>_e</c> catalogue entry (a hub's technologies and concepts, a challenge's linked
/// technologies), <c>_r</c> track, <c>_a</c> owner id, <c>_o</c> cohort (hex of its lower-case UTF-8 bytes).
/// The tags are written by the same SQL expression everywhere (<see cref="Sql"/>) in the transaction of every write
/// that changes them: hub writes, catalogue merges and cohort moves (<see cref="SearchIndexer.RetagAsync"/>).
/// </summary>
public static class SearchTags
{
    public static string Kind(string kind) => $"_k{kind}";

    public static string Entry(long entryId) => $"_e{entryId}";

    public static string Track(LearnerTrack track) => $"_r{track.ToString().ToLowerInvariant()}";

    public static string Owner(Guid ownerId) => $"_a{ownerId:N}";

    /// <summary>The cohort token, or null when the name is not ASCII (the providers lower-case other letters differently).</summary>
    public static string? Cohort(string cohort) =>
        Ascii.IsValid(cohort) ? $"_o{Convert.ToHexStringLower(Encoding.UTF8.GetBytes(cohort.ToLowerInvariant()))}" : null;

    /// <summary>The owner's track a document's tags name (for the track facet).</summary>
    public static LearnerTrack? TrackOf(IEnumerable<string> tags) =>
        tags.FirstOrDefault(t => t.StartsWith("_r", StringComparison.Ordinal)) is { } tag
        && Enum.TryParse<LearnerTrack>(tag[2..], ignoreCase: true, out var track) ? track : null;

    /// <summary>The owner's cohort, lower-cased, a document's tags name (for the cohort facet).</summary>
    public static string? CohortOf(IEnumerable<string> tags)
    {
        if (tags.FirstOrDefault(t => t.StartsWith("_o", StringComparison.Ordinal)) is not { } tag)
        {
            return null;
        }

        try
        {
            return Encoding.UTF8.GetString(Convert.FromHexString(tag.AsSpan(2)));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>
    /// Every column a document copies from the live tables, as (column, SQL expression) given SQL expressions for its
    /// hub id, kind and source id: its tags, and what the read rule and the ranking need — the hub's visibility, owner
    /// and owner's cohort, and whether its challenge is verified. Written by the same writes as the tags.
    /// </summary>
    public static IReadOnlyList<(string Column, string Sql)> Columns(bool postgres, string hubId, string kind, string sourceId) =>
    [
        ("tags", Sql(postgres, hubId, kind, sourceId)),
        ("hub_visibility", $"(SELECT vh.visibility FROM hubs AS vh WHERE vh.id = {hubId})"),
        ("owner_id", $"(SELECT vh.owner_id FROM hubs AS vh WHERE vh.id = {hubId})"),
        ("owner_cohort", $"(SELECT vu.cohort FROM hubs AS vh JOIN users AS vu ON vu.id = vh.owner_id WHERE vh.id = {hubId})"),
        ("verified", $"({kind} = 'challenge' AND EXISTS (SELECT 1 FROM challenges AS vc WHERE vc.id = {sourceId} AND vc.verified_by_id IS NOT NULL))"),
    ];

    /// <summary>The SQL assignments of <see cref="Columns"/>, for an UPDATE of search documents aliased <c>d</c>.</summary>
    public static string Assignments(bool postgres) =>
        string.Join(",\n", Columns(postgres, "d.hub_id", "d.kind", "d.source_id").Select(c => $"{c.Column} = {c.Sql}"));

    /// <summary>
    /// The SQL expression of a document's tags, given SQL expressions for its hub id, kind and source id. Tokens are
    /// separated by single spaces (PostgreSQL's <c>array_to_tsvector</c> takes them verbatim).
    /// </summary>
    public static string Sql(bool postgres, string hubId, string kind, string sourceId)
    {
        var (owner, cohort, list) = postgres
            ? ("replace(u.id::text, '-', '')", "encode(convert_to(lower(u.cohort), 'UTF8'), 'hex')", "string_agg")
            : ("lower(replace(u.id, '-', ''))", "lower(hex(lower(u.cohort)))", "group_concat");
        return $"""
            '_k' || {kind}
            || coalesce((SELECT ' _r' || lower(u.track) || ' _a' || {owner} || ' _o' || {cohort}
                FROM hubs AS th JOIN users AS u ON u.id = th.owner_id WHERE th.id = {hubId}), '')
            || coalesce((SELECT ' ' || {list}('_e' || tt.entry_id, ' ') FROM hub_topics AS tt WHERE tt.hub_id = {hubId}), '')
            || CASE WHEN {kind} = 'challenge' THEN coalesce((SELECT ' ' || {list}('_e' || tl.entry_id, ' ')
                FROM challenge_technologies AS tl WHERE tl.challenge_id = {sourceId}), '') ELSE '' END
            """;
    }
}
