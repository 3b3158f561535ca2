namespace Nexus.GraphQL.Types;

/// <summary>A value could not be coerced to or from a GraphQL type; the message is the client-facing reason.</summary>
public sealed class GraphQLCoercionException(string message) : Exception(message);
