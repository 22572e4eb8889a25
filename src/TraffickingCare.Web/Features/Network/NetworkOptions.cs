namespace TraffickingCare.Web.Features.Network;

/// <summary>Support:StaleContactDays: how long a network contact stays fresh (bound at start, refused unless positive).</summary>
public sealed class NetworkOptions
{
    public const string Section = "Support";

    /// <summary>A contact older than this many days (or none at all) is drawn as stale and listed on "Moj rad".</summary>
    public int StaleContactDays { get; set; } = 30;
}
