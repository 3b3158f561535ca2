namespace Nexus.Web.Tests.Infrastructure;

/// <summary>
/// A test that needs the real RabbitMQ broker of the CI RabbitMQ tier (NEXUS_TEST_RABBITMQ holds its URI; the tier
/// also sets NEXUS_TEST_POSTGRES for tests of several nodes); skipped, saying why, elsewhere.
/// </summary>
public sealed class RabbitMqFactAttribute : FactAttribute
{
    public const string Variable = "NEXUS_TEST_RABBITMQ";

    public RabbitMqFactAttribute(bool needsPostgres = false)
    {
        if (string.IsNullOrWhiteSpace(Uri))
        {
            Skip = $"needs RabbitMQ: set {Variable} (bash scripts/start-rabbitmq.sh prints it; the CI RabbitMQ tier does)";
        }
        else if (needsPostgres && !TestDatabase.IsPostgres)
        {
            Skip = $"needs RabbitMQ and PostgreSQL: set {Variable} and {TestDatabase.PostgresVariable}";
        }
    }

    public static string? Uri => Environment.GetEnvironmentVariable(Variable);
}
