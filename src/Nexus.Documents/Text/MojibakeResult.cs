namespace Nexus.Documents;

/// <param name="SequencesRepaired">UTF-8 sequences restored from their misread characters.</param>
/// <param name="CodePage">The code page the text had been misread as (e.g. "windows-1252", "macintosh"), or null when none.</param>
/// <param name="Replacements">Sequences that had lost bytes and could only become U+FFFD.</param>
public sealed record MojibakeResult(string Text, int SequencesRepaired, string? CodePage, int Replacements);
