using System.Globalization;
using System.Xml;

namespace IntegrationHub.Validation;

/// <summary>Parses durations written as ISO 8601 (<c>PT15M</c>, <c>P1D</c>) or as a number of seconds.</summary>
public static class DurationParser
{
    public static bool TryParse(string text, out TimeSpan duration)
    {
        duration = default;
        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            if (seconds > TimeSpan.MaxValue.TotalSeconds)
            {
                return false;
            }

            duration = TimeSpan.FromSeconds(seconds);
            return true;
        }

        // XmlConvert implements the xs:duration lexical form, which is the ISO 8601 duration format.
        try
        {
            duration = XmlConvert.ToTimeSpan(text);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
        catch (OverflowException)
        {
            return false;
        }
    }

    /// <summary>Formats a duration as ISO 8601.</summary>
    public static string Format(TimeSpan duration) => XmlConvert.ToString(duration);
}
