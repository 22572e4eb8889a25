using TraffickingCare.Domain.Partners;

namespace TraffickingCare.Web.Features.Partners;

public sealed record PartnerListRow(Guid Id, string Name, Sector Sector, string? MunicipalityCode, string? Phone, string? Email);
