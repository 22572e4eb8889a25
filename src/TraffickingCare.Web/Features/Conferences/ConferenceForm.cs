using TraffickingCare.Domain.Conferences;

namespace TraffickingCare.Web.Features.Conferences;

/// <summary>
/// A conference as typed when it is scheduled or rescheduled: the Centre's local date (dd.MM.yyyy.) and time (HH:mm),
/// the place, the chair, who is invited (staff, actors of the case's network, up to <see cref="MaxOthers"/> others)
/// and up to <see cref="MaxAgenda"/> agenda items.
/// </summary>
public sealed class ConferenceForm
{
    public const int MaxOthers = 5;
    public const int MaxAgenda = 10;

    public int Version { get; set; }

    public string? Date { get; set; }

    public string? Time { get; set; }

    public int? DurationMinutes { get; set; } = 60;

    public ConferencePlace? Place { get; set; }

    public Guid? PlacePartnerId { get; set; }

    /// <summary>The chair, as a staff value (<c>u:{userId}</c>).</summary>
    public string? Chair { get; set; }

    /// <summary>Invited staff members (<c>u:{userId}</c>).</summary>
    public List<string> Staff { get; set; } = [];

    /// <summary>Invited actors of the case's network (<see cref="ActorValue"/>).</summary>
    public List<string> Actors { get; set; } = [];

    public List<OtherParticipantForm> Others { get; set; } = [];

    public List<AgendaLineForm> Agenda { get; set; } = [];

    /// <summary>Pads the repeated rows so the page always offers all of them.</summary>
    public ConferenceForm Padded()
    {
        while (Others.Count < MaxOthers)
        {
            Others.Add(new OtherParticipantForm());
        }

        // A row posted without its fields (a tampered form) binds as null: shown as an empty line.
        Agenda = [.. Agenda.Select(line => line ?? new AgendaLineForm())];
        while (Agenda.Count < MaxAgenda)
        {
            Agenda.Add(new AgendaLineForm());
        }

        return this;
    }
}

/// <summary>Someone invited who is neither staff nor in the network: name, institution, role, and whether they agreed to be named.</summary>
public sealed class OtherParticipantForm
{
    public string? Name { get; set; }

    public string? Institution { get; set; }

    public string? Role { get; set; }

    public bool Consent { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(Institution) && string.IsNullOrWhiteSpace(Role);
}

/// <summary>
/// One line of the agenda: its title, and on a reschedule the id of the item it shows, so renaming the line keeps the
/// notes drafted under that item.
/// </summary>
public sealed class AgendaLineForm
{
    public Guid? Id { get; set; }

    public string? Title { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Title);
}

/// <summary>How a form posts a network actor: the partner's id, and the contact person's id when there is one.</summary>
public static class ActorValue
{
    public static string Of(Guid partnerId, Guid? contactId) => contactId is { } c ? $"{partnerId}:{c}" : partnerId.ToString();

    public static bool TryParse(string? value, out Guid partnerId, out Guid? contactId)
    {
        partnerId = Guid.Empty;
        contactId = null;
        var parts = (value ?? string.Empty).Split(':');
        if (parts.Length is < 1 or > 2 || !Guid.TryParse(parts[0], out partnerId))
        {
            return false;
        }

        if (parts.Length == 2)
        {
            if (!Guid.TryParse(parts[1], out var contact))
            {
                return false;
            }

            contactId = contact;
        }

        return true;
    }
}
