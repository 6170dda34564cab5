using IntegrationHub.Calls;
using IntegrationHub.Events;
using IntegrationHub.OAuth;
using Microsoft.Extensions.Options;

namespace IntegrationHub.DependencyInjection;

[OptionsValidator]
internal sealed partial class OAuthOptionsValidator : IValidateOptions<OAuthOptions>;

[OptionsValidator]
internal sealed partial class CallOptionsValidator : IValidateOptions<CallOptions>;

[OptionsValidator]
internal sealed partial class EventStreamOptionsValidator : IValidateOptions<EventStreamOptions>;
