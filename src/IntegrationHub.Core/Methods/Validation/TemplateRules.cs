namespace IntegrationHub.Methods.Validation;

/// <summary>Which placeholders a template may use where it appears.</summary>
/// <param name="AllowClientData">Whether <c>{Auth.…}</c> is allowed.</param>
/// <param name="AllowAccessToken">Whether <c>{OAuth.access_token}</c> is allowed.</param>
/// <param name="ClientDataHint">What to tell the operator when <c>{Auth.…}</c> is used where it is not allowed.</param>
internal sealed record TemplateRules(bool AllowClientData, bool AllowAccessToken, string ClientDataHint);
