namespace TraffickingCare.Web.Features.Shelter.Beds;

public sealed record BedsPage(IReadOnlyList<ManagedUnit> Units, UnitForm UnitForm);

public sealed record ManagedUnit(Guid Id, string Name, string Address, IReadOnlyList<ManagedRoom> Rooms);

public sealed record ManagedRoom(Guid Id, string Name, IReadOnlyList<ManagedBed> Beds);

public sealed record ManagedBed(Guid Id, string Label, bool InUse, bool Occupied);
