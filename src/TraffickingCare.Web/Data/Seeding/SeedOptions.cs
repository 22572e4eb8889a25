namespace TraffickingCare.Web.Data.Seeding;

public sealed class SeedOptions
{
    public const string Section = "Seed";

    /// <summary>One synthetic account per role; honoured in Development only.</summary>
    public bool DemoUsers { get; set; }

    /// <summary>Password of the demo accounts (Development default in appsettings.Development.json).</summary>
    public string? DemoPassword { get; set; }
}
