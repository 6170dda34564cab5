using System.Text.Json;

namespace IntegrationHub.Validation;

/// <summary>
/// Reads fields of a JSON object and records an error for each field of the wrong JSON type,
/// so that one pass over a request reports every invalid field.
/// </summary>
internal sealed class JsonFieldReader
{
    private readonly JsonElement _element;
    private readonly string _path;
    private readonly ValidationErrors _errors;
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    public JsonFieldReader(JsonElement element, string path, ValidationErrors errors)
    {
        _element = element;
        _path = path;
        _errors = errors;
    }

    public ValidationErrors Errors => _errors;

    public string PathOf(string name) => _path.Length == 0 ? name : _path + "." + name;

    public bool Has(string name) =>
        _element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null;

    /// <summary>Reads a string; records an error when it is absent but required, or not a string.</summary>
    public string? String(string name, bool required = false)
    {
        _read.Add(name);
        if (!_element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                _errors.Add(PathOf(name), $"The field '{name}' is required.");
            }

            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            _errors.Add(PathOf(name), $"The field '{name}' must be a string.");
            return null;
        }

        return value.GetString();
    }

    public bool? Boolean(string name)
    {
        _read.Add(name);
        if (!_element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return value.GetBoolean();
        }

        _errors.Add(PathOf(name), $"The field '{name}' must be true or false.");
        return null;
    }

    /// <summary>Reads a nested object, or records an error when the value is present but not an object.</summary>
    public JsonFieldReader? Object(string name, bool required = false)
    {
        _read.Add(name);
        if (!_element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                _errors.Add(PathOf(name), $"The field '{name}' is required.");
            }

            return null;
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            _errors.Add(PathOf(name), $"The field '{name}' must be a JSON object.");
            return null;
        }

        return new JsonFieldReader(value, PathOf(name), _errors);
    }

    /// <summary>Reads an array of objects, or records an error when the value is present but not an array of objects.</summary>
    public IReadOnlyList<JsonFieldReader>? ObjectArray(string name)
    {
        _read.Add(name);
        if (!_element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            _errors.Add(PathOf(name), $"The field '{name}' must be a JSON array.");
            return null;
        }

        var items = new List<JsonFieldReader>();
        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            var itemPath = $"{PathOf(name)}[{index}]";
            if (item.ValueKind != JsonValueKind.Object)
            {
                _errors.Add(itemPath, "Each item must be a JSON object.");
            }
            else
            {
                items.Add(new JsonFieldReader(item, itemPath, _errors));
            }

            index++;
        }

        return items;
    }

    /// <summary>Reads an object whose values are all strings.</summary>
    public IReadOnlyDictionary<string, string>? StringMap(string name)
    {
        var reader = Object(name);
        if (reader is null)
        {
            return null;
        }

        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in reader._element.EnumerateObject())
        {
            if (property.Value.ValueKind != JsonValueKind.String)
            {
                _errors.Add(reader.PathOf(property.Name), "Each value must be a string.");
                continue;
            }

            map[property.Name] = property.Value.GetString()!;
        }

        return map;
    }

    /// <summary>Reads a raw value without checking its JSON type.</summary>
    public JsonElement? Raw(string name)
    {
        _read.Add(name);
        return _element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;
    }

    /// <summary>Marks fields as known without reading them, such as read-only fields that a client echoes back.</summary>
    public void Ignore(params string[] names)
    {
        foreach (var name in names)
        {
            _read.Add(name);
        }
    }

    /// <summary>Records an error for every field that was not read, which catches misspelt field names.</summary>
    public void RejectUnknownFields()
    {
        foreach (var property in _element.EnumerateObject())
        {
            if (!_read.Contains(property.Name))
            {
                _errors.Add(PathOf(property.Name), $"The field '{property.Name}' is not known here; check its spelling.");
            }
        }
    }
}
