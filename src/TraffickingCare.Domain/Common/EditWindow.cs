namespace TraffickingCare.Domain.Common;

/// <summary>
/// The rule of the case record for what the team writes (notes, services, field visits): the author may correct
/// an entry for 24 hours; after that it is part of the record and only a new entry that amends it may follow, so a
/// file that may go to court shows what was known when.
/// </summary>
public static class EditWindow
{
    public static readonly TimeSpan Length = TimeSpan.FromHours(24);

    public static bool Allows(string authorId, DateTime writtenAtUtc, string userId, DateTime utcNow) =>
        userId == authorId && utcNow - writtenAtUtc < Length;

    /// <summary>Throws <paramref name="notYoursKey"/> for anyone but the author, <paramref name="lockedKey"/> once the window has closed.</summary>
    public static void Check(string authorId, DateTime writtenAtUtc, string userId, DateTime utcNow, string notYoursKey, string lockedKey)
    {
        if (userId != authorId)
        {
            throw new DomainException(notYoursKey);
        }

        if (!Allows(authorId, writtenAtUtc, userId, utcNow))
        {
            throw new DomainException(lockedKey);
        }
    }
}
