using TraffickingCare.Domain.Proceedings;

namespace TraffickingCare.Web.Features.Proceedings;

/// <summary>A proceeding in a case's list and on the case page: who, what role, which stage, the next hearing (UTC).</summary>
public sealed record ProceedingRow(
    Guid Id, string AuthorityName, ProceedingRole Role, ProceedingStage Stage, DateOnly StageSince, bool LawyerEngaged, DateTime? NextHearingUtc);
