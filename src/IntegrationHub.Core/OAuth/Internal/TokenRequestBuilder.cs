using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Duende.IdentityModel.Client;
using IntegrationHub.Methods;

namespace IntegrationHub.OAuth.Internal;

/// <summary>
/// Builds every token request (code exchange, client credentials, refresh) and revocation request from one set of method settings,
/// so that a setting such as the client credential placement or the body format applies to all of them.
/// </summary>
/// <remarks>
/// Duende.IdentityModel's request types send only form bodies, and its response type parses only JSON.
/// Methods may need JSON request bodies, raw Basic credentials or form-encoded responses, so the request is built here with Duende's RFC 6749 Basic header encoder.
/// </remarks>
internal static class TokenRequestBuilder
{
    public static HttpRequestMessage Build(OAuthSettings settings, Uri endpoint, IReadOnlyList<KeyValuePair<string, string>> grantParameters, bool includeTokenParameters)
    {
        var parameters = new List<KeyValuePair<string, string>>(grantParameters);
        if (includeTokenParameters)
        {
            if (settings.Audience is not null)
            {
                parameters.Add(new("audience", settings.Audience));
            }

            parameters.AddRange(settings.Resources.Select(r => new KeyValuePair<string, string>("resource", r)));
            // A parameter that the grant already carries, such as a refresh-only value of the same name, is not sent twice.
            parameters.AddRange(settings.AdditionalTokenParameters.Where(p => !parameters.Any(existing => existing.Key == p.Key)));
        }

        var request = new HttpRequestMessage(HttpMethod.Post, endpoint);
        if (settings.ClientCredentialPlacement == ClientCredentialPlacement.BasicAuthHeader)
        {
            request.Headers.Authorization = settings.BasicAuthEncoding == BasicAuthEncoding.FormUrlEncoded
                ? new BasicAuthenticationOAuthHeaderValue(settings.ClientId, settings.ClientSecret.Reveal())
                : new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(settings.ClientId + ":" + settings.ClientSecret.Reveal())));
        }
        else
        {
            parameters.Add(new("client_id", settings.ClientId));
            parameters.Add(new("client_secret", settings.ClientSecret.Reveal()));
        }

        request.Content = settings.TokenRequestFormat == TokenRequestFormat.Json ? JsonContent(parameters) : new FormUrlEncodedContent(parameters);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        foreach (var header in settings.TokenRequestHeaders)
        {
            request.Headers.TryAddWithoutValidation(header.Name, header.Value ?? header.SecretValue!.Reveal());
        }

        return request;
    }

    /// <summary>Writes the parameters as a JSON object; a repeated parameter, such as <c>resource</c>, becomes an array.</summary>
    private static StringContent JsonContent(List<KeyValuePair<string, string>> parameters)
    {
        var json = new JsonObject();
        foreach (var group in parameters.GroupBy(p => p.Key, StringComparer.Ordinal))
        {
            var values = group.Select(p => p.Value).ToList();
            json[group.Key] = values.Count == 1 ? JsonValue.Create(values[0]) : new JsonArray([.. values.Select(v => (JsonNode)JsonValue.Create(v))]);
        }

        return new StringContent(json.ToJsonString(), Encoding.UTF8, "application/json");
    }
}
