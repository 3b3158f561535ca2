using System.Net;
using Nexus.Web.Tests.Infrastructure;

namespace Nexus.Web.Tests.Hubs;

public sealed class MultiNodeTests(NexusFactory nodeA) : IClassFixture<NexusFactory>
{
    [PostgresFact]
    public async Task AWriteOnOneNodeIsSeenAtOnceByAnotherNodesCache()
    {
        using var nodeB = nodeA.SecondNode();
        var (writer, tokens, _) = await nodeA.SignUpAsync();
        var (hub, etag) = await writer.CreateHubAsync();
        var slug = hub["slug"]!.GetValue<string>();
        var reader = nodeB.Authenticated(tokens.AccessToken);
        (await reader.GetHubAsync(slug)).Hub["title"]!.GetValue<string>().ShouldBe("My Backend Journey");

        hub["title"] = "Edited on node A";
        (await writer.PutHubAsync(slug, hub, etag)).StatusCode.ShouldBe(HttpStatusCode.OK);

        // Node B cached the old JSON; the change notice from node A's transaction must drop it.
        string? seen = null;
        for (var attempt = 0; attempt < 50 && seen != "Edited on node A"; attempt++)
        {
            seen = (await reader.GetHubAsync(slug)).Hub["title"]!.GetValue<string>();
            await Task.Delay(20);
        }

        seen.ShouldBe("Edited on node A");
    }
}
