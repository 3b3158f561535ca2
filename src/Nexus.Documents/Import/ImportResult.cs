namespace Nexus.Documents;

public sealed record ImportResult(HubDocument Hub, ImportReport Report);
