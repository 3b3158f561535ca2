namespace Nexus.Documents;

public enum SectionKind
{
    Overview,
    Technologies,
    Concepts,
    Challenges,
    BestPractices,
    Collaboration,
    Growth,
    FutureGoals,
    Custom,
}
