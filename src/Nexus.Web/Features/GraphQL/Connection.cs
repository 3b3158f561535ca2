using System.Text;
using Nexus.GraphQL.Types;

namespace Nexus.Web.Features.GraphQL;

/// <summary>One page of a Relay connection over an ordered list; cursors are opaque offsets.</summary>
public sealed record Connection<T>(IReadOnlyList<T> Nodes, int Offset, int TotalCount)
{
    public IEnumerable<Edge<T>> Edges => Nodes.Select((node, i) => new Edge<T>(Cursors.Encode(Offset + i), node));

    public PageInfo PageInfo => new(
        HasNextPage: Offset + Nodes.Count < TotalCount,
        HasPreviousPage: Offset > 0,
        StartCursor: Nodes.Count > 0 ? Cursors.Encode(Offset) : null,
        EndCursor: Nodes.Count > 0 ? Cursors.Encode(Offset + Nodes.Count - 1) : null);
}

public sealed record Edge<T>(string Cursor, T Node);

public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);

/// <summary>The page a <c>first</c>/<c>after</c> pair asks for.</summary>
public readonly record struct PageRequest(int Offset, int Size)
{
    public static PageRequest From(int? first, string? after, int maxPageSize)
    {
        var size = first ?? 20;
        if (size < 0 || size > maxPageSize)
        {
            throw GraphQLErrors.Coded("BAD_USER_INPUT", $"'first' must be between 0 and {maxPageSize}.");
        }

        var offset = after is null ? 0 : Cursors.Decode(after) + 1;
        return new PageRequest(offset, size);
    }
}

/// <summary>
/// A connection page over a service paged by page number and size: the page that covers the requested offsets (the
/// requested page itself when the offset is a multiple of the size) and the slice of it to show.
/// </summary>
public readonly record struct PageWindow(PageRequest Request, int Page, int PageSize, int Skip)
{
    public static PageWindow Of(PageRequest request) => request.Size > 0 && request.Offset % request.Size == 0
        ? new PageWindow(request, request.Offset / request.Size + 1, request.Size, 0)
        : new PageWindow(request, 1, Math.Max(1, request.Offset + request.Size), request.Offset);

    public Connection<T> Slice<T>(IReadOnlyList<T> items, int total) =>
        new([.. items.Skip(Skip).Take(Request.Size)], Request.Offset, total);
}

public static class Cursors
{
    private const string Prefix = "offset:";

    public static string Encode(int offset) => Convert.ToBase64String(Encoding.UTF8.GetBytes(Prefix + offset));

    public static int Decode(string cursor)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            if (text.StartsWith(Prefix, StringComparison.Ordinal) && int.TryParse(text.AsSpan(Prefix.Length), out var offset) && offset >= 0)
            {
                return offset;
            }
        }
        catch (FormatException)
        {
            // Reported below like any other cursor this server did not hand out.
        }

        throw GraphQLErrors.Coded("BAD_USER_INPUT", $"'{cursor}' is not a cursor of this connection.");
    }

    /// <summary>
    /// Declares <c>{node}Connection</c> and <c>{node}Edge</c> (PageInfo is declared once by the schema). Cost analysis
    /// counts list sizes from list fields' own arguments, so the page lists assume the largest page.
    /// </summary>
    public static SchemaBuilder ConnectionOf(this SchemaBuilder schema, string node, int maxPageSize) => schema
        .Object($"{node}Connection", t => t
            .Description($"A page of {node} values (Relay cursor connection).")
            .Field("edges", $"[{node}Edge!]!", f => f.ListSize(maxPageSize))
            .Field("nodes", $"[{node}!]!", f => f.ListSize(maxPageSize))
            .Field("pageInfo", "PageInfo!")
            .Field("totalCount", "Int!"))
        .Object($"{node}Edge", t => t.Field("cursor", "String!").Field("node", $"{node}!"));
}
