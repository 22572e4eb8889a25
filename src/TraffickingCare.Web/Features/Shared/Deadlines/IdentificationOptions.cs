namespace TraffickingCare.Web.Features.Shared.Deadlines;

/// <summary>
/// The decision clock's targets, configurable per installation (Identification:PanelDecisionTarget,
/// Identification:ProcedureTarget).
/// </summary>
public sealed class IdentificationOptions
{
    public const string Section = "Identification";

    /// <summary>From the start of formal identification (the case's first findings) to the approved decision.</summary>
    public TimeSpan PanelDecisionTarget { get; set; } = TimeSpan.FromHours(24);

    /// <summary>From the referral's arrival (or the case's opening, without a referral) to the approved decision.</summary>
    public TimeSpan ProcedureTarget { get; set; } = TimeSpan.FromDays(30);
}
