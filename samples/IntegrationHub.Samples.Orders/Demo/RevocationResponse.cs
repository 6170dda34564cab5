namespace IntegrationHub.Samples.Orders.Demo;

/// <summary>
/// JSON body of <c>POST /demo/revoke</c>.
/// </summary>
/// <param name="RevokedTokens">Number of tokens that changed to revoked, not counting tokens revoked earlier.</param>
internal sealed record RevocationResponse(long RevokedTokens);
