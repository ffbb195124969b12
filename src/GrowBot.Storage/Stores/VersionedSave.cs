using GrowBot.Coaching;
using GrowBot.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace GrowBot.Storage.Stores;

/// <summary>Insert-or-replace with an expected version, shared by the stores of versioned rows.</summary>
internal static class VersionedSave
{
    /// <summary>
    /// Inserts <paramref name="row"/> when <paramref name="expectedVersion"/> is 0, else copies it over the
    /// stored row while the stored version equals <paramref name="expectedVersion"/>. Returns the new version.
    /// </summary>
    /// <exception cref="ConcurrencyConflictException">Another writer changed or created the row first.</exception>
    public static async Task<long> SaveAsync<TRow>(GrowBotDbContext db, TRow row, object[] key, long expectedVersion, CancellationToken cancellationToken)
        where TRow : class, IVersionedRow
    {
        string description = typeof(TRow).Name.Replace("Row", "", StringComparison.Ordinal) + " " + string.Join("/", key);
        if (expectedVersion == 0)
        {
            db.Add(row);
        }
        else
        {
            TRow? stored = await db.Set<TRow>().FindAsync(key, cancellationToken);
            if (stored is null)
            {
                throw new ConcurrencyConflictException($"{description} was not found; it may have been deleted. Read it again.");
            }

            // The UPDATE matches only the expected version. That catches a row that was already newer when
            // read here, and a writer that saves between this read and the UPDATE.
            db.Entry(stored).CurrentValues.SetValues(row);
            db.Entry(stored).State = EntityState.Modified;
            db.Entry(stored).Property(r => r.Version).OriginalValue = expectedVersion;
            row = stored;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return row.Version;
        }
        catch (DbUpdateConcurrencyException exception)
        {
            throw new ConcurrencyConflictException($"{description} was changed by another writer (expected version {expectedVersion}). Read it again.", exception);
        }
        catch (DbUpdateException exception) when (DbErrors.IsUniqueViolation(exception))
        {
            throw new ConcurrencyConflictException($"{description} exists already. Read it and save with its version.", exception);
        }
    }
}
