using Nexus.GraphQL.Language;
using Nexus.GraphQL.Types;

namespace Nexus.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.3.2: fields with the same response name can be merged: they are the same field with the same
/// arguments (unless their parents are different object types, which never both apply) and their results
/// have compatible shapes. Follows graphql-js 16's algorithm, including its caches: field maps per selection
/// set, and the fields/fragment and fragment/fragment pairs already compared, which keep overlapping
/// fragments from costing exponential time.
/// </summary>
public sealed partial class OverlappingFieldsCanBeMergedRule() : ValidationRule(context => new Visitor(context))
{
    private sealed class Visitor(ValidationContext context) : ValidationVisitor(context)
    {
        private readonly ConflictFinder _finder = new(context);

        public override void Enter(SyntaxNode node)
        {
            if (node is not SelectionSetNode selectionSet)
            {
                return;
            }

            foreach (var conflict in _finder.FindWithin(Context.TypeInfo.ParentType, selectionSet))
            {
                Context.ReportError(
                    $"Fields \"{conflict.ResponseName}\" conflict because {conflict.Reason.Describe()}. Use different aliases on the fields to fetch both if this was intentional.",
                    [.. conflict.Fields1, .. conflict.Fields2]);
            }
        }
    }
}
