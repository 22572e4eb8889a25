namespace TraffickingCare.Web.Features.FieldVisits;

/// <summary>One visit: its author corrects it in its first 24 hours; afterwards the team amends it with a new visit.</summary>
public sealed record FieldVisitEditPage(string CaseCode, bool CanEdit, FieldVisitRow Visit, FieldVisitEntry Entry)
{
    public Guid CaseId => Entry.CaseId;

    public FieldVisitEditPage WithForm(FieldVisitForm form) => this with { Entry = Entry with { VisitForm = form } };
}
