using TraffickingCare.Web.Features.Shared.Lookups;

namespace TraffickingCare.Web.Features.Cases;

/// <summary>
/// The page where the team closes a case: its code, whether it is closed already (someone else closed it meanwhile: the
/// form is not offered), the reasons a case may close for, and the form.
/// </summary>
public sealed record CloseCasePage(Guid Id, string Code, bool IsClosed, IReadOnlyList<CodeListOption> ClosureReasons, CloseCaseForm CloseForm);
