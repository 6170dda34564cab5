using System.Text.Json.Serialization;

namespace IntegrationHub.Storage.Methods.Settings;

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(StoredSettings))]
internal sealed partial class StoredSettingsJsonContext : JsonSerializerContext;
