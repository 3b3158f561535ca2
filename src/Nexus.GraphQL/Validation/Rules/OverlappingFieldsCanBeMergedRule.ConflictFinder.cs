using Nexus.GraphQL.Language;
using Nexus.GraphQL.Types;

namespace Nexus.GraphQL.Validation.Rules;

/// <summary>The conflict search behind the rule.</summary>
public sealed partial class OverlappingFieldsCanBeMergedRule
{
    /// <summary>Why two fields cannot be merged: a message, or the conflicts among their subfields.</summary>
    private sealed record ConflictReason(string? Message, IReadOnlyList<(string ResponseName, ConflictReason Reason)> Subfields)
    {
        public string Describe() => Message ?? string.Join(" and ",
            Subfields.Select(s => $"subfields \"{s.ResponseName}\" conflict because {s.Reason.Describe()}"));
    }

    /// <summary>Two groups of fields under one response name that cannot be merged.</summary>
    private sealed record FieldConflict(string ResponseName, ConflictReason Reason, IReadOnlyList<FieldNode> Fields1, IReadOnlyList<FieldNode> Fields2);

    /// <summary>The search itself (graphql-js findConflictsWithinSelectionSet and its helpers).</summary>
    private sealed class ConflictFinder(ValidationContext context)
    {
        private readonly Dictionary<SelectionSetNode, FieldsAndFragments> _fieldsCache = new(ReferenceEqualityComparer.Instance);
        private readonly ComparedPairs<(string, string)> _comparedFragmentPairs = new(EqualityComparer<(string, string)>.Default);
        private readonly ComparedPairs<(OrderedDictionary<string, List<FieldAndDefinition>>, string)> _comparedFieldsAndFragments =
            new(new FieldsAndFragmentComparer());
        private readonly Dictionary<ValueNode, string> _valueKeys = new(ReferenceEqualityComparer.Instance);
        private readonly Dictionary<(NamedType?, string), int> _copyClasses = [];
        private readonly HashSet<int> _compatibleCopies = [];

        private sealed record FieldAndDefinition(NamedType? ParentType, FieldNode Node, FieldDefinition? Definition);

        private sealed record FieldsAndFragments(OrderedDictionary<string, List<FieldAndDefinition>> Fields, IReadOnlyList<string> FragmentNames);

        /// <summary>Conflicts among the fields of one selection set, including those its fragment spreads bring in.</summary>
        public List<FieldConflict> FindWithin(NamedType? parentType, SelectionSetNode selectionSet)
        {
            var conflicts = new List<FieldConflict>();
            var (fields, fragmentNames) = GetFieldsAndFragmentNames(parentType, selectionSet);
            CollectConflictsWithin(conflicts, fields);
            for (var i = 0; i < fragmentNames.Count; i++)
            {
                CollectConflictsBetweenFieldsAndFragment(conflicts, false, fields, fragmentNames[i]);
                for (var j = i + 1; j < fragmentNames.Count; j++)
                {
                    CollectConflictsBetweenFragments(conflicts, false, fragmentNames[i], fragmentNames[j]);
                }
            }

            return conflicts;
        }

        private void CollectConflictsBetweenFieldsAndFragment(List<FieldConflict> conflicts, bool mutuallyExclusive,
            OrderedDictionary<string, List<FieldAndDefinition>> fields, string fragmentName)
        {
            // Each set of fields is compared with each fragment once; this also ends cycles of spreads.
            if (!_comparedFieldsAndFragments.Add((fields, fragmentName), mutuallyExclusive) || context.GetFragment(fragmentName) is not { } fragment)
            {
                return;
            }

            var (fragmentFields, referencedNames) = GetReferencedFieldsAndFragmentNames(fragment);
            if (ReferenceEquals(fields, fragmentFields))
            {
                return;
            }

            CollectConflictsBetween(conflicts, mutuallyExclusive, fields, fragmentFields);
            foreach (var referencedName in referencedNames)
            {
                CollectConflictsBetweenFieldsAndFragment(conflicts, mutuallyExclusive, fields, referencedName);
            }
        }

        private void CollectConflictsBetweenFragments(List<FieldConflict> conflicts, bool mutuallyExclusive, string fragmentName1, string fragmentName2)
        {
            // A fragment cannot conflict with itself, and a pair compared once need not be compared again.
            var pair = string.CompareOrdinal(fragmentName1, fragmentName2) < 0 ? (fragmentName1, fragmentName2) : (fragmentName2, fragmentName1);
            if (fragmentName1 == fragmentName2 || !_comparedFragmentPairs.Add(pair, mutuallyExclusive))
            {
                return;
            }

            if (context.GetFragment(fragmentName1) is not { } fragment1 || context.GetFragment(fragmentName2) is not { } fragment2)
            {
                return;
            }

            var (fields1, referenced1) = GetReferencedFieldsAndFragmentNames(fragment1);
            var (fields2, referenced2) = GetReferencedFieldsAndFragmentNames(fragment2);
            CollectConflictsBetween(conflicts, mutuallyExclusive, fields1, fields2);
            foreach (var name in referenced2)
            {
                CollectConflictsBetweenFragments(conflicts, mutuallyExclusive, fragmentName1, name);
            }

            foreach (var name in referenced1)
            {
                CollectConflictsBetweenFragments(conflicts, mutuallyExclusive, name, fragmentName2);
            }
        }

        private List<FieldConflict> FindBetweenSubSelectionSets(bool mutuallyExclusive, NamedType? parentType1, SelectionSetNode selectionSet1,
            NamedType? parentType2, SelectionSetNode selectionSet2)
        {
            var conflicts = new List<FieldConflict>();
            var (fields1, fragmentNames1) = GetFieldsAndFragmentNames(parentType1, selectionSet1);
            var (fields2, fragmentNames2) = GetFieldsAndFragmentNames(parentType2, selectionSet2);
            CollectConflictsBetween(conflicts, mutuallyExclusive, fields1, fields2);
            foreach (var name in fragmentNames2)
            {
                CollectConflictsBetweenFieldsAndFragment(conflicts, mutuallyExclusive, fields1, name);
            }

            foreach (var name in fragmentNames1)
            {
                CollectConflictsBetweenFieldsAndFragment(conflicts, mutuallyExclusive, fields2, name);
            }

            foreach (var name1 in fragmentNames1)
            {
                foreach (var name2 in fragmentNames2)
                {
                    CollectConflictsBetweenFragments(conflicts, mutuallyExclusive, name1, name2);
                }
            }

            return conflicts;
        }

        private void CollectConflictsWithin(List<FieldConflict> conflicts, OrderedDictionary<string, List<FieldAndDefinition>> fields)
        {
            foreach (var (responseName, group) in fields.Where(f => f.Value.Count > 1))
            {
                var copies = CopyClasses(group);
                for (var i = 0; i < group.Count; i++)
                {
                    for (var j = i + 1; j < group.Count; j++)
                    {
                        var sameCopy = copies[i] == copies[j];
                        if (sameCopy && _compatibleCopies.Contains(copies[i]))
                        {
                            continue;
                        }

                        if (FindConflict(false, responseName, group[i], group[j]) is { } conflict)
                        {
                            conflicts.Add(conflict);
                        }
                        else if (sameCopy)
                        {
                            _compatibleCopies.Add(copies[i]);
                        }
                    }
                }
            }
        }

        /// <summary>
        /// Numbers the fields so that textually identical ones on the same parent type share a number. Two such copies
        /// merge if any two do (the memos of compared pairs only ever suppress comparisons), so once one pair is found compatible
        /// the others need no comparison: thousands of repeated fields stay fast, with the same errors.
        /// </summary>
        private int[] CopyClasses(List<FieldAndDefinition> group) =>
            [.. group.Select(f => (f.ParentType, Printer.Print(f.Node))).Select(key => _copyClasses.TryGetValue(key, out var id) ? id : _copyClasses[key] = _copyClasses.Count)];

        private void CollectConflictsBetween(List<FieldConflict> conflicts, bool mutuallyExclusive,
            OrderedDictionary<string, List<FieldAndDefinition>> fields1, OrderedDictionary<string, List<FieldAndDefinition>> fields2)
        {
            foreach (var (responseName, group1) in fields1)
            {
                if (!fields2.TryGetValue(responseName, out var group2))
                {
                    continue;
                }

                foreach (var field1 in group1)
                {
                    foreach (var field2 in group2)
                    {
                        if (FindConflict(mutuallyExclusive, responseName, field1, field2) is { } conflict)
                        {
                            conflicts.Add(conflict);
                        }
                    }
                }
            }
        }

        private FieldConflict? FindConflict(bool parentsMutuallyExclusive, string responseName, FieldAndDefinition field1, FieldAndDefinition field2)
        {
            // Fields on different object types are never both executed, so only the shape of their results must agree.
            var mutuallyExclusive = parentsMutuallyExclusive ||
                (!ReferenceEquals(field1.ParentType, field2.ParentType) && field1.ParentType is ObjectType && field2.ParentType is ObjectType);
            var (node1, node2) = (field1.Node, field2.Node);
            if (!mutuallyExclusive)
            {
                if (node1.Name.Value != node2.Name.Value)
                {
                    return Conflict($"\"{node1.Name.Value}\" and \"{node2.Name.Value}\" are different fields");
                }

                if (!SameArguments(node1, node2))
                {
                    return Conflict("they have differing arguments");
                }
            }

            var (type1, type2) = (field1.Definition?.Type, field2.Definition?.Type);
            if (type1 is not null && type2 is not null && DoTypesConflict(type1, type2))
            {
                return Conflict($"they return conflicting types \"{type1}\" and \"{type2}\"");
            }

            if (node1.SelectionSet is not { } selectionSet1 || node2.SelectionSet is not { } selectionSet2)
            {
                return null;
            }

            var subConflicts = FindBetweenSubSelectionSets(mutuallyExclusive, type1?.Named, selectionSet1, type2?.Named, selectionSet2);
            return subConflicts.Count == 0
                ? null
                : new FieldConflict(responseName,
                    new ConflictReason(null, [.. subConflicts.Select(c => (c.ResponseName, c.Reason))]),
                    [node1, .. subConflicts.SelectMany(c => c.Fields1)],
                    [node2, .. subConflicts.SelectMany(c => c.Fields2)]);

            FieldConflict Conflict(string message) => new(responseName, new ConflictReason(message, []), [node1], [node2]);
        }

        /// <summary>Whether two result types have incompatible shapes: different list/non-null wrapping or different leaf types.</summary>
        private static bool DoTypesConflict(GraphQLType type1, GraphQLType type2) => (type1, type2) switch
        {
            (ListType list1, ListType list2) => DoTypesConflict(list1.OfType, list2.OfType),
            (ListType, _) or (_, ListType) => true,
            (NonNullType nonNull1, NonNullType nonNull2) => DoTypesConflict(nonNull1.OfType, nonNull2.OfType),
            (NonNullType, _) or (_, NonNullType) => true,
            _ when type1.IsLeafType || type2.IsLeafType => !ReferenceEquals(type1, type2),
            _ => false,
        };

        private FieldsAndFragments GetFieldsAndFragmentNames(NamedType? parentType, SelectionSetNode selectionSet)
        {
            if (!_fieldsCache.TryGetValue(selectionSet, out var cached))
            {
                var fields = new OrderedDictionary<string, List<FieldAndDefinition>>();
                var fragmentNames = new List<string>();
                CollectFieldsAndFragmentNames(parentType, selectionSet, fields, fragmentNames);
                _fieldsCache[selectionSet] = cached = new FieldsAndFragments(fields, fragmentNames);
            }

            return cached;
        }

        // A fragment's fields are collected with its type condition as parent type.
        private FieldsAndFragments GetReferencedFieldsAndFragmentNames(FragmentDefinitionNode fragment) =>
            _fieldsCache.TryGetValue(fragment.SelectionSet, out var cached)
                ? cached
                : GetFieldsAndFragmentNames(TypeInfo.TypeFromAst(context.Schema, fragment.TypeCondition) as NamedType, fragment.SelectionSet);

        private void CollectFieldsAndFragmentNames(NamedType? parentType, SelectionSetNode selectionSet,
            OrderedDictionary<string, List<FieldAndDefinition>> fields, List<string> fragmentNames)
        {
            foreach (var selection in selectionSet.Selections)
            {
                switch (selection)
                {
                    case FieldNode field:
                        if (!fields.TryGetValue(field.ResponseKey, out var group))
                        {
                            fields[field.ResponseKey] = group = [];
                        }

                        group.Add(new FieldAndDefinition(parentType, field, (parentType as FieldsType)?.Field(field.Name.Value)));
                        break;
                    case FragmentSpreadNode spread when !fragmentNames.Contains(spread.Name.Value):
                        fragmentNames.Add(spread.Name.Value);
                        break;
                    case InlineFragmentNode inline:
                        var type = inline.TypeCondition is { } condition ? TypeInfo.TypeFromAst(context.Schema, condition) as NamedType : parentType;
                        CollectFieldsAndFragmentNames(type, inline.SelectionSet, fields, fragmentNames);
                        break;
                }
            }
        }

        /// <summary>The same arguments by name, each with the same value (object fields in any order).</summary>
        private bool SameArguments(FieldNode field1, FieldNode field2)
        {
            if (field1.Arguments.Count != field2.Arguments.Count)
            {
                return false;
            }

            var values2 = new Dictionary<string, ValueNode>();
            foreach (var argument in field2.Arguments)
            {
                values2[argument.Name.Value] = argument.Value;
            }

            return field1.Arguments.All(argument =>
                values2.TryGetValue(argument.Name.Value, out var value2) && ValueKey(argument.Value) == ValueKey(value2));
        }

        private string ValueKey(ValueNode value)
        {
            if (!_valueKeys.TryGetValue(value, out var key))
            {
                _valueKeys[value] = key = Printer.Print(Sort(value));
            }

            return key;
        }

        private static ValueNode Sort(ValueNode value) => value switch
        {
            ObjectValueNode obj => new ObjectValueNode([.. obj.Fields.OrderBy(f => f.Name.Value, StringComparer.Ordinal)
                .Select(f => new ObjectFieldNode(f.Name, Sort(f.Value)))]),
            ListValueNode list => new ListValueNode([.. list.Values.Select(Sort)]),
            _ => value,
        };

        /// <summary>Pairs already compared (graphql-js PairSet): comparing without exclusivity covers comparing with it, not the reverse.</summary>
        private sealed class ComparedPairs<TPair>(IEqualityComparer<TPair> comparer)
            where TPair : notnull
        {
            private readonly Dictionary<TPair, bool> _pairs = new(comparer);

            /// <summary>Records the comparison; false when an earlier one already covers it.</summary>
            public bool Add(TPair pair, bool mutuallyExclusive)
            {
                if (_pairs.TryGetValue(pair, out var recorded) && (mutuallyExclusive || !recorded))
                {
                    return false;
                }

                _pairs[pair] = mutuallyExclusive;
                return true;
            }
        }

        /// <summary>Field maps by identity (as graphql-js keys them), fragment names by value.</summary>
        private sealed class FieldsAndFragmentComparer : IEqualityComparer<(OrderedDictionary<string, List<FieldAndDefinition>> Fields, string Name)>
        {
            public bool Equals((OrderedDictionary<string, List<FieldAndDefinition>> Fields, string Name) x,
                (OrderedDictionary<string, List<FieldAndDefinition>> Fields, string Name) y) =>
                ReferenceEquals(x.Fields, y.Fields) && x.Name == y.Name;

            public int GetHashCode((OrderedDictionary<string, List<FieldAndDefinition>> Fields, string Name) pair) =>
                HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(pair.Fields), pair.Name);
        }
    }
}
