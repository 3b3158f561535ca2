using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace Nexus.Web.Features.Hubs;

/// <summary>A committed change to a hub: its slug (or <see cref="HubChangeFeed.Everything"/>) and, after a save, its new revision.</summary>
public sealed record HubChanged(string Slug, int? Revision)
{
    /// <summary>Revision 1 is the hub's first save: it was just created.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsCreation => Revision == 1;
}

/// <summary>
/// In-process broadcast of committed hub changes (this node's writes and other nodes' notices), for live updates.
/// Each subscriber owns a bounded channel, so a slow subscriber loses its oldest events instead of slowing writers.
/// </summary>
public sealed class HubEvents
{
    private const int Backlog = 256;
    private readonly Lock _lock = new();
    private readonly List<Channel<HubChanged>> _subscribers = [];

    public int SubscriberCount
    {
        get
        {
            lock (_lock)
            {
                return _subscribers.Count;
            }
        }
    }

    public void Raise(HubChanged change)
    {
        Channel<HubChanged>[] subscribers;
        lock (_lock)
        {
            subscribers = [.. _subscribers];
        }

        foreach (var subscriber in subscribers)
        {
            subscriber.Writer.TryWrite(change);
        }
    }

    /// <summary>The changes committed from now until the token is cancelled.</summary>
    public async IAsyncEnumerable<HubChanged> ListenAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var channel = Channel.CreateBounded<HubChanged>(new BoundedChannelOptions(Backlog)
        {
            FullMode = BoundedChannelFullMode.DropOldest,
            SingleReader = true,
        });
        lock (_lock)
        {
            _subscribers.Add(channel);
        }

        try
        {
            await foreach (var change in channel.Reader.ReadAllAsync(cancellationToken))
            {
                yield return change;
            }
        }
        finally
        {
            lock (_lock)
            {
                _subscribers.Remove(channel);
            }
        }
    }
}
