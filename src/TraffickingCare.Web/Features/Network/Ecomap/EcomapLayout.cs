using TraffickingCare.Domain.Support;

namespace TraffickingCare.Web.Features.Network.Ecomap;

/// <summary>
/// Lays out a support network as an ecomap: the person in the centre, the sectors around it clockwise from the top
/// (every sector a network should reach, then any other that is present), each actor in its sector's segment on
/// one of two rings. A pure function of the actors, so the drawing is tested without a page.
/// </summary>
public static class EcomapLayout
{
    public const int Width = 840;
    public const int Height = 600;
    public const int CentreRadius = 46;
    public const int NodeRadius = 20;
    public const int LabelMaxLength = 22;

    private const int InnerRing = 150;
    private const int OuterRing = 205;
    private const int SectorLabelRing = 268;
    private const int BoundaryRing = 290;

    public static EcomapDrawing Draw(IReadOnlyList<EcomapActor> actors)
    {
        var centre = new EcomapPoint(Width / 2, Height / 2);
        var drawn = NetworkCoverage.Drawn(actors.Select(a => a.Sector));
        var missing = NetworkCoverage.Missing(actors.Select(a => a.Sector)).ToHashSet();
        var wedge = 360.0 / drawn.Count;
        var sectors = new List<EcomapSector>();
        var nodes = new List<EcomapNode>();
        for (var i = 0; i < drawn.Count; i++)
        {
            var sector = drawn[i];
            var middle = -90 + (i * wedge);
            var start = middle - (wedge / 2);
            var labelAt = At(centre, middle, SectorLabelRing);
            sectors.Add(new EcomapSector(
                sector,
                At(centre, start, CentreRadius + 8),
                At(centre, start, BoundaryRing),
                labelAt,
                AnchorOf(labelAt.X - centre.X),
                missing.Contains(sector),
                At(centre, middle, InnerRing)));

            var inSector = actors.Where(a => a.Sector == sector).ToList();
            for (var k = 0; k < inSector.Count; k++)
            {
                var actor = inSector[k];
                var angle = start + (wedge * (k + 1) / (inSector.Count + 1));
                var ring = inSector.Count > 2 && k % 2 == 1 ? OuterRing : InnerRing;
                nodes.Add(new EcomapNode(actor.Id, sector, At(centre, angle, ring), At(centre, angle, CentreRadius), Shorten(actor.Label), actor.IsStale));
            }
        }

        return new EcomapDrawing(Width, Height, centre, CentreRadius, sectors, nodes);
    }

    /// <summary>A label short enough to stand under a circle; the table beside the map gives it in full.</summary>
    public static string Shorten(string label) =>
        label.Length <= LabelMaxLength ? label : string.Concat(label.AsSpan(0, LabelMaxLength - 1).TrimEnd(), "…");

    private static EcomapPoint At(EcomapPoint centre, double degrees, int radius)
    {
        var radians = degrees * Math.PI / 180;
        return new EcomapPoint((int)Math.Round(centre.X + (radius * Math.Cos(radians))), (int)Math.Round(centre.Y + (radius * Math.Sin(radians))));
    }

    private static string AnchorOf(int dx) => dx switch
    {
        > 20 => "start",
        < -20 => "end",
        _ => "middle",
    };
}
