namespace TraffickingCare.Web.Features.Shared.Home;

/// <summary>The model of a panel that is one number of things waiting (its partial says what and links to them).</summary>
public sealed record HomeCount(int Count) : HomePanelModel;
