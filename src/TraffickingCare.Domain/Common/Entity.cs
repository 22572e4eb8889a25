namespace TraffickingCare.Domain.Common;

/// <summary>
/// Base of every persisted record: who created and last changed it (and when), an app-managed
/// concurrency version, and a soft-delete mark. Nothing in this system is ever hard-deleted:
/// a victim's file may be needed in court years later.
/// </summary>
public abstract class Entity
{
    /// <summary>The longest user id a record keeps (who created it, who leads or was assigned it).</summary>
    public const int UserIdMaxLength = 64;

    protected Entity()
    {
        Id = Guid.CreateVersion7();
    }

    public Guid Id { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public string? CreatedBy { get; private set; }

    public DateTime? UpdatedAtUtc { get; private set; }

    public string? UpdatedBy { get; private set; }

    /// <summary>Incremented on every save; a save carrying an older version is refused.</summary>
    public int Version { get; private set; }

    public bool IsDeleted { get; private set; }

    public DateTime? DeletedAtUtc { get; private set; }

    public string? DeletedBy { get; private set; }

    public void MarkCreated(string? userId, DateTime utcNow)
    {
        CreatedAtUtc = EnsureUtc(utcNow);
        CreatedBy = userId;
        Version = 1;
    }

    public void MarkUpdated(string? userId, DateTime utcNow)
    {
        UpdatedAtUtc = EnsureUtc(utcNow);
        UpdatedBy = userId;
        Version++;
    }

    public void SoftDelete(string? userId, DateTime utcNow)
    {
        if (IsDeleted)
        {
            return;
        }

        IsDeleted = true;
        DeletedAtUtc = EnsureUtc(utcNow);
        DeletedBy = userId;
    }

    public void Restore()
    {
        IsDeleted = false;
        DeletedAtUtc = null;
        DeletedBy = null;
    }

    private static DateTime EnsureUtc(DateTime value) =>
        value.Kind == DateTimeKind.Utc
            ? value
            : throw new ArgumentException("Instants are stored in UTC.", nameof(value));
}
