namespace TraffickingCare.Web.Features.Users;

/// <summary>An administrator's action on another account: the name of its URL, its log event and the suffix of its resource keys.</summary>
public enum UserAction
{
    Disable,
    Enable,
    ResetTwoFactor,
    ResetPassword,
}
