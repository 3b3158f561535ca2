namespace Nexus.GraphQL.Execution;

/// <summary>Carries a field error up to the nearest nullable parent, which records it and becomes null.</summary>
internal sealed class NullPropagationException(GraphQLError error) : Exception(error.Message)
{
    public GraphQLError Error { get; } = error;
}

/// <summary>Thrown by resolvers to report an error with extensions (e.g. a code) to the client.</summary>
public class GraphQLException(string message, IReadOnlyDictionary<string, object?>? extensions = null, Exception? inner = null)
    : Exception(message, inner)
{
    public IReadOnlyDictionary<string, object?>? Extensions { get; } = extensions;
}
