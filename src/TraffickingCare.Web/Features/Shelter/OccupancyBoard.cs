namespace TraffickingCare.Web.Features.Shelter;

/// <summary>The board: each unit (with its secret address: the board is shown only to shelter staff and the coordinator) and its beds by room.</summary>
public sealed record OccupancyBoard(IReadOnlyList<BoardUnit> Units)
{
    public int Occupied => Beds.Count(b => b.Occupant is not null);

    public int Free => Beds.Count(b => b.InUse && b.Occupant is null);

    public int OutOfUse => Beds.Count(b => !b.InUse);

    private IEnumerable<BoardBed> Beds => Units.SelectMany(u => u.Rooms).SelectMany(r => r.Beds);
}

public sealed record BoardUnit(Guid Id, string Name, string Address, IReadOnlyList<BoardRoom> Rooms);

public sealed record BoardRoom(string Name, IReadOnlyList<BoardBed> Beds);

public sealed record BoardBed(Guid Id, string Label, bool InUse, BoardOccupant? Occupant);
