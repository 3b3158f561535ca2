namespace Nexus.Documents;

/// <summary>
/// A learner hub as structured data. Text fields hold Markdown; <see cref="Sections"/> keeps the
/// document order and any prose that did not become structured items.
/// </summary>
public sealed record HubDocument(
    string Title,
    string Summary,
    IReadOnlyList<HubSection> Sections,
    IReadOnlyList<TopicNote> Technologies,
    IReadOnlyList<TopicNote> Concepts,
    IReadOnlyList<ChallengeDocument> Challenges,
    IReadOnlyList<string> Takeaways,
    IReadOnlyList<SnippetDocument> Snippets,
    IReadOnlyList<ResourceDocument> Resources,
    IReadOnlyList<ProjectDocument> Projects,
    AuthorDocument? Author)
{
    public static HubDocument Empty { get; } = new("", "", [], [], [], [], [], [], [], [], null);

    /// <summary>Compares every field, lists element by element (record equality compares list references).</summary>
    public bool StructurallyEquals(HubDocument? other) => HubDocumentComparer.Instance.Equals(this, other);
}
