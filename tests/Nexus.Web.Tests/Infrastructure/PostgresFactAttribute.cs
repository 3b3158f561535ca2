namespace Nexus.Web.Tests.Infrastructure;

/// <summary>A test that needs PostgreSQL (several nodes on one database); skipped, and saying why, on the SQLite tier.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (!TestDatabase.IsPostgres)
        {
            Skip = $"needs PostgreSQL: set {TestDatabase.PostgresVariable} (the CI PostgreSQL tier does)";
        }
    }
}
