using TraffickingCare.Web.Features.Shared.Lookups;

namespace TraffickingCare.Web.Features.Cases.CaseStatistics;

/// <summary>An edit page of a case's statistical data: the form and the values each code list offers (by list name).</summary>
public sealed record CaseStatisticsPage<TForm>(Guid Id, string Code, TForm Form, IReadOnlyDictionary<string, IReadOnlyList<CodeListOption>> Options)
{
    /// <summary>What is saved now, shown after a refused save from an older page.</summary>
    public CaseStatisticsPanel? Saved { get; init; }

    public IReadOnlyList<CodeListOption> For(string list) => Options.TryGetValue(list, out var options) ? options : [];
}
