namespace TraffickingCare.IntegrationTests.Infrastructure;

/// <summary>One command as it was sent: its text and its parameters' names and values.</summary>
public sealed record SqlCommandText(string Sql, IReadOnlyList<(string Name, object? Value)> Parameters);
