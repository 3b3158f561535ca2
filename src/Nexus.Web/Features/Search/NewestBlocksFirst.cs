namespace Nexus.Web.Features.Search;

/// <summary>
/// Collects the newest matches by asking for spans of id blocks, newest span first (PostgreSQL's GIN index yields
/// matches in no useful order; see <see cref="SearchSql.BlockSize"/>). The first span is the newest block; each next
/// span is sized from how densely the blocks seen so far matched (at least double the last), so a common word takes
/// about two small queries and a rare one soon asks for every remaining block at once.
/// </summary>
public static class NewestBlocksFirst
{
    /// <param name="newestBlock">The block of the highest document id.</param>
    /// <param name="wanted">How many matches to collect.</param>
    /// <param name="query">The matches in the given blocks (newest first, at most the given count).</param>
    public static async Task<List<T>> CollectAsync<T>(long newestBlock, int wanted, Func<IReadOnlyList<long>, int, Task<List<T>>> query)
    {
        var found = new List<T>();
        for (long top = newestBlock, span = 1; top >= 0 && found.Count < wanted;)
        {
            var bottom = Math.Max(0, top - span + 1);
            found.AddRange(await query([.. Enumerable.Range(0, (int)(top - bottom + 1)).Select(i => top - i)], wanted - found.Count));
            var perBlock = found.Count / (double)(newestBlock - bottom + 1);
            span = perBlock > 0 ? Math.Max(span * 2, (long)Math.Ceiling((wanted - found.Count) / perBlock * 1.5)) : span * 8;
            top = bottom - 1;
        }

        return found;
    }
}
