using Nexus.Web.Features.Search;

namespace Nexus.Web.Tests.Search;

public sealed class NewestBlocksFirstTests
{
    private const long Fine = 10;
    private const long Coarse = 160;

    // The query answers as the database does: matches in the blocks named (all when none) below the bound, newest first.
    private static async Task<(List<long> Result, List<BlockSpan?> Spans)> CollectAsync(IReadOnlyList<long> matches, int wanted)
    {
        var spans = new List<BlockSpan?>();
        var result = await NewestBlocksFirst.CollectAsync(matches.Max(), Fine, Coarse, wanted, (span, below, limit) =>
        {
            spans.Add(span);
            return Task.FromResult(matches
                .Where(id => id < below && (span is null || (id / span.Size >= span.From && id / span.Size <= span.To)))
                .OrderDescending().Take(limit).ToList());
        });
        return (result, spans);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(60)]
    [InlineData(250)]
    public async Task ItReturnsExactlyTheNewestMatchesNewestFirst(int everyNth)
    {
        var matches = Enumerable.Range(0, 5000).Where(i => i % everyNth == 0).Select(i => (long)i).ToList();

        var (result, spans) = await CollectAsync(matches, 120);

        result.ShouldBe(matches.OrderDescending().Take(120).ToList());
        spans.ShouldAllBe(s => s == null || (s.Size == Fine ? s.To - s.From < Coarse / Fine : s.To - s.From < 16));
    }

    [Fact]
    public async Task ACommonWordTakesTwoQueriesAndARareOneAsksForEverythingSoon()
    {
        var common = Enumerable.Range(0, 5000).Where(i => i % 2 == 0).Select(i => (long)i).ToList();
        var rare = new List<long> { 4999, 2500, 30, 7 };

        (await CollectAsync(common, 120)).Spans.Count.ShouldBeLessThanOrEqualTo(2);
        var (result, spans) = await CollectAsync(rare, 120);
        result.ShouldBe([4999, 2500, 30, 7]);
        spans.Count.ShouldBeLessThanOrEqualTo(3);
        spans[^1].ShouldBeNull();
    }

    [Fact]
    public async Task ALongSpanNamesCoarseBlocks()
    {
        var matches = Enumerable.Range(0, 5000).Where(i => i % 5 == 0).Select(i => (long)i).ToList();

        var (result, spans) = await CollectAsync(matches, 40);

        result.ShouldBe(matches.OrderDescending().Take(40).ToList());
        spans.ShouldContain(s => s != null && s.Size == Coarse);
    }

    [Fact]
    public async Task AnEmptyIndexTakesOneQuery()
    {
        var calls = 0;
        var result = await NewestBlocksFirst.CollectAsync(0, Fine, Coarse, 10, (_, _, _) => { calls++; return Task.FromResult(new List<long>()); });

        result.ShouldBeEmpty();
        calls.ShouldBe(1);
    }
}
