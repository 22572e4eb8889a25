namespace TraffickingCare.Domain.Activity;

/// <summary>The kinds of awareness work the Centre counts. Stored by name.</summary>
public enum AwarenessEventKind
{
    /// <summary>World Day against Trafficking in Persons, 30 July.</summary>
    WorldDay,

    /// <summary>EU Anti-Trafficking Day, 18 October.</summary>
    EuDay,
    Tribune,
    Campaign,
    MediaAppearance,

    /// <summary>A conference at which the Centre presented.</summary>
    ConferencePresentation,
    Other,
}
