namespace TraffickingCare.Domain.Reports;

/// <summary>How far the extract's quasi-identifiers were coarsened, in the order the steps are taken; each keeps the ones before.</summary>
public enum ExtractGeneralisation
{
    None,

    /// <summary>The municipality is withheld (<c>*</c>).</summary>
    Municipality,

    /// <summary>And the citizenship is only domestic (<c>RS</c>) or foreign (<c>*</c>).</summary>
    Citizenship,

    /// <summary>And the age band is one of 0-17, 18-29, 30+.</summary>
    AgeBand,
}
