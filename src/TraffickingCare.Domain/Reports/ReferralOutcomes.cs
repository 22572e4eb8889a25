namespace TraffickingCare.Domain.Reports;

/// <summary>
/// A referral's outcome as the report counts it (STATISTICS.md): its case's identification decision as it stands
/// (a closed case by the decision it had before closing); <see cref="Rejected"/> also when triage rejected the
/// referral or found it not a trafficking matter; <see cref="Duplicate"/> when linked to an existing case;
/// otherwise <see cref="Pending"/>.
/// </summary>
public static class ReferralOutcomes
{
    public const string Identified = "Identified";
    public const string NotIdentified = "NotIdentified";
    public const string Suspended = "Suspended";
    public const string Rejected = "Rejected";
    public const string Duplicate = "Duplicate";
    public const string Pending = "Pending";

    public static readonly IReadOnlyList<string> All = [Identified, NotIdentified, Suspended, Rejected, Duplicate, Pending];
}
