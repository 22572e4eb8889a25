using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace TraffickingCare.Web.Data;

/// <summary>
/// EF caches a built model per process, with the value converters inside it. The encryption
/// converters close over one application's key ring, so the cache is keyed by the protector too:
/// two hosts in one process (tests) never decrypt with each other's keys.
/// </summary>
internal sealed class AppModelCacheKeyFactory : IModelCacheKeyFactory
{
    public object Create(DbContext context, bool designTime) =>
        context is AppDbContext app
            ? (context.GetType(), app.Services.Protector, designTime)
            : (object)(context.GetType(), designTime);
}
