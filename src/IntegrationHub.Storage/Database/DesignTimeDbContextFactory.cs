using IntegrationHub.Storage.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace IntegrationHub.Storage.Database;

/// <summary>Creates the context for <c>dotnet ef migrations</c>, which needs the provider but never opens the database.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<IntegrationHubDbContext>
{
    public IntegrationHubDbContext CreateDbContext(string[] args)
    {
        var options = new IntegrationHubStorageOptions { DataDirectory = Path.GetTempPath() };
        var builder = new DbContextOptionsBuilder<IntegrationHubDbContext>();
        new SqliteDatabaseProvider().Configure(builder, options);
        return new IntegrationHubDbContext(builder.Options);
    }
}
