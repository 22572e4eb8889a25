using TraffickingCare.Domain.Auditing;
using TraffickingCare.Web.Data.Auditing;

namespace TraffickingCare.UnitTests.Data;

public sealed class AuditChainKeyTests
{
    private static readonly AuditChainRow Row = new(
        41, 7, new DateTime(2026, 12, 2, 13, 5, 9, 123, DateTimeKind.Utc).AddTicks(4567), "user-1", AuditAction.Viewed, "CaseFile",
        Guid.Parse("5d1f6c1e-3f5b-4bb5-9a57-0f3c2d1e4b6a"), "{\"a\":1}", "court request", "corr-1");

    private static readonly AuditChainKey Key = new(Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray()));

    [Fact]
    public void The_same_row_after_the_same_hash_gives_the_same_64_hex_digits()
    {
        var hash = Key.Hash(AuditChainKey.Genesis, Row);

        Assert.Equal(hash, Key.Hash(AuditChainKey.Genesis, Row with { }));
        Assert.Matches("^[0-9a-f]{64}$", hash);
    }

    public static TheoryData<AuditChainRow> Changed() =>
    [
        Row with { Id = 42 },
        Row with { Sequence = 8 },
        Row with { AtUtc = Row.AtUtc.AddTicks(1) },
        Row with { UserId = "user-2" },
        Row with { UserId = null },
        Row with { Action = AuditAction.Downloaded },
        Row with { EntityType = "Referral" },
        Row with { EntityId = Guid.Empty },
        Row with { Changes = "{\"a\":2}" },
        Row with { Reason = null },
        Row with { CorrelationId = "corr-2" },

        // Values that only move between columns still change the content.
        Row with { Reason = "corr-1", CorrelationId = "court request" },
    ];

    [Theory]
    [MemberData(nameof(Changed))]
    public void Any_change_to_any_column_changes_the_hash(AuditChainRow changed)
    {
        Assert.NotEqual(Key.Hash(AuditChainKey.Genesis, Row), Key.Hash(AuditChainKey.Genesis, changed));
    }

    [Fact]
    public void The_hash_depends_on_the_previous_hash_and_on_the_key()
    {
        var hash = Key.Hash(AuditChainKey.Genesis, Row);

        Assert.NotEqual(hash, Key.Hash(new string('1', 64), Row));
        Assert.NotEqual(hash, new AuditChainKey(null).Hash(AuditChainKey.Genesis, Row));
    }

    [Fact]
    public void Production_accepts_only_a_random_key_of_32_bytes_or_more()
    {
        Assert.False(AuditChainKey.IsAcceptableForProduction(null));
        Assert.False(AuditChainKey.IsAcceptableForProduction(AuditChainKey.DevelopmentKey));
        Assert.False(AuditChainKey.IsAcceptableForProduction(Convert.ToBase64String(new byte[31])));
        Assert.True(AuditChainKey.IsAcceptableForProduction(Convert.ToBase64String(new byte[32])));
    }
}
