using Nexus.GraphQL.Language;
using Nexus.GraphQL.Types;

namespace Nexus.GraphQL.Execution;

/// <summary>
/// The field whose value is being completed: what error messages and type resolution need. The resolver
/// context exists for fields with a resolver or a composite type; plain leaf fields skip that allocation.
/// </summary>
internal readonly record struct FieldScope(ObjectType ParentType, FieldDefinition Field, List<FieldNode> Nodes, ResolveContext? Context)
{
    public string Coordinate => $"{ParentType.Name}.{Field.Name}";
}
