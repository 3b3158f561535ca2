namespace Nexus.GraphQL.Types;

/// <summary>The schema breaks type-system rules; raised when building it, listing every problem found.</summary>
public sealed class GraphQLSchemaException(IReadOnlyList<string> errors) : Exception(string.Join(Environment.NewLine, errors))
{
    public GraphQLSchemaException(string error)
        : this([error])
    {
    }

    public IReadOnlyList<string> Errors { get; } = errors;
}
