using Nexus.GraphQL.Language;
using Nexus.GraphQL.Types;

namespace Nexus.GraphQL.Validation.Rules;

/// <summary>Spec 5.3.1: every selected field exists on the type it is selected on.</summary>
public sealed class FieldsOnCorrectTypeRule() : ValidationRule(context => new Visitor(context))
{
    private sealed class Visitor(ValidationContext context) : ValidationVisitor(context)
    {
        public override void Enter(SyntaxNode node)
        {
            if (node is not FieldNode field || Context.TypeInfo.ParentType is not { } parent || Context.TypeInfo.FieldDefinition is not null)
            {
                return;
            }

            var name = field.Name.Value;

            // Suggest inline fragments on types that have the field first; only then similar field names.
            var typeSuggestions = SuggestTypes(Context.Schema, parent, name);
            var hint = typeSuggestions.Count > 0
                ? Suggestions.DidYouMean(typeSuggestions, "to use an inline fragment on")
                : Suggestions.DidYouMean(parent is FieldsType fields ? Suggestions.List(name, fields.Fields.Keys) : []);
            Context.ReportError($"Cannot query field \"{name}\" on type \"{parent.Name}\".{hint}", field);
        }

        private static List<string> SuggestTypes(Schema schema, NamedType parent, string fieldName)
        {
            if (parent is not (InterfaceType or UnionType))
            {
                return [];
            }

            var interfaceUsage = new Dictionary<string, int>();
            var objects = new List<ObjectType>();
            foreach (var possible in schema.GetPossibleTypes(parent).Where(t => t.Field(fieldName) is not null))
            {
                objects.Add(possible);
                foreach (var iface in possible.Interfaces.Where(i => i.Field(fieldName) is not null))
                {
                    interfaceUsage[iface.Name] = interfaceUsage.GetValueOrDefault(iface.Name) + 1;
                }
            }

            return
            [
                .. interfaceUsage.OrderByDescending(x => x.Value).ThenBy(x => x.Key, StringComparer.Ordinal).Select(x => x.Key),
                .. objects.Select(o => o.Name).OrderBy(n => n, StringComparer.Ordinal),
            ];
        }
    }
}
