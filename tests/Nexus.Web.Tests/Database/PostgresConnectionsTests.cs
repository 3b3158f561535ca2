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
}
