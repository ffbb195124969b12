using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace GrowBot.Storage.Providers;

/// <summary>The model on SQLite, with the migrations under <c>Migrations/Sqlite</c>.</summary>
public sealed class SqliteGrowBotDbContext : GrowBotDbContext
{
    public SqliteGrowBotDbContext(DbContextOptions<SqliteGrowBotDbContext> options)
        : base(options)
    {
    }
}

/// <summary>The model on PostgreSQL, with the migrations under <c>Migrations/PostgreSql</c>.</summary>
public sealed class PostgreSqlGrowBotDbContext : GrowBotDbContext
{
    public PostgreSqlGrowBotDbContext(DbContextOptions<PostgreSqlGrowBotDbContext> options)
        : base(options)
    {
    }
}

/// <summary>Lets <c>dotnet ef</c> build the SQLite context without a host. The connection is not opened.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteGrowBotDbContext>
{
    public SqliteGrowBotDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteGrowBotDbContext>().UseSqlite("Data Source=design-time.db").Options);
}

/// <summary>Lets <c>dotnet ef</c> build the PostgreSQL context without a host. The connection is not opened.</summary>
internal sealed class PostgreSqlDesignTimeFactory : IDesignTimeDbContextFactory<PostgreSqlGrowBotDbContext>
{
    public PostgreSqlGrowBotDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgreSqlGrowBotDbContext>().UseNpgsql("Host=127.0.0.1;Database=growbot_design").Options);
}
