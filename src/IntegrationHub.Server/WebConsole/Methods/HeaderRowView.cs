namespace IntegrationHub.Server.WebConsole.Methods;

/// <summary>What the header row partial renders: the row, its index and whether a secret value is stored for its name.</summary>
/// <param name="IsTemplate">Whether this is the template that the script copies for a new row; its index is a placeholder.</param>
internal sealed record HeaderRowView(int Index, HeaderRow Row, bool ValueSet, bool IsTemplate = false)
{
    /// <summary>The index that the script replaces in a copied row; it never reaches the server.</summary>
    public const int TemplateIndex = 9999;

    public static HeaderRowView Template { get; } = new(TemplateIndex, new HeaderRow(), ValueSet: false, IsTemplate: true);
}
