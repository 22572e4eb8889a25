namespace TraffickingCare.Web.Features.Shared.Accounts;

/// <summary>Where a link went, as the administrator's page shows it: enough to recognise the address, not to copy it.</summary>
public static class EmailMask
{
    public static string Mask(string email)
    {
        var at = email.LastIndexOf('@');
        return at <= 0 ? "***" : string.Concat(email.AsSpan(0, 1), "***", email.AsSpan(at));
    }
}
