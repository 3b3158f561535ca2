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

        /// <summary>Types that do have the field: most used interfaces first, super types before subtypes, then by name.</summary>
        private static List<string> SuggestTypes(Schema schema, NamedType parent, string fieldName)
        {
            if (parent is not (InterfaceType or UnionType))
            {
                return [];
            }

            var usage = new Dictionary<string, int>();
            var suggested = new List<FieldsType>();
            foreach (var possible in schema.GetPossibleTypes(parent).Where(t => t.Field(fieldName) is not null))
            {
                suggested.Add(possible);
                usage[possible.Name] = 1;
                foreach (var iface in possible.Interfaces.Where(i => i.Field(fieldName) is not null))
                {
                    if (!usage.ContainsKey(iface.Name))
                    {
                        suggested.Add(iface);
                    }

                    usage[iface.Name] = usage.GetValueOrDefault(iface.Name) + 1;
                }
            }

            return [.. BinaryInsertionSort(suggested, Compare).Select(t => t.Name)];

            int Compare(FieldsType a, FieldsType b)
            {
                var byUsage = usage[b.Name] - usage[a.Name];
                if (byUsage != 0)
                {
                    return byUsage;
                }

                if (a is InterfaceType && schema.IsSubType(a, b))
                {
                    return -1;
                }

                return b is InterfaceType && schema.IsSubType(b, a) ? 1 : string.CompareOrdinal(a.Name, b.Name);
            }
        }

        /// <summary>The sort JavaScript engines use for short arrays; the comparison above is not a total order, so the algorithm matters.</summary>
        private static List<T> BinaryInsertionSort<T>(List<T> items, Comparison<T> compare)
        {
            var sorted = new List<T>(items.Count);
            foreach (var item in items)
            {
                int low = 0, high = sorted.Count;
                while (low < high)
                {
                    var middle = (low + high) / 2;
                    if (compare(item, sorted[middle]) < 0)
                    {
                        high = middle;
                    }
                    else
                    {
                        low = middle + 1;
                    }
                }

                sorted.Insert(low, item);
            }

            return sorted;
        }
    }
}
