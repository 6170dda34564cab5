using IntegrationHub.Connections;
using IntegrationHub.Methods;

namespace IntegrationHub.Server.WebConsole.Pages.AuthenticationMethods;

/// <summary>Lists the authentication methods with the connections that use each.</summary>
internal sealed class IndexModel : ConsolePageModel
{
    private readonly AuthenticationMethodService _methods;
    private readonly ApiConnectionService _connections;

    public IndexModel(AuthenticationMethodService methods, ApiConnectionService connections)
    {
        _methods = methods;
        _connections = connections;
    }

    public IReadOnlyList<AuthenticationMethod> Methods { get; private set; } = [];

    public IReadOnlyList<ApiConnection> Connections { get; private set; } = [];

    public IEnumerable<ApiConnection> UsersOf(AuthenticationMethod method) => Connections.Where(c => c.Uses(method.Id));

    public async Task OnGetAsync(CancellationToken cancellationToken = default)
    {
        Methods = [.. (await _methods.ListAsync(cancellationToken)).OrderBy(m => m.Name, StringComparer.Ordinal)];
        Connections = [.. (await _connections.ListAsync(cancellationToken)).OrderBy(c => c.Name, StringComparer.Ordinal)];
    }
}
