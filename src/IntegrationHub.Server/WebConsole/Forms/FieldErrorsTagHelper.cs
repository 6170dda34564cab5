using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace IntegrationHub.Server.WebConsole.Forms;

/// <summary>
/// Shows the errors of the field named by <c>ih-errors="json.path"</c> right after the field (after the content of a
/// fieldset), and links them to the field with <c>aria-describedby</c> and <c>aria-invalid</c> so that screen readers announce them.
/// </summary>
/// <remarks>Razor discovers only public tag helpers.</remarks>
[HtmlTargetElement("*", Attributes = PathAttributeName)]
public sealed class FieldErrorsTagHelper : TagHelper
{
    public const string PathAttributeName = "ih-errors";

    /// <summary>The JSON path whose errors this element shows; see <see cref="FormErrors.For"/>.</summary>
    [HtmlAttributeName(PathAttributeName)]
    public string Path { get; set; } = string.Empty;

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var errors = ViewContext.ViewData[FormErrors.ViewDataKey] as FormErrors ?? (ViewContext.ViewData.Model as ConsolePageModel)?.Errors;
        var messages = errors?.For(Path) ?? [];
        if (messages.Count == 0)
        {
            return;
        }

        var id = output.Attributes.TryGetAttribute("id", out var idAttribute) ? idAttribute.Value.ToString() : FieldIds.For(Path.TrimEnd('*', '.'));
        var errorId = id + "-error";
        var isControl = output.TagName is "input" or "select" or "textarea";
        if (isControl)
        {
            output.Attributes.SetAttribute("aria-invalid", "true");
        }

        var describedBy = output.Attributes.TryGetAttribute("aria-describedby", out var existing) && existing.Value?.ToString() is { Length: > 0 } ids ? ids + " " : string.Empty;
        output.Attributes.SetAttribute("aria-describedby", describedBy + errorId);

        var block = new TagBuilder("div");
        block.Attributes["id"] = errorId;
        block.AddCssClass("field-error");
        foreach (var message in messages)
        {
            var paragraph = new TagBuilder("p");
            paragraph.InnerHtml.AppendHtml("<span class=\"visually-hidden\">Error: </span>");
            paragraph.InnerHtml.Append(message);
            block.InnerHtml.AppendHtml(paragraph);
        }

        if (isControl)
        {
            output.PostElement.AppendHtml(block);
        }
        else
        {
            output.PostContent.AppendHtml(block);
        }
    }
}
