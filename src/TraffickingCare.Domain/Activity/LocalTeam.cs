using TraffickingCare.Domain.CodeLists;
using TraffickingCare.Domain.Common;

namespace TraffickingCare.Domain.Activity;

/// <summary>
/// A municipality's local anti-trafficking team (lokalni tim za borbu protiv trgovine ljudima): its member
/// institutions from the partner directory, its coordinator, whether it works, its meetings and the support the
/// Centre gave it. One live team per municipality.
/// </summary>
public sealed class LocalTeam : Entity
{
    public const int CoordinatorNameMaxLength = 200;
    public const int MaxMembers = 60;

    private readonly List<LocalTeamMember> members = [];
    private readonly List<LocalTeamMeeting> meetings = [];
    private readonly List<LocalTeamSupport> support = [];

    private LocalTeam()
    {
        MunicipalityCode = string.Empty;
    }

    public string MunicipalityCode { get; private set; }

    public LocalTeamStatus Status { get; private set; }

    /// <summary>The team's coordinator, a professional at one of its member institutions: personal data, kept out of the audit trail.</summary>
    public string? CoordinatorName { get; private set; }

    /// <summary>The member institution the coordinator works at.</summary>
    public Guid? CoordinatorPartnerId { get; private set; }

    public IReadOnlyList<LocalTeamMember> Members => members.Where(m => !m.IsDeleted).ToList();

    public IReadOnlyList<LocalTeamMeeting> Meetings => meetings.Where(m => !m.IsDeleted).ToList();

    public IReadOnlyList<LocalTeamSupport> Support => support.Where(s => !s.IsDeleted).ToList();

    public static LocalTeam Form(LocalTeamDetails details, string? userId, DateTime utcNow)
    {
        var team = new LocalTeam();
        team.Change(details, userId, utcNow);
        return team;
    }

    public void Change(LocalTeamDetails details, string? userId, DateTime utcNow)
    {
        MunicipalityCode = Guard.Text(details.MunicipalityCode, CodeListItem.CodeMaxLength, "Activity.Errors.Municipality");
        Status = Enum.IsDefined(details.Status) ? details.Status : throw new DomainException("Activity.Errors.TeamStatus");

        var wanted = details.MemberPartnerIds.Distinct().ToList();
        if (wanted.Count > MaxMembers)
        {
            throw new DomainException("Activity.Errors.Members");
        }

        // The coordinator works at a member institution; a name without one, or one without a name, is half an answer.
        CoordinatorName = Guard.OptionalText(details.CoordinatorName, CoordinatorNameMaxLength, "Activity.Errors.CoordinatorName");
        if (details.CoordinatorPartnerId is { } institution && !wanted.Contains(institution))
        {
            throw new DomainException("Activity.Errors.CoordinatorInstitution");
        }

        if ((CoordinatorName is null) != (details.CoordinatorPartnerId is null))
        {
            throw new DomainException("Activity.Errors.CoordinatorInstitution");
        }

        CoordinatorPartnerId = details.CoordinatorPartnerId;

        // Nothing is hard-deleted: an institution that leaves the team is marked removed.
        var present = members.Where(m => !m.IsDeleted).ToList();
        foreach (var gone in present.Where(m => !wanted.Contains(m.PartnerId)))
        {
            gone.SoftDelete(userId, utcNow);
        }

        members.AddRange(wanted.Where(id => !present.Any(m => m.PartnerId == id)).Select(id => LocalTeamMember.Of(Id, id)));
    }

    public LocalTeamMeeting RecordMeeting(DateOnly heldOn, int participants, string? conclusions, DateOnly today)
    {
        var meeting = LocalTeamMeeting.Of(Id, heldOn, participants, conclusions, today);
        meetings.Add(meeting);
        return meeting;
    }

    public LocalTeamSupport RecordSupport(DateOnly givenOn, LocalTeamSupportKind kind, string? note, string givenBy, DateOnly today)
    {
        var given = LocalTeamSupport.Of(Id, givenOn, kind, note, givenBy, today);
        support.Add(given);
        return given;
    }

    /// <summary>A meeting recorded by mistake is marked removed; it no longer counts.</summary>
    public void RemoveMeeting(Guid meetingId, string? userId, DateTime utcNow) =>
        (meetings.FirstOrDefault(m => m.Id == meetingId && !m.IsDeleted) ?? throw new DomainException("Activity.Errors.MeetingGone"))
            .SoftDelete(userId, utcNow);
}

/// <summary>What a local team's form says.</summary>
public sealed record LocalTeamDetails(
    string? MunicipalityCode, LocalTeamStatus Status, IReadOnlyCollection<Guid> MemberPartnerIds, string? CoordinatorName, Guid? CoordinatorPartnerId);
