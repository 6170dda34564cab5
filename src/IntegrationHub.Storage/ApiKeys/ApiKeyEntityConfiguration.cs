using IntegrationHub.Storage.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IntegrationHub.Storage.ApiKeys;

internal sealed class ApiKeyEntityConfiguration : IEntityTypeConfiguration<ApiKeyEntity>
{
    public void Configure(EntityTypeBuilder<ApiKeyEntity> builder)
    {
        builder.ToTable("ApiKeys");
        builder.HasKey(key => key.Id);
        builder.Property(key => key.Id).ValueGeneratedNever();

        builder.Property(key => key.Name).HasMaxLength(ColumnLengths.Name);
        builder.HasIndex(key => key.Name).IsUnique();

        builder.Property(key => key.Role)
            .HasConversion<string>()
            .HasMaxLength(ColumnLengths.EnumName);

        builder.Property(key => key.KeyHash).HasMaxLength(ColumnLengths.Hash);
        builder.HasIndex(key => key.KeyHash).IsUnique();
    }
}
