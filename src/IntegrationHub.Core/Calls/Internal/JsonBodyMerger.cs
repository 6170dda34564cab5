using System.Text.Json;
using System.Text.Json.Nodes;

namespace IntegrationHub.Calls.Internal;

/// <summary>Merges the reserved <c>body</c> object of client data into a caller's JSON object body.</summary>
internal static class JsonBodyMerger
{
    /// <summary>Returns the merged JSON; top-level keys from client data replace the caller's.</summary>
    public static string Merge(JsonElement body, JsonElement extra)
    {
        var merged = JsonNode.Parse(body.GetRawText())!.AsObject();
        foreach (var property in extra.EnumerateObject())
        {
            merged[property.Name] = JsonNode.Parse(property.Value.GetRawText());
        }

        return merged.ToJsonString();
    }
}
