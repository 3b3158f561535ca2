using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Nexus.Web.Features.Hubs;
using Nexus.Web.Tests.Infrastructure;

namespace Nexus.Web.Tests.GraphQL;

/// <summary>Subscriptions over WebSocket with the graphql-transport-ws protocol.</summary>
public sealed class GraphQLSubscriptionTests(NexusFactory factory) : IClassFixture<NexusFactory>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private Task<WebSocket> ConnectAsync() => ConnectAsync(factory);

    private static async Task<WebSocket> ConnectAsync(NexusFactory node)
    {
        var client = node.Server.CreateWebSocketClient();
        client.SubProtocols.Add("graphql-transport-ws");
        return await client.ConnectAsync(new Uri(node.Server.BaseAddress, "graphql"), CancellationToken.None);
    }

    private static Task SendAsync(WebSocket socket, JsonObject message) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, true, CancellationToken.None);

    private static async Task<JsonObject?> ReceiveAsync(WebSocket socket)
    {
        using var timeout = new CancellationTokenSource(Patience);
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        while (true)
        {
            var received = await socket.ReceiveAsync(buffer, timeout.Token);
            if (received.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            message.Write(buffer, 0, received.Count);
            if (received.EndOfMessage)
            {
                return JsonNode.Parse(Encoding.UTF8.GetString(message.ToArray()))!.AsObject();
            }
        }
    }

    private static async Task<int?> ClosedWithAsync(WebSocket socket)
    {
        while (await ReceiveAsync(socket) is not null)
        {
        }

        return (int?)socket.CloseStatus;
    }

    private static async Task InitAsync(WebSocket socket, JsonObject? payload = null)
    {
        await SendAsync(socket, new JsonObject { ["type"] = "connection_init", ["payload"] = payload });
        (await ReceiveAsync(socket))!["type"]!.GetValue<string>().ShouldBe("connection_ack");
    }

    private Task WaitForSubscribersAsync(int count) => WaitForSubscribersAsync(factory, count);

    private static async Task WaitForSubscribersAsync(NexusFactory node, int count)
    {
        var events = node.Services.GetRequiredService<HubEvents>();
        var deadline = DateTime.UtcNow + Patience;
        while (events.SubscriberCount < count && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }
    }

    [Fact]
    public async Task ASubscriberHearsAboutARestEditOfTheHub()
    {
        var (owner, tokens, _) = await factory.SignUpAsync();
        var (hub, etag) = await owner.CreateHubAsync(ApiClient.NewHub(visibility: "private"));
        var slug = hub["slug"]!.GetValue<string>();
        using var socket = await ConnectAsync();
        await InitAsync(socket, new JsonObject { ["authorization"] = $"Bearer {tokens.AccessToken}" });
        var before = factory.Services.GetRequiredService<HubEvents>().SubscriberCount;

        await SendAsync(socket, new JsonObject
        {
            ["id"] = "1",
            ["type"] = "subscribe",
            ["payload"] = new JsonObject
            {
                ["query"] = "subscription ($slug: String!) { hubUpdated(slug: $slug) { title revision owner { handle } } }",
                ["variables"] = new JsonObject { ["slug"] = slug },
            },
        });
        await WaitForSubscribersAsync(before + 1);
        hub["title"] = "Edited over REST";
        (await owner.PutHubAsync(slug, hub, etag)).EnsureSuccessStatusCode();

        var next = (await ReceiveAsync(socket))!;
        next["type"]!.GetValue<string>().ShouldBe("next");
        next["id"]!.GetValue<string>().ShouldBe("1");
        next["payload"]!["data"]!["hubUpdated"]!["title"]!.GetValue<string>().ShouldBe("Edited over REST");
        next["payload"]!["data"]!["hubUpdated"]!["revision"]!.GetValue<int>().ShouldBe(2);

        await SendAsync(socket, new JsonObject { ["id"] = "1", ["type"] = "complete" });
        await SendAsync(socket, new JsonObject { ["type"] = "ping" });
        (await ReceiveAsync(socket))!["type"]!.GetValue<string>().ShouldBe("pong");
    }

    [PostgresFact]
    public async Task ASubscriberOnAnotherNodeHearsAboutEditsAndNewHubs()
    {
        using var nodeB = factory.SecondNode();
        var (owner, tokens, _) = await factory.SignUpAsync(cohort: "two-nodes");
        var (hub, etag) = await owner.CreateHubAsync();
        var slug = hub["slug"]!.GetValue<string>();
        using var socket = await ConnectAsync(nodeB);
        await InitAsync(socket, new JsonObject { ["authorization"] = $"Bearer {tokens.AccessToken}" });
        var before = nodeB.Services.GetRequiredService<HubEvents>().SubscriberCount;
        await SendAsync(socket, new JsonObject
        {
            ["id"] = "u",
            ["type"] = "subscribe",
            ["payload"] = new JsonObject { ["query"] = $"subscription {{ hubUpdated(slug: \"{slug}\") {{ title }} }}" },
        });
        await SendAsync(socket, new JsonObject
        {
            ["id"] = "p",
            ["type"] = "subscribe",
            ["payload"] = new JsonObject { ["query"] = "subscription { hubPublished(cohort: \"two-nodes\") { title } }" },
        });
        await WaitForSubscribersAsync(nodeB, before + 2);

        hub["title"] = "Edited on node A";
        (await owner.PutHubAsync(slug, hub, etag)).EnsureSuccessStatusCode();
        var edited = (await ReceiveAsync(socket))!;
        await owner.CreateHubAsync(ApiClient.NewHub("Created on node A"));
        var published = (await ReceiveAsync(socket))!;

        edited["id"]!.GetValue<string>().ShouldBe("u");
        edited["payload"]!["data"]!["hubUpdated"]!["title"]!.GetValue<string>().ShouldBe("Edited on node A");
        published["id"]!.GetValue<string>().ShouldBe("p");
        published["payload"]!["data"]!["hubPublished"]!["title"]!.GetValue<string>().ShouldBe("Created on node A");
    }

    [Fact]
    public async Task ASubscriberWhoMayNotReadAPrivateHubHearsNothingAboutIt()
    {
        var (owner, _, _) = await factory.SignUpAsync();
        var (hub, etag) = await owner.CreateHubAsync(ApiClient.NewHub(visibility: "private"));
        var slug = hub["slug"]!.GetValue<string>();
        var (_, strangerTokens, _) = await factory.SignUpAsync();
        using var socket = await ConnectAsync();
        await InitAsync(socket, new JsonObject { ["authorization"] = $"Bearer {strangerTokens.AccessToken}" });
        var before = factory.Services.GetRequiredService<HubEvents>().SubscriberCount;
        await SendAsync(socket, new JsonObject
        {
            ["id"] = "s",
            ["type"] = "subscribe",
            ["payload"] = new JsonObject { ["query"] = $"subscription {{ hubUpdated(slug: \"{slug}\") {{ title }} }}" },
        });
        await WaitForSubscribersAsync(before + 1);

        hub["title"] = "Secret edit";
        (await owner.PutHubAsync(slug, hub, etag)).EnsureSuccessStatusCode();
        await SendAsync(socket, new JsonObject { ["type"] = "ping" });

        // The pong arrives; no "next" came before it.
        (await ReceiveAsync(socket))!["type"]!.GetValue<string>().ShouldBe("pong");
    }

    [Fact]
    public async Task ANewPublicHubIsPublishedToSubscribersOfItsCohort()
    {
        var cohort = $"pub{Guid.NewGuid():N}"[..12];
        using var socket = await ConnectAsync();
        await InitAsync(socket);
        var before = factory.Services.GetRequiredService<HubEvents>().SubscriberCount;
        await SendAsync(socket, new JsonObject
        {
            ["id"] = "p",
            ["type"] = "subscribe",
            ["payload"] = new JsonObject { ["query"] = $"subscription {{ hubPublished(cohort: \"{cohort}\") {{ title }} }}" },
        });
        await WaitForSubscribersAsync(before + 1);
        var (elsewhere, _, _) = await factory.SignUpAsync(cohort: "not-" + cohort);
        await elsewhere.CreateHubAsync(ApiClient.NewHub("Other cohort"));
        var (author, _, _) = await factory.SignUpAsync(cohort: cohort);
        await author.CreateHubAsync(ApiClient.NewHub("Fresh hub"));

        var next = (await ReceiveAsync(socket))!;
        next["payload"]!["data"]!["hubPublished"]!["title"]!.GetValue<string>().ShouldBe("Fresh hub");
    }

    [Fact]
    public async Task AnImportedHubIsPublishedOnceItsTransactionCommitted()
    {
        var cohort = $"imp{Guid.NewGuid():N}"[..12];
        using var socket = await ConnectAsync();
        await InitAsync(socket);
        var before = factory.Services.GetRequiredService<HubEvents>().SubscriberCount;
        await SendAsync(socket, new JsonObject
        {
            ["id"] = "i",
            ["type"] = "subscribe",
            ["payload"] = new JsonObject { ["query"] = $"subscription {{ hubPublished(cohort: \"{cohort}\") {{ title }} }}" },
        });
        await WaitForSubscribersAsync(before + 1);
        var (author, _, _) = await factory.SignUpAsync(cohort: cohort);

        (await author.GraphQLAsync("mutation ($md: String!) { importReadme(markdown: $md) { created } }",
            new { md = "# Imported Hub\n\n## Overview\n\nText.\n" })).Data()["importReadme"]!["created"]!.GetValue<bool>().ShouldBeTrue();

        var next = (await ReceiveAsync(socket))!;
        next["payload"]!["data"]!["hubPublished"]!["title"]!.GetValue<string>().ShouldBe("Imported Hub");
    }

    [Fact]
    public async Task AnInvalidDocumentEndsTheOperationWithAnErrorMessage()
    {
        using var socket = await ConnectAsync();
        await InitAsync(socket);

        await SendAsync(socket, new JsonObject { ["id"] = "e", ["type"] = "subscribe", ["payload"] = new JsonObject { ["query"] = "subscription { nope }" } });

        var error = (await ReceiveAsync(socket))!;
        error["type"]!.GetValue<string>().ShouldBe("error");
        error["payload"]![0]!["message"].ShouldNotBeNull();
    }

    [Fact]
    public async Task ProtocolViolationsCloseTheSocketWithTheProtocolsCodes()
    {
        using (var notInitialised = await ConnectAsync())
        {
            await SendAsync(notInitialised, new JsonObject { ["id"] = "1", ["type"] = "subscribe", ["payload"] = new JsonObject { ["query"] = "{ __typename }" } });
            (await ClosedWithAsync(notInitialised)).ShouldBe(4401);
        }

        using (var twice = await ConnectAsync())
        {
            await InitAsync(twice);
            await SendAsync(twice, new JsonObject { ["type"] = "connection_init" });
            (await ClosedWithAsync(twice)).ShouldBe(4429);
        }

        using (var garbage = await ConnectAsync())
        {
            await garbage.SendAsync(Encoding.UTF8.GetBytes("not json"), WebSocketMessageType.Text, true, CancellationToken.None);
            (await ClosedWithAsync(garbage)).ShouldBe(4400);
        }

        using (var badToken = await ConnectAsync())
        {
            await SendAsync(badToken, new JsonObject { ["type"] = "connection_init", ["payload"] = new JsonObject { ["authorization"] = "Bearer forged" } });
            (await ClosedWithAsync(badToken)).ShouldBe(4403);
        }

        using var duplicate = await ConnectAsync();
        await InitAsync(duplicate);
        var subscribe = new JsonObject { ["id"] = "same", ["type"] = "subscribe", ["payload"] = new JsonObject { ["query"] = "subscription { hubPublished { title } }" } };
        await SendAsync(duplicate, subscribe);
        await SendAsync(duplicate, subscribe.DeepClone().AsObject());
        (await ClosedWithAsync(duplicate)).ShouldBe(4409);
    }
}

/// <summary>A host whose sockets must initialise quickly.</summary>
public sealed class QuickInitNexusFactory : NexusFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["GraphQL:ConnectionInitTimeout"] = "00:00:00.300" };
}

public sealed class GraphQLInitTimeoutTests(QuickInitNexusFactory factory) : IClassFixture<QuickInitNexusFactory>
{
    [Fact]
    public async Task ASocketThatNeverInitialisesIsClosedWith4408()
    {
        var client = factory.Server.CreateWebSocketClient();
        client.SubProtocols.Add("graphql-transport-ws");
        using var socket = await client.ConnectAsync(new Uri(factory.Server.BaseAddress, "graphql"), CancellationToken.None);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));

        var received = await socket.ReceiveAsync(new byte[1024], timeout.Token);

        received.MessageType.ShouldBe(WebSocketMessageType.Close);
        ((int?)socket.CloseStatus).ShouldBe(4408);
    }
}

/// <summary>A host whose access tokens expire within seconds.</summary>
public sealed class ShortTokenNexusFactory : NexusFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Auth:AccessTokenLifetime"] = "00:00:02" };
}

public sealed class GraphQLTokenExpiryTests(ShortTokenNexusFactory factory) : IClassFixture<ShortTokenNexusFactory>
{
    private async Task<WebSocket> InitialisedSocketAsync(JsonObject? payload)
    {
        var client = factory.Server.CreateWebSocketClient();
        client.SubProtocols.Add("graphql-transport-ws");
        var socket = await client.ConnectAsync(new Uri(factory.Server.BaseAddress, "graphql"), CancellationToken.None);
        var init = new JsonObject { ["type"] = "connection_init", ["payload"] = payload };
        await socket.SendAsync(Encoding.UTF8.GetBytes(init.ToJsonString()), WebSocketMessageType.Text, true, CancellationToken.None);
        return socket;
    }

    private static async Task<(string? FirstMessage, int? CloseStatus)> ListenAsync(WebSocket socket, TimeSpan patience)
    {
        using var timeout = new CancellationTokenSource(patience);
        var buffer = new byte[4096];
        string? first = null;
        try
        {
            while (true)
            {
                var received = await socket.ReceiveAsync(buffer, timeout.Token);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    return (first, (int?)socket.CloseStatus);
                }

                first ??= Encoding.UTF8.GetString(buffer, 0, received.Count);
            }
        }
        catch (OperationCanceledException)
        {
            return (first, null);
        }
    }

    [Fact]
    public async Task ASessionIsClosedWith4403WhenItsAccessTokenExpires()
    {
        var (_, tokens, _) = await factory.SignUpAsync();
        using var socket = await InitialisedSocketAsync(new JsonObject { ["authorization"] = $"Bearer {tokens.AccessToken}" });

        var (first, status) = await ListenAsync(socket, TimeSpan.FromSeconds(15));

        first.ShouldNotBeNull().ShouldContain("connection_ack");
        status.ShouldBe(4403);
        socket.CloseStatusDescription.ShouldBe("Forbidden");
    }

    [Fact]
    public async Task AnAnonymousSessionHasNoTokenToOutlive()
    {
        using var socket = await InitialisedSocketAsync(null);

        var (first, status) = await ListenAsync(socket, TimeSpan.FromSeconds(4));

        first.ShouldNotBeNull().ShouldContain("connection_ack");
        status.ShouldBeNull();
    }
}
