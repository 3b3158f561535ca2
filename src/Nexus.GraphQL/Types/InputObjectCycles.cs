namespace Nexus.GraphQL.Types;

/// <summary>Finds input objects that reference themselves through non-null fields, which no finite value could satisfy.</summary>
internal static class InputObjectCycles
{
    public static void Find(Schema schema, List<string> errors)
    {
        var visited = new HashSet<string>();
        foreach (var input in schema.Types.Values.OfType<InputObjectType>())
        {
            Visit(input, visited, [], [], errors);
        }
    }

    private static void Visit(InputObjectType input, HashSet<string> visited, List<string> path, Dictionary<string, int> onPath,
        List<string> errors)
    {
        if (!visited.Add(input.Name))
        {
            return;
        }

        onPath[input.Name] = path.Count;
        foreach (var field in input.Fields.Values)
        {
            // Only non-null, non-list references force a value; oneOf fields are nullable by rule.
            if (field.Type is not NonNullType { OfType: InputObjectType target })
            {
                continue;
            }

            path.Add(field.Name);
            if (onPath.TryGetValue(target.Name, out var start))
            {
                var cycle = string.Join(".", path.Skip(start));
                errors.Add($"Cannot reference Input Object \"{target.Name}\" within itself through a series of non-null fields: \"{cycle}\".");
            }
            else
            {
                Visit(target, visited, path, onPath, errors);
            }

            path.RemoveAt(path.Count - 1);
        }

        onPath.Remove(input.Name);
    }
}
