using System.Text;
using IntegrationHub.Authentication;
using IntegrationHub.Authentication.Internal;
using IntegrationHub.Calls;
using IntegrationHub.Connections;
using IntegrationHub.Methods;
using IntegrationHub.Secrets;

namespace IntegrationHub.Tests;

public sealed class BasicAuthenticatorTests
{
    [Fact]
    public async Task Authenticate_NonAsciiPassword_EncodesUtf8()
    {
        var method = new AuthenticationMethod(Guid.NewGuid(), "b", string.Empty, new BasicSettings("test", new Secret("123£")), false, default, default, 1);
        var context = new AuthenticationContext("c1", method, ApiEnvironment.Sandbox, null, null);

        var outcome = await new BasicRequestAuthenticator().AuthenticateAsync(context, TestContext.Current.CancellationToken);

        // RFC 7617 §2.1 gives this example for the UTF-8 charset.
        var header = Assert.Single(outcome.Headers);
        Assert.Equal("Basic dGVzdDoxMjPCow==", header.Value);
        Assert.Equal("test:123£", Encoding.UTF8.GetString(Convert.FromBase64String(header.Value["Basic ".Length..])));
    }

    [Fact]
    public async Task CustomHeader_CrLfValue_Fails()
    {
        var settings = new CustomHeaderSettings([HeaderSetting.Plain("X-Token", "{Auth.token}")], new ClientAuthenticationSettings(true, null));
        var method = new AuthenticationMethod(Guid.NewGuid(), "c", string.Empty, settings, false, default, default, 1);
        var values = new ClientDataValues(System.Text.Json.JsonDocument.Parse("""{"token":"a\r\nX-Injected: 1"}""").RootElement.Clone());
        var context = new AuthenticationContext("c1", method, ApiEnvironment.Sandbox, null, values);

        var outcome = await new CustomHeaderRequestAuthenticator().AuthenticateAsync(context, TestContext.Current.CancellationToken);

        Assert.Equal(CallErrorCodes.InvalidHeaderValue, outcome.Error!.Code);
        Assert.Empty(outcome.Headers);
        Assert.DoesNotContain("X-Injected", outcome.Error.Message, StringComparison.Ordinal);
    }
}
