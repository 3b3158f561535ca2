namespace Nexus.Documents;

/// <summary>
/// Input that cannot become a hub (binary, empty, too large, too deeply nested, unsafe archive).
/// <see cref="Code"/> is stable for clients; the message is written for the learner to read.
/// </summary>
public sealed class DocumentRejectedException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
