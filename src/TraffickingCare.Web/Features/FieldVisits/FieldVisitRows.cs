using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Common;
using TraffickingCare.Domain.Support;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Features.Shared.Lookups;
using TraffickingCare.Web.Infrastructure.Mvc;

namespace TraffickingCare.Web.Features.FieldVisits;

/// <summary>One projection of visits for the panel and the list: participants' names come in the same SQL command.</summary>
public sealed class FieldVisitRows(AppDbContext db)
{
    public async Task<IReadOnlyList<FieldVisitRow>> ListAsync(
        IQueryable<FieldVisit> visits, bool showsStory, IReadOnlyList<CodeListOption> purposes, ClaimsPrincipal user, DateTime utcNow, CancellationToken ct)
    {
        var rows = await visits
            .Select(v => new FieldVisitRow(
                v.Id,
                v.On,
                v.Place,
                v.PurposeCode,
                v.Participants.Select(p => p.UserId != null
                    ? db.Users.Where(u => u.Id == p.UserId).Select(u => u.DisplayName).FirstOrDefault()
                    : db.Partners.Where(x => x.Id == p.PartnerId).Select(x => x.Name).FirstOrDefault()).ToList(),
                showsStory ? v.Outcome : null,
                showsStory ? v.NextStep : null,
                v.NextStepOn,
                v.AuthorId,
                db.Users.Where(u => u.Id == v.AuthorId).Select(u => u.DisplayName).FirstOrDefault(),
                v.WrittenAtUtc,
                v.AmendsVisitId))
            .ToListAsync(ct);
        var labels = purposes.ToDictionary(t => t.Code, t => t.Label);
        var userId = user.GetUserId();
        return [.. rows.Select(r => r with
        {
            PurposeLabel = labels.GetValueOrDefault(r.PurposeCode, r.PurposeCode),
            CanCorrect = showsStory && EditWindow.Allows(r.AuthorId, r.WrittenAtUtc, userId, utcNow),
        })];
    }
}
