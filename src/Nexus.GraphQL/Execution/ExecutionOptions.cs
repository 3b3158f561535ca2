using Nexus.GraphQL.Language;
using Nexus.GraphQL.Validation;

namespace Nexus.GraphQL.Execution;

/// <summary>Safety limits and switches applied to every request that uses these options.</summary>
public sealed record ExecutionOptions
{
    public static ExecutionOptions Default { get; } = new();

    public ParserOptions Parser { get; init; } = ParserOptions.Default;

    public IReadOnlyList<IValidationRule> ValidationRules { get; init; } = SpecifiedRules.All;

    /// <summary>When false, <c>__schema</c> and <c>__type</c> are rejected (<c>__typename</c> stays available).</summary>
    public bool EnableIntrospection { get; init; } = true;

    /// <summary>Deepest allowed nesting of fields (the root fields are depth 1).</summary>
    public int? MaxDepth { get; init; }

    /// <summary>Largest allowed estimated cost: each field costs 1 times the sizes of the lists around it.</summary>
    public int? MaxCost { get; init; }

    /// <summary>Most aliased fields allowed in one operation.</summary>
    public int? MaxAliases { get; init; }

    /// <summary>Most field selections allowed in one operation (fragments counted where they are spread).</summary>
    public int? MaxFields { get; init; }

    /// <summary>The list size cost analysis assumes when neither a first/limit argument nor a field hint gives one.</summary>
    public int DefaultListSize { get; init; } = 10;

    public TimeSpan? Timeout { get; init; }

    /// <summary>Parses and validates each distinct query text once.</summary>
    public DocumentCache? DocumentCache { get; init; }

    /// <summary>Known documents by id ("sha256:&lt;hex&gt;" of their text, see <see cref="DocumentCache.Hash"/>).</summary>
    public IReadOnlyDictionary<string, string>? PersistedDocuments { get; init; }

    /// <summary>Allow-list mode: only persisted documents run, whether sent by id or as text.</summary>
    public bool OnlyPersistedDocuments { get; init; }

    /// <summary>
    /// Reuse the JSON of fields declared with <see cref="Types.FieldBuilder.ReuseCompletedValueBy"/>; such values then appear
    /// in <see cref="ExecutionResult.Data"/> as <see cref="RawJson"/>. For servers that write results as JSON.
    /// </summary>
    public bool ReuseCompletedValues { get; init; }

    /// <summary>When true, messages of unexpected resolver exceptions are replaced by "Unexpected error.".</summary>
    public bool MaskUnexpectedErrors { get; init; }
}
