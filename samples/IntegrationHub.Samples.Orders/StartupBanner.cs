namespace IntegrationHub.Samples.Orders;

/// <summary>
/// Logs the endpoints and the demo credentials once the sample listens.
/// </summary>
/// <remarks>The credentials are documented demo values, which is why this banner may print them.</remarks>
internal static class StartupBanner
{
    public static void Write(ILogger logger, Uri baseAddress, OrdersSampleOptions options)
    {
        Log.OrdersSampleStarted(
            logger,
            baseAddress,
            new Uri(baseAddress, OrdersSampleRoutes.Token),
            new Uri(baseAddress, OrdersSampleRoutes.Authorize),
            new Uri(baseAddress, OrdersSampleRoutes.Revocation));

        Log.DemoMachineClient(logger, options.MachineClientId, options.MachineClientSecret, OrdersSampleScopes.OrdersRead);
        Log.DemoWebClient(
            logger,
            options.WebClientId,
            options.WebClientSecret,
            string.Join(", ", options.GetEffectiveWebClientRedirectUris()),
            options.DemoUserSubject);
        Log.DemoBasicCredentials(logger, OrdersSampleRoutes.BasicOrders, options.BasicUserName, options.BasicPassword);
        Log.DemoApiKey(logger, OrdersSampleRoutes.ApiKeyOrders, OrdersSampleHeaders.ApiKey, options.ApiKey);
    }
}
