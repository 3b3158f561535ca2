using Nexus.GraphQL.Validation.Rules;

namespace Nexus.GraphQL.Validation;

/// <summary>The rules run by default, in graphql-js's order; add each section-5 rule here as it is written.</summary>
public static class SpecifiedRules
{
    public static IReadOnlyList<IValidationRule> All { get; } =
    [
        new ExecutableDefinitionsRule(),
        new ScalarLeafsRule(),
        new FieldsOnCorrectTypeRule(),
        new NoUndefinedVariablesRule(),
        new KnownArgumentNamesRule(),
    ];
}
