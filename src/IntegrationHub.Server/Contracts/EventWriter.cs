using System.Text.Json;
using System.Text.Json.Nodes;
using IntegrationHub.Connections;
using IntegrationHub.Events;

namespace IntegrationHub.Server.Contracts;

/// <summary>Writes events as the JSON of an SSE <c>data:</c> field.</summary>
internal static class EventWriter
{
    public static string Write(HubEvent hubEvent)
    {
        var json = new JsonObject
        {
            ["eventId"] = hubEvent.EventId,
            ["type"] = hubEvent.Type,
            ["conversationId"] = hubEvent.ConversationId,
        };
        if (hubEvent.CustomerExternalId is not null)
        {
            json["customerExternalId"] = hubEvent.CustomerExternalId;
        }

        json["occurredAt"] = hubEvent.OccurredAt;
        if (hubEvent is AuthenticationRequestedEvent requested)
        {
            json["connectionId"] = requested.ConnectionId;
            json["environment"] = requested.Environment.ToName();
            json["authenticationMethodId"] = requested.AuthenticationMethodId;
            json["reason"] = JsonNamingPolicy.CamelCase.ConvertName(requested.Reason.ToString());
            json["missingKeys"] = new JsonArray([.. requested.MissingKeys.Select(k => (JsonNode)k)]);
        }

        return json.ToJsonString();
    }
}
