using System.Text.Json;
using System.Text.RegularExpressions;
using IntegrationHub.Validation;

namespace IntegrationHub.Methods.Validation;

/// <summary>Reads <c>unauthorizedSignals</c>: status codes and JSON body conditions that mean the credentials are no longer valid.</summary>
internal static class UnauthorizedSignalsReader
{
    /// <summary>The longest a body pattern may run on one response, so that a pattern cannot stall calls.</summary>
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(100);

    public static UnauthorizedSignals? Read(JsonFieldReader reader)
    {
        var item = reader.Object("unauthorizedSignals");
        if (item is null)
        {
            return null;
        }

        var statusCodes = ReadStatusCodes(item);
        var conditions = new List<UnauthorizedBodyCondition>();
        foreach (var condition in item.ObjectArray("bodyConditions") ?? [])
        {
            var parsed = ReadCondition(condition);
            if (parsed is not null)
            {
                conditions.Add(parsed);
            }
        }

        item.RejectUnknownFields();
        if (statusCodes.Count == 0 && conditions.Count == 0 && !item.Errors.HasErrors && item.Raw("statusCodes") is not null)
        {
            item.Errors.Add(reader.PathOf("unauthorizedSignals"), "Give at least one status code or body condition, or omit the field to use the default [401].");
        }

        return new UnauthorizedSignals(statusCodes, conditions);
    }

    private static List<int> ReadStatusCodes(JsonFieldReader item)
    {
        var codes = new List<int>();
        if (item.Raw("statusCodes") is not { } raw)
        {
            // Body conditions add to the default status, they do not replace it.
            codes.AddRange(UnauthorizedSignals.Default.StatusCodes);
            return codes;
        }

        if (raw.ValueKind != JsonValueKind.Array || !raw.EnumerateArray().All(v => v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var code) && code is >= 400 and <= 599))
        {
            item.Errors.Add(item.PathOf("statusCodes"), "The status codes must be an array of HTTP error statuses between 400 and 599, such as [401].");
            return codes;
        }

        codes.AddRange(raw.EnumerateArray().Select(v => v.GetInt32()).Distinct());
        return codes;
    }

    private static UnauthorizedBodyCondition? ReadCondition(JsonFieldReader condition)
    {
        var path = TokenResponseMappingReader.ReadPath(condition, "path");
        if (path is null && !condition.Errors.Contains(condition.PathOf("path")))
        {
            condition.Errors.Add(condition.PathOf("path"), "The field 'path' is required: the dotted path of a JSON body value, such as 'error.code'.");
        }

        var equalTo = condition.String("equals");
        var patternText = condition.String("pattern");
        condition.RejectUnknownFields();
        if ((equalTo is null) == (patternText is null))
        {
            condition.Errors.Add(condition.PathOf("equals"), "Give exactly one of 'equals' and 'pattern'.");
            return null;
        }

        Regex? pattern = null;
        if (patternText is not null)
        {
            try
            {
                pattern = new Regex(patternText, RegexOptions.CultureInvariant, MatchTimeout);
            }
            catch (ArgumentException)
            {
                condition.Errors.Add(condition.PathOf("pattern"), $"The pattern '{patternText}' is not a valid .NET regular expression.");
                return null;
            }
        }

        return path is null ? null : new UnauthorizedBodyCondition(path, equalTo, pattern);
    }
}
