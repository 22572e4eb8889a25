namespace TraffickingCare.Web.Features.Users;

/// <summary>Shown once to the administrator, to hand to the user; it is never stored or logged.</summary>
public sealed record SetPasswordLinkViewModel(string DisplayName, string Link, int ValidForHours);
