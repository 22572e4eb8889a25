namespace TraffickingCare.Domain.Accounts;

public enum PrivilegedChangeStatus
{
    Pending,
    Approved,
    Refused,
}
