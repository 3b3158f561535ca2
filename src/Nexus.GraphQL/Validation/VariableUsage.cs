using Nexus.GraphQL.Language;
using Nexus.GraphQL.Types;

namespace Nexus.GraphQL.Validation;

/// <summary>
/// A variable used somewhere, with the input type expected there, the default at that position and the
/// input type around it (the list or input object the variable is an item or field of).
/// </summary>
public sealed record VariableUsage(VariableNode Node, GraphQLType? Type, ValueNode? DefaultValue, GraphQLType? ParentType = null);
