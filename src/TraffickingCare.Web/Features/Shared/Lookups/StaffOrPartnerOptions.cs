namespace TraffickingCare.Web.Features.Shared.Lookups;

/// <summary>
/// The people and institutions offered for "given by" or "who took part" (services, field visits): the Centre's staff
/// and the partner directory. Option values carry their kind (<see cref="StaffOrPartnerValue"/>).
/// </summary>
public sealed record StaffOrPartnerOptions(IReadOnlyList<CodeListOption> Staff, IReadOnlyList<CodeListOption> Partners)
{
    public static readonly StaffOrPartnerOptions None = new([], []);

    /// <summary>Set when the directory is too large to list and the form finds partners by name.</summary>
    public PartnerSearch? Search { get; init; }
}
