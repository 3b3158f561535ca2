using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Security.Claims;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Nexus.GraphQL.Execution;

namespace Nexus.Web.Features.GraphQL;

/// <summary>
/// One WebSocket speaking graphql-transport-ws (github.com/enisdenjo/graphql-ws/blob/master/PROTOCOL.md): the client
/// must send connection_init (optionally with {"authorization": "Bearer …"}) within the init timeout, then may
/// subscribe any number of operations by id. Protocol violations close the socket with the protocol's codes. A session
/// lives no longer than the access token it was opened with: when the token expires the socket closes with 4403
/// (Forbidden), and the client reconnects with a fresh token.
/// </summary>
public sealed class GraphQLWebSocketSession(WebSocket socket, HttpContext http, NexusSchema schema, IServiceScopeFactory scopes)
{
    public const string SubProtocol = "graphql-transport-ws";

    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly ConcurrentDictionary<string, CancellationTokenSource> _operations = new();
    private readonly CancellationTokenSource _closing = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);

    // Receiving stops on its own token: cancelling a pending receive aborts the socket, which would lose the close
    // frame just sent. After the server closes, the client gets a few seconds to answer with its own close.
    private readonly CancellationTokenSource _receiving = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
    private ClaimsPrincipal _user = http.User;
    private bool _initReceived;
    private bool _acknowledged;
    private Task _tokenExpiry = Task.CompletedTask;

    public async Task RunAsync()
    {
        var initTimeout = Task.Delay(schema.Options.ConnectionInitTimeout, _closing.Token)
            .ContinueWith(async t =>
            {
                if (!t.IsCanceled && !_initReceived)
                {
                    await CloseAsync(4408, "Connection initialisation timeout");
                }
            }, TaskScheduler.Default).Unwrap();
        try
        {
            while (await ReceiveAsync() is { } text)
            {
                // Once the session closed, messages still in flight are read (to reach the client's close) but ignored.
                if (!_closing.IsCancellationRequested)
                {
                    await HandleAsync(text);
                }
            }

            if (socket.State == WebSocketState.CloseReceived)
            {
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
            }
        }
        catch (Exception error) when (error is OperationCanceledException or WebSocketException)
        {
            // The client went away or the session closed itself; nothing is left to tell anyone.
        }
        finally
        {
            await _closing.CancelAsync();
            foreach (var operation in _operations.Values)
            {
                await operation.CancelAsync();
            }

            // The token sources stay undisposed: operations still unwinding may read their tokens; both are linked to
            // the request, whose end releases them.
            await initTimeout;
            await _tokenExpiry;
        }
    }

    private async Task HandleAsync(string text)
    {
        JsonObject message;
        try
        {
            message = JsonNode.Parse(text) as JsonObject ?? throw new JsonException("not an object");
        }
        catch (JsonException)
        {
            await CloseAsync(4400, "Invalid message received");
            return;
        }

        var type = message["type"] is JsonValue typeValue && typeValue.TryGetValue<string>(out var name) ? name : null;
        switch (type)
        {
            case "connection_init":
                await InitAsync(message["payload"]);
                break;
            case "ping":
                await SendAsync(new JsonObject { ["type"] = "pong" });
                break;
            case "pong":
                break;
            case "subscribe":
                await SubscribeAsync(message);
                break;
            case "complete":
                if (Id(message) is { } id && _operations.TryRemove(id, out var operation))
                {
                    await operation.CancelAsync();
                }

                break;
            default:
                await CloseAsync(4400, $"Invalid message type {type ?? "(none)"}");
                break;
        }
    }

    private async Task InitAsync(JsonNode? payload)
    {
        if (_initReceived)
        {
            await CloseAsync(4429, "Too many initialisation requests");
            return;
        }

        _initReceived = true;
        if (payload is not null and not JsonObject)
        {
            await CloseAsync(4400, "Invalid connection_init payload");
            return;
        }

        if (payload?["authorization"] is JsonValue header && header.TryGetValue<string>(out var authorization))
        {
            var user = await AuthenticateAsync(authorization);
            if (user is null)
            {
                await CloseAsync(4403, "Forbidden");
                return;
            }

            _user = user;
        }

        _acknowledged = true;
        await SendAsync(new JsonObject { ["type"] = "connection_ack" });
        _tokenExpiry = CloseWhenTokenExpiresAsync(_user);
    }

    /// <summary>Closes with 4403 at the caller's token expiry (the exp claim); anonymous sessions have none.</summary>
    private async Task CloseWhenTokenExpiresAsync(ClaimsPrincipal user)
    {
        if (user.FindFirst(JwtRegisteredClaimNames.Exp)?.Value is not { } exp || !long.TryParse(exp, out var seconds))
        {
            return;
        }

        var clock = http.RequestServices.GetService<TimeProvider>() ?? TimeProvider.System;
        var remaining = DateTimeOffset.FromUnixTimeSeconds(seconds) - clock.GetUtcNow();
        try
        {
            await Task.Delay(remaining < TimeSpan.Zero ? TimeSpan.Zero : remaining, clock, _closing.Token);
            await CloseAsync(4403, "Forbidden");
        }
        catch (OperationCanceledException)
        {
            // The session ended first.
        }
    }

    /// <summary>Validates the bearer token exactly as the JWT bearer handler of REST requests does.</summary>
    private async Task<ClaimsPrincipal?> AuthenticateAsync(string authorization)
    {
        const string prefix = "Bearer ";
        if (!authorization.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var jwt = http.RequestServices.GetRequiredService<IOptionsMonitor<JwtBearerOptions>>().Get(JwtBearerDefaults.AuthenticationScheme);
        var result = await new JsonWebTokenHandler { MapInboundClaims = jwt.MapInboundClaims }
            .ValidateTokenAsync(authorization[prefix.Length..].Trim(), jwt.TokenValidationParameters);
        return result.IsValid ? new ClaimsPrincipal(result.ClaimsIdentity) : null;
    }

    private async Task SubscribeAsync(JsonObject message)
    {
        if (!_acknowledged)
        {
            await CloseAsync(4401, "Unauthorized");
            return;
        }

        if (Id(message) is not { Length: > 0 } id || message["payload"] is not JsonObject payload
            || payload["query"] is not JsonValue queryValue || !queryValue.TryGetValue<string>(out var query))
        {
            await CloseAsync(4400, "Invalid subscribe message");
            return;
        }

        var operation = CancellationTokenSource.CreateLinkedTokenSource(_closing.Token);
        if (!_operations.TryAdd(id, operation))
        {
            operation.Dispose();
            await CloseAsync(4409, $"Subscriber for {id} already exists");
            return;
        }

        IReadOnlyDictionary<string, object?>? variables = null;
        if (payload["variables"] is JsonObject given)
        {
            using var document = JsonDocument.Parse(given.ToJsonString());
            variables = JsonInput.ToDictionary(document.RootElement);
        }

        var request = new ExecutionRequest
        {
            Schema = schema.Schema,
            Query = query,
            OperationName = payload["operationName"] is JsonValue nameValue && nameValue.TryGetValue<string>(out var name) ? name : null,
            Variables = variables,
            Context = new GraphQLRequestContext(_user, scopes, schema.Options),
            Services = http.RequestServices,
            Options = schema.Execution,
        };
        _ = Task.Run(() => StreamAsync(id, request, operation));
    }

    private async Task StreamAsync(string id, ExecutionRequest request, CancellationTokenSource operation)
    {
        try
        {
            await foreach (var result in GraphQLExecutor.SubscribeAsync(request, operation.Token))
            {
                if (!result.HasData)
                {
                    // A request error (invalid document, unknown variable…) ends the operation with an "error" message.
                    var errors = JsonNode.Parse(result.ToJson())!["errors"]!.DeepClone();
                    await SendAsync(new JsonObject { ["id"] = id, ["type"] = "error", ["payload"] = errors });
                    return;
                }

                await SendAsync(new JsonObject { ["id"] = id, ["type"] = "next", ["payload"] = JsonNode.Parse(result.ToJson()) });
            }

            if (_operations.ContainsKey(id))
            {
                await SendAsync(new JsonObject { ["id"] = id, ["type"] = "complete" });
            }
        }
        catch (Exception error) when (error is OperationCanceledException or WebSocketException)
        {
            // Completed by the client, or the socket closed.
        }
        finally
        {
            _operations.TryRemove(new KeyValuePair<string, CancellationTokenSource>(id, operation));
            operation.Dispose();
        }
    }

    private static string? Id(JsonObject message) =>
        message["id"] is JsonValue value && value.TryGetValue<string>(out var id) ? id : null;

    private async Task<string?> ReceiveAsync()
    {
        var buffer = new byte[16 * 1024];
        using var message = new MemoryStream();
        while (true)
        {
            var received = await socket.ReceiveAsync(buffer, _receiving.Token);
            if (received.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            message.Write(buffer, 0, received.Count);
            if (message.Length > 1024 * 1024)
            {
                await CloseAsync(4400, "Message too large");
                return null;
            }

            if (received.EndOfMessage)
            {
                return Encoding.UTF8.GetString(message.GetBuffer(), 0, (int)message.Length);
            }
        }
    }

    private async Task SendAsync(JsonObject message)
    {
        await _sendLock.WaitAsync(_closing.Token);
        try
        {
            if (socket.State == WebSocketState.Open)
            {
                await socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, true, _closing.Token);
            }
        }
        finally
        {
            _sendLock.Release();
        }
    }

    private async Task CloseAsync(int code, string reason)
    {
        await _sendLock.WaitAsync();
        try
        {
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                await socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, CancellationToken.None);
            }
        }
        catch (WebSocketException)
        {
            // Already gone.
        }
        finally
        {
            _sendLock.Release();
            await _closing.CancelAsync();
            _receiving.CancelAfter(TimeSpan.FromSeconds(5));
        }
    }
}
