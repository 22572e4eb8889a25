using TraffickingCare.Domain.Partners;

namespace TraffickingCare.Web.Features.Network.Ecomap;

/// <summary>What an ecomap is made of, in whole SVG units: the person in the centre, one segment per sector, the actors.</summary>
public sealed record EcomapDrawing(int Width, int Height, EcomapPoint Centre, int CentreRadius, IReadOnlyList<EcomapSector> Sectors, IReadOnlyList<EcomapNode> Nodes);

public sealed record EcomapPoint(int X, int Y);

/// <summary>
/// A sector's segment: the boundary ray before it, where its label stands, and, when nobody in the network stands
/// for it, the empty place drawn dashed and labelled as missing.
/// </summary>
public sealed record EcomapSector(Sector Sector, EcomapPoint BoundaryFrom, EcomapPoint BoundaryTo, EcomapPoint Label, string Anchor, bool IsMissing, EcomapPoint Place);

/// <summary>An actor: the line from the person to it, its circle, and its label below it; stale contacts are dashed and marked.</summary>
public sealed record EcomapNode(Guid Id, Sector Sector, EcomapPoint At, EcomapPoint LineFrom, string Label, bool IsStale);
