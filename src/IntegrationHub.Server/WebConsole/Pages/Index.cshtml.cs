using IntegrationHub.Connections;
using IntegrationHub.Methods;

namespace IntegrationHub.Server.WebConsole.Pages;

/// <summary>The console's start page: what is configured and where to go next.</summary>
internal sealed class IndexModel : ConsolePageModel
{
    private readonly AuthenticationMethodService _methods;
    private readonly ApiConnectionService _connections;

    public IndexModel(AuthenticationMethodService methods, ApiConnectionService connections)
    {
        _methods = methods;
        _connections = connections;
    }

    public int MethodCount { get; private set; }

    public int ConnectionCount { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken = default)
    {
        MethodCount = (await _methods.ListAsync(cancellationToken)).Count;
        ConnectionCount = (await _connections.ListAsync(cancellationToken)).Count;
    }
}
