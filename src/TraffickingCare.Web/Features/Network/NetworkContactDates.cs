using TraffickingCare.Web.Data;
using TraffickingCare.Web.Features.Shared.Contacts;

namespace TraffickingCare.Web.Features.Network;

/// <summary>
/// The days the team met partners, from every feature that registered an <see cref="IContactMomentSource"/>
/// (services, field visits, conferences), concatenated into one query (UNION ALL). The network's queries use it as
/// a correlated subquery (the latest moment per case and partner), so a case's network, or a caseworker's stale
/// contacts, stay one SQL command however many sources there are. Null while no feature has registered a source:
/// then only the contacts entered by hand count and no subquery is built.
/// </summary>
public sealed class NetworkContactDates(IEnumerable<IContactMomentSource> sources)
{
    public IQueryable<ContactMoment>? Moments(AppDbContext db)
    {
        IQueryable<ContactMoment>? all = null;
        foreach (var source in sources)
        {
            all = all is null ? source.Moments(db) : all.Concat(source.Moments(db));
        }

        return all;
    }
}
