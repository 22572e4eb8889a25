using TraffickingCare.Domain.Common;

namespace TraffickingCare.Domain.Conferences;

/// <summary>
/// Something agreed at a conference: what, who (a staff member, found on their "Moj rad", or someone outside the
/// Centre by name and institution), by when, and where it stands. Its status is followed after the minutes are
/// locked; what was agreed is not changed then.
/// </summary>
public sealed class ConferenceActionItem : Entity, IPartOf<CaseConference>
{
    public const int DescriptionMaxLength = 1000;
    public const int OwnerMaxLength = 200;

    private ConferenceActionItem()
    {
        Description = string.Empty;
    }

    public Guid ConferenceId { get; private set; }

    /// <summary>The case, so "Moj rad" and the next conference find the open items through the case access rule.</summary>
    public Guid CaseId { get; private set; }

    public string Description { get; private set; }

    public string? OwnerUserId { get; private set; }

    /// <summary>An owner outside the Centre (name or institution and role), when <see cref="OwnerUserId"/> is empty.</summary>
    public string? OwnerExternal { get; private set; }

    public DateOnly DueOn { get; private set; }

    public ActionItemStatus Status { get; private set; }

    public DateOnly? SettledOn { get; private set; }

    Guid IPartOf<CaseConference>.RootId => ConferenceId;

    /// <summary>Done by its due day: what the annual report counts as completed on time.</summary>
    public bool DoneOnTime => Status == ActionItemStatus.Done && SettledOn <= DueOn;

    internal static ConferenceActionItem Of(CaseConference conference, string description, string? ownerUserId, string? ownerExternal, DateOnly dueOn, DateOnly today)
    {
        var item = new ConferenceActionItem { ConferenceId = conference.Id, CaseId = conference.CaseId };
        item.Describe(description, ownerUserId, ownerExternal, dueOn, today);
        return item;
    }

    internal void Describe(string description, string? ownerUserId, string? ownerExternal, DateOnly dueOn, DateOnly today)
    {
        Description = Guard.Text(description, DescriptionMaxLength, "Conferences.Errors.ActionDescription");
        var external = Guard.OptionalText(ownerExternal, OwnerMaxLength, "Conferences.Errors.ActionOwner");
        if (string.IsNullOrWhiteSpace(ownerUserId) == (external is null))
        {
            // An item without an owner is nobody's work; with two it is nobody's either.
            throw new DomainException("Conferences.Errors.ActionOwner");
        }

        if (dueOn < today || dueOn > today.AddYears(1))
        {
            throw new DomainException("Conferences.Errors.ActionDue");
        }

        OwnerUserId = string.IsNullOrWhiteSpace(ownerUserId) ? null : ownerUserId;
        OwnerExternal = external;
        DueOn = dueOn;
    }

    internal void Settle(ActionItemStatus status, DateOnly today)
    {
        if (!Enum.IsDefined(status))
        {
            throw new DomainException("Conferences.Errors.ActionStatus");
        }

        Status = status;
        SettledOn = status == ActionItemStatus.Open ? null : today;
    }
}
