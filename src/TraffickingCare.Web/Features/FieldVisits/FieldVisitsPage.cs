using TraffickingCare.Web.Features.Shared.Pages;

namespace TraffickingCare.Web.Features.FieldVisits;

/// <summary>A case's field visits, newest first and paged, with the form for the team (what was typed kept when refused).</summary>
public sealed record FieldVisitsPage(Guid CaseId, string CaseCode, bool CanEdit, bool ShowsStory, IReadOnlyList<FieldVisitRow> Rows, int Total, Pager Pager, FieldVisitEntry Entry)
{
    public const int PageSize = 20;

    public FieldVisitsPage WithForm(FieldVisitForm form) => this with { Entry = Entry with { VisitForm = form } };
}
