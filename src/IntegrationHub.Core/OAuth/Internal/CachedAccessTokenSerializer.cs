using System.Buffers;
using System.Text.Json;
using IntegrationHub.Secrets;
using Microsoft.Extensions.Caching.Hybrid;

namespace IntegrationHub.OAuth.Internal;

/// <summary>Serializes cached tokens for a distributed cache level with the token encrypted, so that the cache never stores it in plain text.</summary>
internal sealed class CachedAccessTokenSerializer : IHybridCacheSerializer<CachedAccessToken>
{
    private readonly ISecretProtector _protector;

    public CachedAccessTokenSerializer(ISecretProtector protector) => _protector = protector;

    public CachedAccessToken Deserialize(ReadOnlySequence<byte> source)
    {
        var reader = new Utf8JsonReader(source);
        var payload = JsonSerializer.Deserialize<Payload>(ref reader) ?? throw new JsonException("The cached token entry is empty.");
        return new CachedAccessToken(new Secret(_protector.Unprotect(payload.Token)), DateTimeOffset.FromUnixTimeMilliseconds(payload.ExpiresAt));
    }

    public void Serialize(CachedAccessToken value, IBufferWriter<byte> target)
    {
        using var writer = new Utf8JsonWriter(target);
        JsonSerializer.Serialize(writer, new Payload(_protector.Protect(value.AccessToken.Reveal()), value.ExpiresAt.ToUnixTimeMilliseconds()));
    }

    private sealed record Payload(string Token, long ExpiresAt);
}
