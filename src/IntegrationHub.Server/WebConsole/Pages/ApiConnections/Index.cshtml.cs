using IntegrationHub.Connections;
using IntegrationHub.Methods;

namespace IntegrationHub.Server.WebConsole.Pages.ApiConnections;

/// <summary>Lists the API connections with the base URL and method of each environment.</summary>
internal sealed class IndexModel : ConsolePageModel
{
    private readonly AuthenticationMethodService _methods;
    private readonly ApiConnectionService _connections;

    public IndexModel(AuthenticationMethodService methods, ApiConnectionService connections)
    {
        _methods = methods;
        _connections = connections;
    }

    public IReadOnlyList<ApiConnection> Connections { get; private set; } = [];

    public IReadOnlyDictionary<Guid, AuthenticationMethod> Methods { get; private set; } = new Dictionary<Guid, AuthenticationMethod>();

    public async Task OnGetAsync(CancellationToken cancellationToken = default)
    {
        Connections = [.. (await _connections.ListAsync(cancellationToken)).OrderBy(c => c.Name, StringComparer.Ordinal)];
        Methods = (await _methods.ListAsync(cancellationToken)).ToDictionary(m => m.Id);
    }
}
