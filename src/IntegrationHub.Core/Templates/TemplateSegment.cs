namespace IntegrationHub.Templates;

/// <summary>A literal run of text or a placeholder in a <see cref="Template"/>.</summary>
/// <param name="Text">The literal text, or the placeholder's path for <see cref="TemplateSource.Auth"/>.</param>
/// <param name="Source">The placeholder's source, or <see langword="null"/> for literal text.</param>
public sealed record TemplateSegment(string Text, TemplateSource? Source)
{
    public bool IsLiteral => Source is null;
}
