using System.Text.Json;
using IntegrationHub.Connections;
using IntegrationHub.Methods;

namespace IntegrationHub.Server.WebConsole.Pages.Events;

/// <summary>The live view of the event stream; the script reads events from <c>/events/stream</c>.</summary>
internal sealed class IndexModel : ConsolePageModel
{
    private readonly ApiConnectionService _connections;
    private readonly AuthenticationMethodService _methods;

    public IndexModel(ApiConnectionService connections, AuthenticationMethodService methods)
    {
        _connections = connections;
        _methods = methods;
    }

    /// <summary>The names of connections and methods by id, as JSON, so that the page shows names instead of ids.</summary>
    public string NamesJson { get; private set; } = "{}";

    public async Task OnGetAsync(CancellationToken cancellationToken = default)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var connection in await _connections.ListAsync(cancellationToken))
        {
            names[connection.Id.ToString()] = connection.Name;
        }

        foreach (var method in await _methods.ListAsync(cancellationToken))
        {
            names[method.Id.ToString()] = method.Name;
        }

        // The default encoder escapes '<', '>' and '&', so the JSON cannot close the script element that contains it.
        NamesJson = JsonSerializer.Serialize(names);
    }
}
