using Microsoft.Extensions.Options;

namespace IntegrationHub.Server;

[OptionsValidator]
internal sealed partial class ServerOptionsValidator : IValidateOptions<ServerOptions>;
