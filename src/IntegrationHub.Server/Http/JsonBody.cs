using System.Text.Json;
using IntegrationHub.Validation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace IntegrationHub.Server.Http;

/// <summary>
/// Reads a JSON request body as a <see cref="JsonElement"/>, so that the services can report every invalid field by path;
/// model binding would stop at the first type mismatch.
/// </summary>
internal static class JsonBody
{
    private const int MaxDepth = 64;

    public static async Task<(JsonElement? Body, ProblemHttpResult? Problem)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!request.HasJsonContentType())
        {
            return (null, Problems.BadRequest("The request body must be JSON; send 'Content-Type: application/json'.", StatusCodes.Status415UnsupportedMediaType));
        }

        try
        {
            using var document = await JsonDocument.ParseAsync(request.Body, new JsonDocumentOptions { MaxDepth = MaxDepth }, cancellationToken);
            if (JsonTextValidator.FindInvalidString(document.RootElement) is { } path)
            {
                return (null, Problems.BadRequest($"The request body has a string that is not valid UTF-8 or contains an unpaired surrogate at '{path}'; send valid Unicode text."));
            }

            return (document.RootElement.Clone(), null);
        }
        catch (JsonException exception) when (exception.Message.Contains("maximum configured depth", StringComparison.Ordinal))
        {
            return (null, Problems.BadRequest($"The request body nests JSON deeper than {MaxDepth} levels; flatten it."));
        }
        catch (JsonException exception)
        {
            var where = exception.LineNumber is { } line ? $" at line {line + 1}, position {exception.BytePositionInLine + 1}" : string.Empty;
            return (null, Problems.BadRequest($"The request body is not valid JSON{where}; fix the syntax and send it again."));
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, Problems.BadRequest("The request body is larger than the configured limit.", StatusCodes.Status413PayloadTooLarge));
        }
    }
}
