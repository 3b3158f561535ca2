namespace Nexus.GraphQL.Execution;

/// <summary>An immutable path into the response (field keys and list indices), shared by siblings.</summary>
public sealed record ResponsePath(ResponsePath? Previous, object Key)
{
    private static readonly object[] BoxedIndices = [.. Enumerable.Range(0, 1024).Select(i => (object)i)];

    public ResponsePath Append(object key) => new(this, key);

    /// <summary>Appends a list index, reusing boxes for small indices (lists are where paths multiply).</summary>
    public ResponsePath Append(int index) => new(this, index < BoxedIndices.Length ? BoxedIndices[index] : index);

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
