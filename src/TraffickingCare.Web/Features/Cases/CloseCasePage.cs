using TraffickingCare.Domain.Cases;
using TraffickingCare.Web.Features.Shared.Lookups;

namespace TraffickingCare.Web.Features.Cases;

/// <summary>
/// The page where the team closes a case: its code and status (closed already when someone else closed it meanwhile:
/// the form is not offered), the reasons a case may close for, and the form.
/// </summary>
public sealed record CloseCasePage(Guid Id, string Code, CaseStatus Status, IReadOnlyList<CodeListOption> ClosureReasons, CloseCaseForm CloseForm)
{
    public bool IsClosed => Status == CaseStatus.Closed;
}
