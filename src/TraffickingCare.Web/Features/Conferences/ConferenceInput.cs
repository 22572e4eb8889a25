using TraffickingCare.Domain.Conferences;
using TraffickingCare.Web.Features.Shared.Lookups;

namespace TraffickingCare.Web.Features.Conferences;

public static class ConferenceInput
{
    /// <summary>
    /// The validated form as the domain takes it; null when a posted network actor is not one the form offered
    /// (a tampered value).
    /// </summary>
    public static ConferencePlan? PlanOf(ConferenceForm form, IReadOnlyList<CodeListOption> offeredActors)
    {
        var participants = new List<ParticipantDetails>();
        foreach (var staff in form.Staff.Distinct(StringComparer.Ordinal))
        {
            participants.Add(new ParticipantDetails(ParticipantKind.Staff, UserId: UserOf(staff)));
        }

        foreach (var actor in form.Actors.Distinct(StringComparer.Ordinal))
        {
            if (!offeredActors.Any(o => o.Code == actor) || !ActorValue.TryParse(actor, out var partnerId, out var contactId))
            {
                return null;
            }

            participants.Add(new ParticipantDetails(ParticipantKind.Partner, PartnerId: partnerId, ContactId: contactId));
        }

        participants.AddRange(form.Others.Where(o => !o.IsEmpty)
            .Select(o => new ParticipantDetails(ParticipantKind.Other, Name: o.Name?.Trim(), Institution: o.Institution, Role: o.Role, ConsentToBeNamed: o.Consent)));
        return new ConferencePlan(
            ConferenceFormValidator.StartsAtUtc(form)!.Value,
            form.DurationMinutes!.Value,
            form.Place!.Value,
            form.Place == ConferencePlace.Institution ? form.PlacePartnerId : null,
            UserOf(form.Chair),
            participants,
            [.. form.Agenda.Where(line => line is { IsEmpty: false }).Select(line => new AgendaLine(line.Title!.Trim(), line.Id))]);
    }

    private static string UserOf(string? value) => StaffOrPartnerValue.TryParse(value, out var who) && who.UserId is { } id ? id : string.Empty;
}
