namespace Nexus.Documents;

/// <summary>A heading and the lines of its body, [BodyStart, BodyEnd) of the document's lines.</summary>
internal sealed record RawSection(string Heading, int Level, HeadingRole Role, int BodyStart, int BodyEnd);

/// <summary>The document cut at its section headings. Summary is the text between the title and the first section.</summary>
internal sealed record RawDocument(string[] Lines, string Title, int SummaryStart, int SummaryEnd, IReadOnlyList<RawSection> Sections);
