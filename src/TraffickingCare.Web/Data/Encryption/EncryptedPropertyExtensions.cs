using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace TraffickingCare.Web.Data.Encryption;

public static class EncryptedPropertyExtensions
{
    public const string EncryptedAnnotation = "TraffickingCare:Encrypted";
    public const string SensitiveAnnotation = "TraffickingCare:Sensitive";

    /// <summary>Identifying data: encrypted at rest, and never copied into the audit trail.</summary>
    public static PropertyBuilder<TProperty> IsEncrypted<TProperty>(this PropertyBuilder<TProperty> property) =>
        property.HasAnnotation(EncryptedAnnotation, true).HasAnnotation(SensitiveAnnotation, true);

    /// <summary>Personal free text that stays searchable in the database but whose values never reach the audit trail.</summary>
    public static PropertyBuilder<TProperty> IsSensitive<TProperty>(this PropertyBuilder<TProperty> property) =>
        property.HasAnnotation(SensitiveAnnotation, true);

    public static ComplexTypePropertyBuilder<TProperty> IsEncrypted<TProperty>(this ComplexTypePropertyBuilder<TProperty> property) =>
        property.HasAnnotation(EncryptedAnnotation, true).HasAnnotation(SensitiveAnnotation, true);

    public static bool IsEncrypted(this IReadOnlyProperty property) =>
        property.FindAnnotation(EncryptedAnnotation)?.Value is true;

    public static bool IsSensitive(this IReadOnlyProperty property) =>
        property.FindAnnotation(SensitiveAnnotation)?.Value is true;
}
