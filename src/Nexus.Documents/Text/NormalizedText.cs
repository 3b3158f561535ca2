namespace Nexus.Documents;

/// <param name="LineEndingsNormalized">CR LF pairs and lone CRs turned into LF.</param>
/// <param name="TabsExpanded">Tabs outside fenced code turned into spaces (to the next multiple of four).</param>
/// <param name="TrailingWhitespaceTrimmed">Lines whose trailing white space was removed.</param>
/// <param name="ControlCharactersRemoved">Stray C0 control characters (not tab or line feed) that were dropped.</param>
public sealed record NormalizedText(string Text, int LineEndingsNormalized, int TabsExpanded, int TrailingWhitespaceTrimmed, int ControlCharactersRemoved);
