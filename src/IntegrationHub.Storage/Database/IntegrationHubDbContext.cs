using IntegrationHub.Storage.ApiKeys;
using IntegrationHub.Storage.Connections;
using IntegrationHub.Storage.Conversations;
using IntegrationHub.Storage.Methods;
using Microsoft.EntityFrameworkCore;

namespace IntegrationHub.Storage.Database;

/// <summary>The IntegrationHub database: authentication methods, API connections, conversations and API keys.</summary>
internal sealed class IntegrationHubDbContext(DbContextOptions<IntegrationHubDbContext> options) : DbContext(options)
{
    public DbSet<AuthenticationMethodEntity> AuthenticationMethods => Set<AuthenticationMethodEntity>();

    public DbSet<ApiConnectionEntity> ApiConnections => Set<ApiConnectionEntity>();

    public DbSet<ConnectionEnvironmentEntity> ConnectionEnvironments => Set<ConnectionEnvironmentEntity>();

    public DbSet<ConversationClientDataEntity> ConversationClientData => Set<ConversationClientDataEntity>();

    public DbSet<ConversationTokenEntity> ConversationTokens => Set<ConversationTokenEntity>();

    public DbSet<ApiKeyEntity> ApiKeys => Set<ApiKeyEntity>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new AuthenticationMethodEntityConfiguration());
        modelBuilder.ApplyConfiguration(new ApiConnectionEntityConfiguration());
        modelBuilder.ApplyConfiguration(new ConnectionEnvironmentEntityConfiguration());
        modelBuilder.ApplyConfiguration(new ConversationClientDataEntityConfiguration());
        modelBuilder.ApplyConfiguration(new ConversationTokenEntityConfiguration());
        modelBuilder.ApplyConfiguration(new ApiKeyEntityConfiguration());
    }
}
