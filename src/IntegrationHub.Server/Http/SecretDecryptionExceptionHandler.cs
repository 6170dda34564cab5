using System.Security.Cryptography;
using Microsoft.AspNetCore.Diagnostics;

namespace IntegrationHub.Server.Http;

/// <summary>
/// Writes a problem that explains how to recover, instead of a bare 500, when a request needed a stored secret that cannot be decrypted
/// because the Data Protection key ring is missing or replaced.
/// </summary>
internal sealed class SecretDecryptionExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not CryptographicException)
        {
            return false;
        }

        httpContext.Response.StatusCode = StatusCodes.Status500InternalServerError;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails =
            {
                Status = StatusCodes.Status500InternalServerError,
                Title = "Stored secrets cannot be decrypted",
                Detail = "The Data Protection key ring in the data folder's 'keys' directory is missing or is not the one the secrets were encrypted with. Restore that folder next to the database, or delete and recreate the affected methods and client data.",
            },
        });
    }
}
