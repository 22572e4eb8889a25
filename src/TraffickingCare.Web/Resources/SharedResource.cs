namespace TraffickingCare.Web.Resources;

/// <summary>
/// Marker for the one resource set of the UI: SharedResource.resx (Serbian Latin, the default),
/// SharedResource.sr-Cyrl-RS.resx and SharedResource.en.resx, with dotted keys such as "Account.Login.Title".
/// </summary>
public sealed class SharedResource;
