using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Common;
using TraffickingCare.Domain.Support;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Features.Shared.Lookups;
using TraffickingCare.Web.Infrastructure.Mvc;

namespace TraffickingCare.Web.Features.Services;

/// <summary>One projection of services for the panel and the list: giver and author names joined in the same SQL command.</summary>
public sealed class ServiceRows(AppDbContext db)
{
    public async Task<IReadOnlyList<ServiceRow>> ListAsync(
        IQueryable<CaseService> services, bool showsStory, IReadOnlyList<CodeListOption> types, ClaimsPrincipal user, DateTime utcNow, CancellationToken ct)
    {
        var rows = await services
            .Select(s => new ServiceRow(
                s.Id,
                s.TypeCode,
                s.On,
                s.DurationMinutes,
                s.GivenByUserId != null
                    ? db.Users.Where(u => u.Id == s.GivenByUserId).Select(u => u.DisplayName).FirstOrDefault()
                    : db.Partners.Where(p => p.Id == s.GivenByPartnerId).Select(p => p.Name).FirstOrDefault(),
                s.GivenByPartnerId != null,
                showsStory ? s.Note : null,
                s.AuthorId,
                db.Users.Where(u => u.Id == s.AuthorId).Select(u => u.DisplayName).FirstOrDefault(),
                s.WrittenAtUtc,
                s.AmendsServiceId))
            .ToListAsync(ct);
        var labels = types.ToDictionary(t => t.Code, t => t.Label);
        var userId = user.GetUserId();
        return [.. rows.Select(r => r with
        {
            TypeLabel = labels.GetValueOrDefault(r.TypeCode, r.TypeCode),
            CanCorrect = showsStory && EditWindow.Allows(r.AuthorId, r.WrittenAtUtc, userId, utcNow),
        })];
    }
}
