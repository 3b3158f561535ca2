using Npgsql;
using Nexus.Web.Infrastructure.Database;

namespace Nexus.Web.Tests.Database;

public sealed class PostgresConnectionsTests
{
    [Fact]
    public void PooledConnectionsAreNotResetUnlessTheConnectionStringSaysSo()
    {
        new NpgsqlConnectionStringBuilder(PostgresConnections.ForQueries("Host=db;Username=nexus;Database=nexus")).NoResetOnClose.ShouldBeTrue();
        new NpgsqlConnectionStringBuilder(PostgresConnections.ForQueries("Host=db;No Reset On Close=false")).NoResetOnClose.ShouldBeFalse();
        new NpgsqlConnectionStringBuilder(PostgresConnections.ForQueries("Host=db;noresetonclose=false")).NoResetOnClose.ShouldBeFalse();
    }

    [Fact]
    public void PreparedStatementConnectionsPrepareOnSecondUseAndKeepOneGenericPlan()
    {
        var prepared = new NpgsqlConnectionStringBuilder(PostgresConnections.ForPreparedStatements("Host=db;Options=-c statement_timeout=5s"));

        prepared.MaxAutoPrepare.ShouldBeGreaterThanOrEqualTo(64);
        prepared.AutoPrepareMinUsages.ShouldBe(2);
        prepared.Options.ShouldBe("-c statement_timeout=5s -c plan_cache_mode=force_generic_plan");
        prepared.NoResetOnClose.ShouldBeTrue();
        new NpgsqlConnectionStringBuilder(PostgresConnections.ForPreparedStatements("Host=db;Max Auto Prepare=200")).MaxAutoPrepare.ShouldBe(200);
    }
}
