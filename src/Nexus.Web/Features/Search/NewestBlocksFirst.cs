namespace Nexus.Web.Features.Search;

/// <summary>
/// Collects the newest matches by asking for spans of id blocks, newest span first (PostgreSQL's GIN index yields
/// matches in no useful order; see <see cref="SearchSql.BlockSize"/>). The first span is the newest block; each next
/// span is sized from how densely the ids seen so far matched, so a common word takes
/// one or two small queries; where the older ids are expected to hold few matches, one query takes them all (naming
/// many blocks would cost more than taking a few matches).
/// </summary>
public static class NewestBlocksFirst
{
    /// <param name="newestId">The highest document id.</param>
    /// <param name="blockSize">How many ids a block spans.</param>
    /// <param name="widestSpan">The most blocks a span names; "every older block" is the only wider one.</param>
    /// <param name="wanted">How many matches to collect.</param>
    /// <param name="query">The matches in the blocks from the first to the second, inclusive (newest first, at most the given count).</param>
    public static async Task<List<T>> CollectAsync<T>(long newestId, long blockSize, int widestSpan, int wanted, Func<long, long, int, Task<List<T>>> query)
    {
        var found = new List<T>();
        // The first span holds at least half a block's worth of ids, so the first density seen means something.
        var top = newestId / blockSize;
        long span = newestId % blockSize < blockSize / 2 ? 2 : 1;
        while (top >= 0 && found.Count < wanted)
        {
            var bottom = Math.Max(0, top - span + 1);
            found.AddRange(await query(bottom, top, wanted - found.Count));
            var perId = found.Count / (double)(newestId - bottom * blockSize + 1);
            var needed = wanted - found.Count;
            // Where the older ids are expected to hold few matches, take them all at once; otherwise size the next
            // span for what is still needed (each matching row read costs; a block too many is most of the cost).
            span = perId * bottom * blockSize <= 3 * needed
                ? long.MaxValue
                : Math.Clamp((long)Math.Ceiling(needed / perId * 1.25 / blockSize), 1, widestSpan);
            top = bottom - 1;
        }

        return found;
    }
}
