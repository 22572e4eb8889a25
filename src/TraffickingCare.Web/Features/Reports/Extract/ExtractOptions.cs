using TraffickingCare.Domain.Reports;

namespace TraffickingCare.Web.Features.Reports.Extract;

/// <summary>The <c>Reports</c> configuration section, as far as the partners' extract reads it.</summary>
public sealed class ExtractOptions
{
    public const string Section = "Reports";

    /// <summary>Every row of the extract shares its quasi-identifiers with at least this many rows (itself included).</summary>
    public int ExtractK { get; set; } = ExtractAnonymiser.DefaultK;
}
