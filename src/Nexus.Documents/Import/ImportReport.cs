namespace Nexus.Documents;

/// <summary>What one import did, for the learner to check before saving.</summary>
public sealed record ImportReport(
    IReadOnlyList<HeadingReport> Headings,
    IReadOnlyList<string> CustomSections,
    EncodingReport Encoding,
    IReadOnlyList<TopicMatch> Technologies,
    IReadOnlyList<TopicMatch> Concepts,
    int Challenges,
    int Takeaways,
    int Snippets,
    int Resources,
    int Projects,
    bool AuthorFound,
    int SeparatorsRemoved)
{
    public int MatchedTechnologies => Technologies.Count(t => t.Matched);

    public int ProposedTechnologies => Technologies.Count(t => !t.Matched);

    public int MatchedConcepts => Concepts.Count(t => t.Matched);

    public int ProposedConcepts => Concepts.Count(t => !t.Matched);
}

/// <param name="RecognisedAs">A section kind's wire name, or "author", "resources", "snippets", "projects".</param>
/// <param name="Items">Structured items taken from under the heading.</param>
public sealed record HeadingReport(string Heading, int Level, string RecognisedAs, int Items);

/// <param name="Slug">The catalogue entry matched, or null when the name is proposed as a new entry.</param>
public sealed record TopicMatch(string Name, string? Slug)
{
    public bool Matched => Slug is not null;
}

public sealed record EncodingReport(
    string SourceEncoding,
    bool BomRemoved,
    int InvalidBytesReplaced,
    int SequencesRepaired,
    string? MisreadCodePage,
    int Replacements,
    int LineEndingsNormalized,
    int TabsExpanded,
    int TrailingWhitespaceTrimmed,
    int ControlCharactersRemoved)
{
    public bool Repaired => SequencesRepaired > 0 || Replacements > 0 || InvalidBytesReplaced > 0;
}
