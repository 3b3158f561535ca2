namespace Nexus.GraphQL.Language;

/// <summary>Raised by the lexer and parser; the message follows graphql-js ("Syntax Error: ...").</summary>
public sealed class GraphQLSyntaxError(string description, SourceLocation location)
    : Exception($"Syntax Error: {description}")
{
    public string Description { get; } = description;

    public SourceLocation Location { get; } = location;
}
