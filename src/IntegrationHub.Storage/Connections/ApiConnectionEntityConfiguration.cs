using IntegrationHub.Storage.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IntegrationHub.Storage.Connections;

internal sealed class ApiConnectionEntityConfiguration : IEntityTypeConfiguration<ApiConnectionEntity>
{
    public void Configure(EntityTypeBuilder<ApiConnectionEntity> builder)
    {
        builder.ToTable("ApiConnections");
        builder.HasKey(connection => connection.Id);
        builder.Property(connection => connection.Id).ValueGeneratedNever();

        builder.Property(connection => connection.Name).HasMaxLength(ColumnLengths.Name);
        builder.HasIndex(connection => connection.Name).IsUnique();

        builder.Property(connection => connection.Description).HasMaxLength(ColumnLengths.Description);
        builder.Property(connection => connection.Version).IsConcurrencyToken();

        builder.HasMany(connection => connection.Environments)
            .WithOne()
            .HasForeignKey(environment => environment.ConnectionId)
            .OnDelete(DeleteBehavior.Cascade);
    }
}
