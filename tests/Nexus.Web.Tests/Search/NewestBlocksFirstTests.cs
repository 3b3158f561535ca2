using Nexus.Web.Features.Search;

namespace Nexus.Web.Tests.Search;

public sealed class NewestBlocksFirstTests
{
    private const long BlockSize = 100;

    // Matching ids in 50 blocks of 100 ids; the query answers as the database would: newest first, at most the limit.
    private static async Task<(List<long> Result, List<int> SpanSizes)> CollectAsync(IReadOnlyList<long> matches, int wanted)
    {
        var spans = new List<int>();
        var result = await NewestBlocksFirst.CollectAsync(matches.Max(), BlockSize, 8, wanted, (bottom, top, limit) =>
        {
            spans.Add((int)(top - bottom + 1));
            return Task.FromResult(matches.Where(id => id / BlockSize >= bottom && id / BlockSize <= top).OrderDescending().Take(limit).ToList());
        });
        return (result, spans);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(250)]
    public async Task ItReturnsExactlyTheNewestMatchesNewestFirst(int everyNth)
    {
        var matches = Enumerable.Range(0, 5000).Where(i => i % everyNth == 0).Select(i => (long)i).ToList();

        var (result, _) = await CollectAsync(matches, 120);

        result.ShouldBe(matches.OrderDescending().Take(120).ToList());
    }

    [Fact]
    public async Task ACommonWordTakesTwoQueriesAndARareOneAsksForEverythingSoon()
    {
        var common = Enumerable.Range(0, 5000).Where(i => i % 2 == 0).Select(i => (long)i).ToList();
        var rare = new List<long> { 4999, 2500, 30, 7 };

        (await CollectAsync(common, 120)).SpanSizes.Count.ShouldBe(2);
        var (result, spans) = await CollectAsync(rare, 120);
        result.ShouldBe([4999, 2500, 30, 7]);
        spans.Sum().ShouldBe(50);
        spans.Count.ShouldBeLessThanOrEqualTo(3);
        spans[^1].ShouldBeGreaterThan(8);
    }

    [Fact]
    public async Task AnEmptyIndexTakesOneQuery()
    {
        var calls = 0;
        var result = await NewestBlocksFirst.CollectAsync(0, BlockSize, 8, 10, (_, _, _) => { calls++; return Task.FromResult(new List<long>()); });

        result.ShouldBeEmpty();
        calls.ShouldBe(1);
    }
}
