namespace Nexus.GraphQL.Types;

/// <summary>One problem found while coercing an input value: where (keys and indices), the offending value and why.</summary>
public sealed record InputCoercionError(IReadOnlyList<object> Path, object? Value, string Message)
{
    /// <summary>The path as graphql-js prints it after a variable name: ".field[2].inner".</summary>
    public string PrintPath() => string.Concat(Path.Select(key => key is int index ? $"[{index}]" : $".{key}"));
}
