using Microsoft.EntityFrameworkCore;

namespace IntegrationHub.Storage.Database;

internal static class SaveChangesExtensions
{
    /// <summary>Saves the tracked changes and returns a concurrency or constraint failure instead of throwing it.</summary>
    /// <exception cref="DbUpdateException">The save failed for any other reason.</exception>
    public static async Task<SaveChangesOutcome> TrySaveChangesAsync(
        this DbContext db,
        IDatabaseProvider databaseProvider,
        CancellationToken cancellationToken = default)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return SaveChangesOutcome.Saved;
        }
        catch (DbUpdateConcurrencyException)
        {
            return SaveChangesOutcome.ConcurrencyConflict;
        }
        catch (DbUpdateException exception) when (databaseProvider.Classify(exception) == DatabaseErrorKind.UniqueViolation)
        {
            return SaveChangesOutcome.UniqueViolation;
        }
        catch (DbUpdateException exception) when (databaseProvider.Classify(exception) == DatabaseErrorKind.ForeignKeyViolation)
        {
            return SaveChangesOutcome.ForeignKeyViolation;
        }
    }
}
