using TraffickingCare.Domain.Partners;

namespace TraffickingCare.Web.Data.Seeding;

/// <summary>A demo partner as other demo plans use it: its id, sector, municipality and contact people's ids.</summary>
public sealed record DemoPartner(Guid Id, Sector Sector, string? MunicipalityCode, IReadOnlyList<Guid> ContactIds);
