using IntegrationHub.Storage.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IntegrationHub.Storage.Methods;

internal sealed class AuthenticationMethodEntityConfiguration : IEntityTypeConfiguration<AuthenticationMethodEntity>
{
    public void Configure(EntityTypeBuilder<AuthenticationMethodEntity> builder)
    {
        builder.ToTable("AuthenticationMethods");
        builder.HasKey(method => method.Id);
        builder.Property(method => method.Id).ValueGeneratedNever();

        builder.Property(method => method.Name).HasMaxLength(ColumnLengths.Name);
        builder.HasIndex(method => method.Name).IsUnique();

        builder.Property(method => method.Description).HasMaxLength(ColumnLengths.Description);
        builder.Property(method => method.Type).HasMaxLength(ColumnLengths.TypeName);

        // No maximum length, because the JSON grows with the number of headers and token parameters.
        builder.Property(method => method.SettingsJson);

        builder.Property(method => method.Version).IsConcurrencyToken();
    }
}
