namespace TraffickingCare.Web.Features.Shelter.Beds;

/// <summary>The page; <paramref name="Refused"/> is a refused room or bed form, shown again under its unit or room with what was typed.</summary>
public sealed record BedsPage(IReadOnlyList<ManagedUnit> Units, UnitForm UnitForm, RefusedLabel? Refused = null)
{
    /// <summary>What the one-field form under the unit or room <paramref name="id"/> shows: empty unless it was the one refused.</summary>
    public string? TypedFor(Guid id) => Refused?.For == id ? Refused.Text : null;

    /// <summary>Whether <paramref name="id"/> is one of the page's units or rooms: a refused form for anything else is not shown again.</summary>
    public bool Holds(Guid id) => Units.Any(u => u.Id == id || u.Rooms.Any(r => r.Id == id));
}

/// <summary>A room's name or a bed's label that was refused, and the unit or room whose form it was typed in.</summary>
public sealed record RefusedLabel(Guid For, string? Text);

public sealed record ManagedUnit(Guid Id, string Name, string Address, IReadOnlyList<ManagedRoom> Rooms);

public sealed record ManagedRoom(Guid Id, string Name, IReadOnlyList<ManagedBed> Beds);

public sealed record ManagedBed(Guid Id, string Label, bool InUse, bool Occupied);
