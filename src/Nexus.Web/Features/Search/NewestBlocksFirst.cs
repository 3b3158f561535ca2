namespace Nexus.Web.Features.Search;

/// <summary>A span of id blocks of one size, newest first: blocks <see cref="From"/> to <see cref="To"/> of <see cref="Size"/> ids.</summary>
public sealed record BlockSpan(long Size, long From, long To);

/// <summary>
/// Collects the newest matches by asking for spans of id blocks, newest first (PostgreSQL's GIN index yields matches in
/// no useful order; see <see cref="SearchSql.FineBlock"/>). Each query names a few blocks — fine ones (4,096 ids, named
/// as tags the index intersects) for short spans, coarse ones (131,072 ids, whole partitions of the index) for long
/// spans — and takes the matches below the ids already covered, newest first. The first span is the newest fine blocks;
/// each next one is sized from how densely the ids seen so far matched. Where the older ids are expected to hold few
/// matches, one query takes them all (no block named).
/// </summary>
public static class NewestBlocksFirst
{

    /// <param name="newestId">The highest document id.</param>
    /// <param name="fine">The ids in a fine block.</param>
    /// <param name="coarse">The ids in a coarse block (a multiple of <paramref name="fine"/>).</param>
    /// <param name="wanted">How many matches to collect.</param>
    /// <param name="query">The newest matches (at most the count given) below the id given, in the blocks named (all when null).</param>
    public static async Task<List<T>> CollectAsync<T>(long newestId, long fine, long coarse, int wanted, Func<BlockSpan?, long, int, Task<List<T>>> query)
    {
        var found = new List<T>();
        var below = newestId + 1;
        // The first span holds at least half a fine block's worth of ids, so the first density seen means something.
        var idsWanted = fine * (newestId % fine < fine / 2 ? 2 : 1);
        while (below > 0 && found.Count < wanted)
        {
            var span = Span(below, idsWanted, fine, coarse);
            found.AddRange(await query(span, below, wanted - found.Count));
            below = span is null ? 0 : span.From * span.Size;
            var perId = found.Count / (double)(newestId + 1 - below);
            var needed = wanted - found.Count;
            // Everything older in one go when it should hold little more than is still needed.
            idsWanted = perId * below <= 1.5 * needed ? long.MaxValue : (long)Math.Ceiling(needed / perId * 1.25);
        }

        return found;
    }

    /// <summary>The fewest blocks of one size that cover the ids wanted below the bound; null for every older id.</summary>
    private static BlockSpan? Span(long below, long idsWanted, long fine, long coarse)
    {
        // A fine block named is probed in the partition's small GIN index (a key of its own, SearchSql.Window); a coarse
        // block is a whole partition, every match of it read and sorted. Fine blocks cover up to a partition's worth of
        // ids, so a span shorter than that reads only the blocks it needs (the filtered queries at 100,000 hubs read 6 %
        // fewer rows than with at most sixteen), and planning more than sixteen partitions costs more than one more query.
        foreach (var (size, mostNamed) in new[] { (fine, coarse / fine), (coarse, 16) })
        {
            var to = (below - 1) / size;
            var from = Math.Max(0, (below - Math.Min(idsWanted, below)) / size);
            if (to - from < mostNamed)
            {
                return new BlockSpan(size, from, to);
            }
        }

        return null;
    }
}
