namespace TraffickingCare.Web.Reporting;

/// <summary>Numbers in statistical tables read best right-aligned.</summary>
public enum CellAlignment
{
    Left,
    Right,
    Center,
}
