using IntegrationHub.Server;

var app = ServerApplication.Build(args);
await app.RunAsync();

/// <summary>The entry point; tests start it through <c>WebApplicationFactory&lt;Program&gt;</c>.</summary>
public partial class Program;
