using TraffickingCare.Web.Data;

namespace TraffickingCare.Web.Features.Shared.Contacts;

/// <summary>
/// The records in which a case's team met a partner institution: a service it gave, a field visit it took part in,
/// a conference it attended. The support network derives an actor's last contact from all of them (the latest
/// moment per case and partner) without knowing the features: each feature registers a source in its FeatureSetup
/// block, and the network concatenates the sources into one SQL query (UNION ALL, then GROUP BY) — so a source
/// must return a query EF can translate, never a list. The network compiles the query once for every caller, so it
/// holds no value of its own: Moj rad's compiled queries (<see cref="Data.CompiledRule"/>) refuse a captured value at
/// their first run.
/// </summary>
public interface IContactMomentSource
{
    IQueryable<ContactMoment> Moments(AppDbContext db);
}
