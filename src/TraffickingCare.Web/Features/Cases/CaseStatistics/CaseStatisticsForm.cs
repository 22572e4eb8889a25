using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace TraffickingCare.Web.Features.Cases.CaseStatistics;

/// <summary>What the profile and the exploitation forms share: the case's version and the codes it holds now.</summary>
public abstract class CaseStatisticsForm
{
    /// <summary>The case's version when the form was shown.</summary>
    public int Version { get; set; }

    /// <summary>Filled from the database, never from the request.</summary>
    [BindNever]
    public CaseHeldCodes Held { get; set; } = CaseHeldCodes.None;
}
