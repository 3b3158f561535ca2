namespace Nexus.GraphQL.Execution;

/// <summary>An immutable path into the response (field keys and list indices), shared by siblings.</summary>
public sealed record ResponsePath(ResponsePath? Previous, object Key)
{
    public ResponsePath Append(object key) => new(this, key);

    public IReadOnlyList<object> ToList()
    {
        var keys = new List<object>();
        for (var current = this; current is not null; current = current.Previous)
        {
            keys.Add(current.Key);
        }

        keys.Reverse();
        return keys;
    }

    public override string ToString() => string.Join(".", ToList());
}
