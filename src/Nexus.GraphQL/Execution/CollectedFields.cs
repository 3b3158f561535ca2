using Nexus.GraphQL.Language;
using Nexus.GraphQL.Types;

namespace Nexus.GraphQL.Execution;

/// <summary>The fields to execute on one object type: response keys, their merged field nodes and definitions.</summary>
internal sealed class CollectedFields
{
    public CollectedFields(OrderedDictionary<string, List<FieldNode>> grouped, Func<FieldNode, FieldDefinition?> definitionOf)
    {
        // Fields unknown to the type (only possible without validation) are left out of the response.
        var known = grouped.Select(g => (g.Key, Nodes: g.Value, Definition: definitionOf(g.Value[0])))
            .Where(f => f.Definition is not null).ToList();
        Keys = [.. known.Select(f => f.Key)];
        Nodes = [.. known.Select(f => f.Nodes)];
        Definitions = [.. known.Select(f => f.Definition!)];
    }

    public string[] Keys { get; }

    public List<FieldNode>[] Nodes { get; }

    public FieldDefinition[] Definitions { get; }

    public int Count => Keys.Length;
}
