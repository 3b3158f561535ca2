namespace Nexus.Documents;

/// <summary>A heading and the lines of its body, [BodyStart, BodyEnd) of the document's lines.</summary>
internal sealed record RawSection(string Heading, int Level, HeadingRole Role, int BodyStart, int BodyEnd);

/// <summary>
/// The document cut at its section headings. The summary is what stands before the title (a banner,
/// badges) and between the title and the first section: lines [0, TitleLine) and [SummaryStart, SummaryEnd).
/// </summary>
internal sealed record RawDocument(string[] Lines, string Title, int TitleLine, int SummaryStart, int SummaryEnd, IReadOnlyList<RawSection> Sections);
