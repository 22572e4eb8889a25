namespace TraffickingCare.Web.Data.Seeding;

public sealed class SeedOptions
{
    public const string Section = "Seed";

    /// <summary>One synthetic account per role; honoured in Development only.</summary>
    public bool DemoUsers { get; set; }

    /// <summary>
    /// Whether a Development start adds demo records (referrals, cases, the shelter and its residents, conferences,
    /// trainings, events, local teams, partners). Off for an empty start: the demo accounts and the code lists only,
    /// so that the annual report can be checked against an imported file alone.
    /// </summary>
    public bool DemoData { get; set; } = true;

    /// <summary>How many synthetic referrals Development starts with (0 for none; tests use 0).</summary>
    public int DemoReferrals { get; set; } = 120;

    /// <summary>Password of the demo accounts (Development default in appsettings.Development.json).</summary>
    public string? DemoPassword { get; set; }
}
