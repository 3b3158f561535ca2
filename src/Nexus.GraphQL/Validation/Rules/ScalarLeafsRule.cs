using Nexus.GraphQL.Language;

namespace Nexus.GraphQL.Validation.Rules;

/// <summary>Spec 5.3.3: leaf fields have no selection set; object, interface and union fields need one.</summary>
public sealed class ScalarLeafsRule() : ValidationRule(context => new Visitor(context))
{
    private sealed class Visitor(ValidationContext context) : ValidationVisitor(context)
    {
        public override void Enter(SyntaxNode node)
        {
            if (node is not FieldNode field || Context.TypeInfo.Type is not { } type)
            {
                return;
            }

            var name = field.Name.Value;
            if (type.IsLeafType && field.SelectionSet is not null)
            {
                Context.ReportError($"Field \"{name}\" must not have a selection since type \"{type}\" has no subfields.", field.SelectionSet);
            }
            else if (!type.IsLeafType && field.SelectionSet is null)
            {
                Context.ReportError($"Field \"{name}\" of type \"{type}\" must have a selection of subfields. Did you mean \"{name} {{ ... }}\"?", field);
            }
        }
    }
}
