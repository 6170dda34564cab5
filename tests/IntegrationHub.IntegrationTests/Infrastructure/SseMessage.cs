using System.Text.Json;

namespace IntegrationHub.IntegrationTests.Infrastructure;

/// <summary>One server-sent event: its <c>id:</c>, <c>event:</c> and parsed <c>data:</c>.</summary>
public sealed record SseMessage(string? Id, string Type, string RawData, JsonElement Data);
