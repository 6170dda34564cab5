using IntegrationHub.Storage.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IntegrationHub.Storage.Conversations;

internal sealed class ConversationTokenEntityConfiguration : IEntityTypeConfiguration<ConversationTokenEntity>
{
    public void Configure(EntityTypeBuilder<ConversationTokenEntity> builder)
    {
        builder.ToTable("ConversationTokens");
        builder.HasKey(token => new { token.ConversationId, token.AuthenticationMethodId });

        builder.Property(token => token.ConversationId).HasMaxLength(ColumnLengths.ConversationId);
        builder.Property(token => token.CodeHash).HasMaxLength(ColumnLengths.Hash);

        // Tokens belong to the conversation's client data, so deleting the data deletes them.
        // No foreign key points at the method, so saving a token does not depend on the method's row.
        // The method store deletes a method's tokens together with the method.
        builder.HasOne<ConversationClientDataEntity>()
            .WithMany()
            .HasForeignKey(token => token.ConversationId)
            .OnDelete(DeleteBehavior.Cascade);
    }
}
