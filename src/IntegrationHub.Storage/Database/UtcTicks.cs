namespace IntegrationHub.Storage.Database;

/// <summary>Converts timestamps to and from UTC ticks, the form in which they are stored.</summary>
/// <remarks>
/// SQLite cannot order or compare <see cref="DateTimeOffset"/> columns, so each timestamp is a <see cref="long"/>
/// column. The instant survives a round trip, but the offset comes back as UTC.
/// </remarks>
internal static class UtcTicks
{
    public static long From(DateTimeOffset value) => value.UtcTicks;

    public static DateTimeOffset ToDateTimeOffset(long utcTicks) => new(utcTicks, TimeSpan.Zero);
}
