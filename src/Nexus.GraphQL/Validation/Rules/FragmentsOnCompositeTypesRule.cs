using Nexus.GraphQL.Language;
using Nexus.GraphQL.Types;

namespace Nexus.GraphQL.Validation.Rules;

/// <summary>Spec 5.5.1.3: fragments condition on object, interface or union types only.</summary>
public sealed class FragmentsOnCompositeTypesRule() : ValidationRule(context => new Visitor(context))
{
    private sealed class Visitor(ValidationContext context) : ValidationVisitor(context)
    {
        public override void Enter(SyntaxNode node)
        {
            switch (node)
            {
                case InlineFragmentNode { TypeCondition: { } condition } when IsNonComposite(condition):
                    Context.ReportError($"Fragment cannot condition on non composite type \"{Printer.Print(condition)}\".", condition);
                    break;
                case FragmentDefinitionNode fragment when IsNonComposite(fragment.TypeCondition):
                    Context.ReportError(
                        $"Fragment \"{fragment.Name.Value}\" cannot condition on non composite type \"{Printer.Print(fragment.TypeCondition)}\".",
                        fragment.TypeCondition);
                    break;
            }
        }

        // Unknown types are KnownTypeNames' to report.
        private bool IsNonComposite(NamedTypeNode condition) =>
            TypeInfo.TypeFromAst(Context.Schema, condition) is { } type && type is not (FieldsType or UnionType);
    }
}
