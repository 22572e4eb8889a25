namespace TraffickingCare.Domain.Attachments;

/// <summary>What a document is, so that the team finds it and a report can count it without opening it.</summary>
public enum AttachmentCategory
{
    IdentityDocument,
    Medical,
    Legal,
    SocialProtection,
    Correspondence,
    Photo,
    Other,
}
