namespace TraffickingCare.Web.Identity;

/// <summary>Marks the few actions a user without an enrolled authenticator may still use (enrolment, sign-out, errors).</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class AllowWithoutTwoFactorAttribute : Attribute;
