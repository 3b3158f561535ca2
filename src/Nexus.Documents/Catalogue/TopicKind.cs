namespace Nexus.Documents;

public enum TopicKind
{
    Technology,
    Concept,
}
