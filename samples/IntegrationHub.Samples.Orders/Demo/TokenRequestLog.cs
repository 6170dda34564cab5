namespace IntegrationHub.Samples.Orders.Demo;

/// <summary>
/// Thread-safe list of the most recent token endpoint requests.
/// </summary>
internal sealed class TokenRequestLog
{
    /// <summary>Maximum number of records kept. When full, the oldest record is dropped first.</summary>
    public const int Capacity = 1000;

    private readonly Queue<TokenRequestRecord> _records = new();
    private readonly Lock _lock = new();

    public void Add(TokenRequestRecord record)
    {
        lock (_lock)
        {
            if (_records.Count == Capacity)
            {
                _records.Dequeue();
            }

            _records.Enqueue(record);
        }
    }

    /// <summary>Returns a copy of the records, oldest first.</summary>
    public IReadOnlyList<TokenRequestRecord> GetSnapshot()
    {
        lock (_lock)
        {
            return [.. _records];
        }
    }

    public void Clear()
    {
        lock (_lock)
        {
            _records.Clear();
        }
    }
}
