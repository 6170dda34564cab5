using IntegrationHub.Storage.Database;
using IntegrationHub.Storage.Methods;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IntegrationHub.Storage.Connections;

internal sealed class ConnectionEnvironmentEntityConfiguration : IEntityTypeConfiguration<ConnectionEnvironmentEntity>
{
    public void Configure(EntityTypeBuilder<ConnectionEnvironmentEntity> builder)
    {
        builder.ToTable("ConnectionEnvironments");
        builder.HasKey(environment => new { environment.ConnectionId, environment.Environment });

        builder.Property(environment => environment.Environment)
            .HasConversion<string>()
            .HasMaxLength(ColumnLengths.EnumName);
        builder.Property(environment => environment.BaseUrl).HasMaxLength(ColumnLengths.Url);

        // Restrict, so that a method that a connection uses cannot be deleted, even by a delete that races the usage check.
        builder.HasOne<AuthenticationMethodEntity>()
            .WithMany()
            .HasForeignKey(environment => environment.AuthenticationMethodId)
            .OnDelete(DeleteBehavior.Restrict);
    }
}
