namespace TraffickingCare.Web.Features.Work;

/// <summary>How far ahead "Moj rad" looks (Work:HorizonDays): upcoming things due within that many days are listed.</summary>
public sealed class WorkOptions
{
    public const string Section = "Work";

    public int HorizonDays { get; set; } = 7;
}
