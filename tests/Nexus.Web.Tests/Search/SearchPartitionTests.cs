using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Nexus.Web.Features.Search;
using Nexus.Web.Infrastructure.Database;
using Nexus.Web.Tests.Infrastructure;

namespace Nexus.Web.Tests.Search;

/// <summary>PostgreSQL keeps search documents in partitions of ids made ahead of the writes (SearchPartitions).</summary>
public sealed class SearchPartitionTests(NexusFactory factory) : IClassFixture<NexusFactory>
{
    [PostgresFact]
    public async Task DocumentsWrittenPastThePartitionsAreFoundAndThenMovedIntoTheirOwn()
    {
        _ = factory.Server;
        var (owner, _, _) = await factory.SignUpAsync();
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NexusDbContext>();
        var last = await ScalarAsync(db, "SELECT max(substring(c.relname FROM 'search_documents_p(\\d+)')::bigint) FROM pg_class AS c");
        var end = (last + 1) * SearchPartitions.Size;
        // The next ids straddle the end of the last partition: a hub of five documents lands partly in the default one.
        await db.Database.ExecuteSqlAsync($"SELECT setval('search_documents_id_seq', {end - 3})");

        await owner.CreateHubAsync(SearchCorpus.Hub("Capybara shards", "public", "s",
            [("Capybara one", "x"), ("Capybara two", "x"), ("Capybara three", "x"), ("Capybara four", "x")], [], [], [], [], null));

        (await ScalarAsync(db, "SELECT count(*) FROM search_documents_default")).ShouldBeGreaterThan(0);
        (await TotalAsync("capybara")).ShouldBe(5);

        (await SearchPartitions.AddAsync(db, SearchPartitions.Headroom, CancellationToken.None)).ShouldBeGreaterThan(0);

        (await ScalarAsync(db, "SELECT count(*) FROM search_documents_default")).ShouldBe(0);
        (await ScalarAsync(db, $"SELECT count(*) FROM search_documents_p{last + 1}")).ShouldBeGreaterThan(0);
        (await TotalAsync("capybara")).ShouldBe(5);
        (await TotalAsync("capybara four")).ShouldBe(1);
    }

    private async Task<int> TotalAsync(string query) =>
        (await (await factory.CreateClient().GetAsync($"/api/v1/search?q={Uri.EscapeDataString(query)}")).ReadJsonAsync())["total"]!.GetValue<int>();

    private static async Task<long> ScalarAsync(NexusDbContext db, string sql)
    {
        var scalar = $"SELECT ({sql}) AS \"Value\"";
        return await db.Database.SqlQueryRaw<long>(scalar).SingleAsync();
    }
}
