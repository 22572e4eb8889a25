using TraffickingCare.Web.Features.Shared.Lookups;

namespace TraffickingCare.Web.Features.Partners;

public sealed record PartnerListViewModel(PartnerListFilter Filter, IReadOnlyList<PartnerListRow> Rows, int Total, IReadOnlyList<CodeListOption> Municipalities)
{
    public int Pages => Math.Max(1, (Total + PartnerListFilter.PageSize - 1) / PartnerListFilter.PageSize);

    public string? MunicipalityLabel(string? code) =>
        code is null ? null : Municipalities.FirstOrDefault(m => m.Code == code)?.Label ?? code;
}
