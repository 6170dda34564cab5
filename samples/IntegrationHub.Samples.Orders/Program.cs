using IntegrationHub.Samples.Orders;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;

var builder = WebApplication.CreateBuilder(args);

// Settings such as --OrdersSample:ApiKey=... or OrdersSample__ApiKey override the demo defaults.
var options = builder.Configuration.GetSection(OrdersSampleOptions.SectionName).Get<OrdersSampleOptions>() ?? new OrdersSampleOptions();

if (string.IsNullOrEmpty(builder.Configuration[WebHostDefaults.ServerUrlsKey]))
{
    builder.WebHost.UseUrls(OrdersSampleApplication.DefaultUrl);
}

await using var app = OrdersSampleApplication.Build(builder, options);

app.Lifetime.ApplicationStarted.Register(() =>
{
    var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("IntegrationHub.Samples.Orders");
    var addresses = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
    foreach (var address in addresses)
    {
        StartupBanner.Write(logger, new Uri(address.TrimEnd('/') + "/"), options);
    }
});

await app.RunAsync();
