namespace Nexus.Documents;

internal enum BlockKind
{
    Blank,
    Paragraph,
    ListItem,
    Table,
    Fence,
    Heading,
    Break,
}

/// <summary>Lines [Start, End) of a line list. For list items, ContentColumn is where the item's text begins.</summary>
internal readonly record struct Block(BlockKind Kind, int Start, int End, int ContentColumn = 0);
