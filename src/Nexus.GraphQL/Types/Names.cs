using Nexus.GraphQL.Language;

namespace Nexus.GraphQL.Types;

internal static class Names
{
    /// <summary>Rejects names that the grammar's Name token could not express.</summary>
    public static string Validate(string name)
    {
        if (name.Length == 0 || !CharClasses.IsNameStart(name[0]) || !name.All(CharClasses.IsNameContinue))
        {
            throw new ArgumentException($"Names must match /^[_a-zA-Z][_a-zA-Z0-9]*$/ but \"{name}\" does not.", nameof(name));
        }

        return name;
    }
}
