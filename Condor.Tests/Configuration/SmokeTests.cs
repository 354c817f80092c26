using Microsoft.Data.Sqlite;

namespace Condor.Tests.Configuration;

public sealed class SmokeTests
{
    [Fact]
    public void Sqlite_OpensInMemory_AnswersQuery()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "select sqlite_version()";
        Assert.StartsWith("3.", (string)command.ExecuteScalar()!, StringComparison.Ordinal);
    }
}
