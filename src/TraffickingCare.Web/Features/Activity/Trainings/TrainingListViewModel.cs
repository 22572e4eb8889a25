namespace TraffickingCare.Web.Features.Activity.Trainings;

public sealed record TrainingListViewModel(TrainingListFilter Filter, IReadOnlyList<TrainingListRow> Rows, int Total)
{
    public int Pages => Math.Max(1, (Total + TrainingListFilter.PageSize - 1) / TrainingListFilter.PageSize);

    /// <summary>The filtered sector's label, null when the list is not filtered by a known sector.</summary>
    public string? SectorLabel => Filter.Choices.Sectors.FirstOrDefault(s => s.Code == Filter.Sector)?.Label;

    public string MunicipalityLabel(string code) => Filter.Choices.Municipalities.FirstOrDefault(m => m.Code == code)?.Label ?? code;
}
