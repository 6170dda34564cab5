using System.Text.Json.Serialization;
using IntegrationHub.Methods;

namespace IntegrationHub.Storage.Methods.Settings;

/// <summary>The JSON form of <see cref="AuthenticationMethodSettings"/>, with the method type in the <c>type</c> property.</summary>
/// <remarks>Secrets appear only as Data Protection ciphertext, in properties whose names start with <c>protected</c>.</remarks>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(StoredBasicSettings), AuthenticationMethodTypeNames.Basic)]
[JsonDerivedType(typeof(StoredCustomHeaderSettings), AuthenticationMethodTypeNames.CustomHeader)]
[JsonDerivedType(typeof(StoredOAuthClientCredentialsSettings), AuthenticationMethodTypeNames.OAuth2ClientCredentials)]
[JsonDerivedType(typeof(StoredOAuthAuthorizationCodeSettings), AuthenticationMethodTypeNames.OAuth2AuthorizationCode)]
internal abstract class StoredSettings;
