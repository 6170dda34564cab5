using IntegrationHub.Storage.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IntegrationHub.Storage.Conversations;

internal sealed class ConversationClientDataEntityConfiguration : IEntityTypeConfiguration<ConversationClientDataEntity>
{
    public void Configure(EntityTypeBuilder<ConversationClientDataEntity> builder)
    {
        builder.ToTable("ConversationClientData");
        builder.HasKey(data => data.ConversationId);

        builder.Property(data => data.ConversationId).HasMaxLength(ColumnLengths.ConversationId);
        builder.Property(data => data.CustomerExternalId).HasMaxLength(ColumnLengths.CustomerExternalId);
        builder.Property(data => data.StreamId).HasMaxLength(ColumnLengths.StreamId);

        // No maximum length, because the auth object is whatever the client posted and encryption makes it longer.
        builder.Property(data => data.ProtectedAuthJson);
    }
}
