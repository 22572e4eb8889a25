namespace TraffickingCare.Web.Reporting;

/// <summary>Margins in points (1/72 inch). The page header and footer sit inside the top and bottom margins.</summary>
public sealed record PageMargins(float Top, float Right, float Bottom, float Left)
{
    /// <summary>2 cm all round: room for the header and footer, and for a hole punch on the left.</summary>
    public static readonly PageMargins Default = new(57, 57, 57, 57);
}
