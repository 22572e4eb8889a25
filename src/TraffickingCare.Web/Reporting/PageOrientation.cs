namespace TraffickingCare.Web.Reporting;

/// <summary>A4 upright, or on its side for wide statistical tables.</summary>
public enum PageOrientation
{
    Portrait,
    Landscape,
}
