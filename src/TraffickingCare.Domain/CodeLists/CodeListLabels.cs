namespace TraffickingCare.Domain.CodeLists;

public sealed record CodeListLabels(string? Latin, string? Cyrillic, string? English);
