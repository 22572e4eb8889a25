namespace TraffickingCare.Domain.Referrals;

/// <summary>What the referrer said about the person's immediate situation. Any one of them makes the referral urgent.</summary>
public sealed record UrgencyIndicators(bool ImmediateDanger, bool Child, bool Injured, bool Detained)
{
    public static readonly UrgencyIndicators None = new(false, false, false, false);

    public bool IsUrgent => ImmediateDanger || Child || Injured || Detained;
}
