using TraffickingCare.Domain.Common;

namespace TraffickingCare.Domain.Activity;

/// <summary>
/// An awareness event: the World Day (30 July) or EU Day (18 October) against trafficking, a tribune, a campaign, a
/// media appearance, a conference where the Centre presented. Counted by kind, with the people it reached (an
/// estimate) and the partners who took part.
/// </summary>
public sealed class AwarenessEvent : Entity
{
    public const int TitleMaxLength = 300;
    public const int AudienceMaxLength = 300;
    public const int MaxPeopleReached = 10_000_000;
    public const int MaxPartners = 30;

    private readonly List<AwarenessEventPartner> partners = [];

    private AwarenessEvent()
    {
        Title = string.Empty;
    }

    public DateOnly HeldOn { get; private set; }

    public AwarenessEventKind Kind { get; private set; }

    public string Title { get; private set; }

    /// <summary>Where: a <c>Municipality</c> code; none for a national campaign or a broadcast.</summary>
    public string? MunicipalityCode { get; private set; }

    /// <summary>Who it was for (pupils, professionals, the public), in words.</summary>
    public string? Audience { get; private set; }

    /// <summary>An estimate of the people reached.</summary>
    public int PeopleReached { get; private set; }

    public IReadOnlyList<AwarenessEventPartner> Partners => partners.Where(p => !p.IsDeleted).ToList();

    public static AwarenessEvent Record(AwarenessEventDetails details, DateOnly today, string? userId, DateTime utcNow)
    {
        var awarenessEvent = new AwarenessEvent();
        awarenessEvent.Change(details, today, userId, utcNow);
        return awarenessEvent;
    }

    public void Change(AwarenessEventDetails details, DateOnly today, string? userId, DateTime utcNow)
    {
        HeldOn = ActivityDates.Check(details.HeldOn, today, "Activity.Errors.HeldOn");
        Kind = Enum.IsDefined(details.Kind) ? details.Kind : throw new DomainException("Activity.Errors.EventKind");
        Title = Guard.Text(details.Title, TitleMaxLength, "Activity.Errors.Title");
        MunicipalityCode = string.IsNullOrWhiteSpace(details.MunicipalityCode) ? null : details.MunicipalityCode.Trim();
        Audience = Guard.OptionalText(details.Audience, AudienceMaxLength, "Activity.Errors.Audience");
        PeopleReached = details.PeopleReached is >= 0 and <= MaxPeopleReached
            ? details.PeopleReached
            : throw new DomainException(details.PeopleReached < 0 ? "Activity.Errors.NegativeCount" : "Activity.Errors.PeopleReached");

        var wanted = details.PartnerIds.Distinct().ToList();
        if (wanted.Count > MaxPartners)
        {
            throw new DomainException("Activity.Errors.Partners");
        }

        var present = partners.Where(p => !p.IsDeleted).ToList();
        foreach (var gone in present.Where(p => !wanted.Contains(p.PartnerId)))
        {
            gone.SoftDelete(userId, utcNow);
        }

        partners.AddRange(wanted.Where(id => !present.Any(p => p.PartnerId == id)).Select(id => AwarenessEventPartner.Of(Id, id)));
    }
}

/// <summary>What an awareness event form says.</summary>
public sealed record AwarenessEventDetails(
    DateOnly HeldOn, AwarenessEventKind Kind, string? Title, string? MunicipalityCode, string? Audience, int PeopleReached, IReadOnlyCollection<Guid> PartnerIds);
