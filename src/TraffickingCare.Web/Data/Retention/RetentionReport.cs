namespace TraffickingCare.Web.Data.Retention;

/// <summary>What a retention run found due (a dry run stops there) and what it anonymised.</summary>
public sealed record RetentionReport(
    DateTime CasesClosedBeforeUtc,
    DateTime ReferralsTriagedBeforeUtc,
    IReadOnlyList<DueCase> DueCases,
    IReadOnlyList<DueReferral> DueReferrals,
    int PersonIdentities,
    int Attachments,
    bool DryRun)
{
    /// <summary>Closed cases past their period that wait because their resident is still in the shelter: listed, not anonymised.</summary>
    public IReadOnlyList<DueCase> HeldInShelter { get; init; } = [];
}

/// <summary>A closed case past its retention period: its code and closure, nothing that identifies the person.</summary>
public sealed record DueCase(Guid Id, string Code, DateTime ClosedAtUtc);

/// <summary>A referral that never became a case, past its retention period.</summary>
public sealed record DueReferral(Guid Id, DateTime TriagedAtUtc);
