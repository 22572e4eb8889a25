using TraffickingCare.Web.Data.Encryption;

namespace TraffickingCare.Web.Data;

/// <summary>What the context needs beyond its options: the clock, the acting user and the field protector.</summary>
public sealed record AppDbContextServices(TimeProvider Clock, CurrentActor Actor, FieldProtector Protector);
