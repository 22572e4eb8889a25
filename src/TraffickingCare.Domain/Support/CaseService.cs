using TraffickingCare.Domain.Common;

namespace TraffickingCare.Domain.Support;

/// <summary>
/// A service given to the person of a case (counselling, legal aid, an escort...): counted for the annual report by
/// its type code, day and length, never by its note. Its author corrects it for 24 hours (<see cref="EditWindow"/>);
/// after that a new service that amends it is recorded instead.
/// </summary>
public sealed class CaseService : Entity
{
    public const int NoteMaxLength = 4000;
    public const int TypeCodeMaxLength = 64;

    /// <summary>A whole day of escort or accompaniment is the longest a single service lasts.</summary>
    public const int MaxDurationMinutes = 24 * 60;

    public static readonly DateOnly EarliestDate = new(1950, 1, 1);

    private CaseService()
    {
        TypeCode = string.Empty;
        AuthorId = string.Empty;
    }

    public Guid CaseId { get; private set; }

    public string TypeCode { get; private set; }

    public DateOnly On { get; private set; }

    public int DurationMinutes { get; private set; }

    public string? GivenByUserId { get; private set; }

    public Guid? GivenByPartnerId { get; private set; }

    /// <summary>What was done or agreed, in the team's words: encrypted.</summary>
    public string? Note { get; private set; }

    public string AuthorId { get; private set; }

    public DateTime WrittenAtUtc { get; private set; }

    public Guid? AmendsServiceId { get; private set; }

    /// <summary>
    /// The historical import whose file named this service's type (<see cref="Imported"/>); null for a service someone
    /// logged. A re-import whose row no longer names the type removes the services its imports made, and no other.
    /// </summary>
    public Guid? ImportId { get; private set; }

    /// <param name="today">The Centre's date today: a service is recorded after it was given.</param>
    public static CaseService Log(Guid caseId, ServiceDetails details, string authorId, DateTime utcNow, DateOnly today, Guid? amends = null)
    {
        var service = new CaseService
        {
            CaseId = caseId,
            AuthorId = authorId,
            WrittenAtUtc = utcNow,
            AmendsServiceId = amends,
        };
        service.Describe(details, today);
        return service;
    }

    /// <summary>A service the historical file names: it has no note (the file has none), only the import that wrote it.</summary>
    public static CaseService Imported(Guid caseId, ServiceDetails details, Guid importId, string authorId, DateTime utcNow, DateOnly today)
    {
        var service = Log(caseId, details with { Note = null }, authorId, utcNow, today);
        service.ImportId = importId;
        return service;
    }

    public bool CanBeCorrectedBy(string userId, DateTime utcNow) => EditWindow.Allows(AuthorId, WrittenAtUtc, userId, utcNow);

    public void Correct(ServiceDetails details, string userId, DateTime utcNow, DateOnly today)
    {
        EditWindow.Check(AuthorId, WrittenAtUtc, userId, utcNow, "Services.Errors.NotYours", "Services.Errors.Locked");
        Describe(details, today);
    }

    /// <summary>An amendment is a new service that points here: logged by anyone who works on the case.</summary>
    public CaseService Amend(ServiceDetails details, string authorId, DateTime utcNow, DateOnly today) =>
        Log(CaseId, details, authorId, utcNow, today, Id);

    private void Describe(ServiceDetails details, DateOnly today)
    {
        TypeCode = string.IsNullOrWhiteSpace(details.TypeCode) || details.TypeCode.Length > TypeCodeMaxLength
            ? throw new DomainException("Services.Errors.Type")
            : details.TypeCode.Trim();
        On = details.On < EarliestDate || details.On > today ? throw new DomainException("Services.Errors.Date") : details.On;
        DurationMinutes = details.DurationMinutes is < 1 or > MaxDurationMinutes ? throw new DomainException("Services.Errors.Duration") : details.DurationMinutes;
        var giver = details.GivenBy ?? throw new DomainException("Support.Errors.StaffOrPartner");
        GivenByUserId = giver.UserId;
        GivenByPartnerId = giver.PartnerId;
        Note = Guard.OptionalText(details.Note, NoteMaxLength, "Services.Errors.Note");
    }
}
