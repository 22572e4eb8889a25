using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Common;

namespace TraffickingCare.Web.Data;

/// <summary>What every <see cref="Entity"/> shares in the database: key, stamps, concurrency version, soft-delete filter.</summary>
internal static class EntityConventions
{
    public const int UserIdMaxLength = Entity.UserIdMaxLength;

    public static void Apply(ModelBuilder builder)
    {
        var entityTypes = builder.Model.GetEntityTypes()
            .Where(t => typeof(Entity).IsAssignableFrom(t.ClrType) && t.BaseType is null)
            .ToList();

        LiveRows.Map(builder);
        foreach (var entityType in entityTypes)
        {
            var entity = builder.Entity(entityType.ClrType);
            entity.HasKey(nameof(Entity.Id));
            entity.Property(nameof(Entity.Id)).ValueGeneratedNever();
            entity.Property(nameof(Entity.Version)).IsConcurrencyToken();
            entity.Property(nameof(Entity.CreatedBy)).HasMaxLength(UserIdMaxLength);
            entity.Property(nameof(Entity.UpdatedBy)).HasMaxLength(UserIdMaxLength);
            entity.Property(nameof(Entity.DeletedBy)).HasMaxLength(UserIdMaxLength);
            entity.HasQueryFilter(LiveRows.Filter(entityType.ClrType));
        }
    }
}
