using System.Text.Json.Nodes;
using GrowBot.LocalChannel.Personas;

namespace GrowBot.LocalChannel.Conversations;

/// <summary>
/// One personal chat between a persona and the bot, with its transcript. The transcript is an append-only list
/// of deliveries; the Direct Line watermark is the number of deliveries already read. Replacing an activity
/// appends its new version with the same id and timestamp, which Web Chat shows in place of the old one.
/// </summary>
internal sealed class LocalConversation
{
    private readonly Lock _lock = new();
    private readonly List<JsonObject> _deliveries = [];
    private readonly Dictionary<string, JsonObject> _latestById = new(StringComparer.Ordinal);
    private int _lastActivityNumber;
    private Task _deliveryTail = Task.CompletedTask;

    public LocalConversation(string id, LocalPersona persona, string locale, DateTimeOffset createdAt)
    {
        Id = id;
        Persona = persona;
        Locale = locale;
        CreatedAt = createdAt;
    }

    /// <summary>Conversation id in the Teams form <c>a:local-…</c>; Direct Line and the connector use the same id.</summary>
    public string Id { get; }

    public LocalPersona Persona { get; }

    public string Locale { get; }

    public DateTimeOffset CreatedAt { get; }

    /// <summary>Returns a new activity id of this conversation (<c>{conversation id}|0000001</c>, as Direct Line numbers them).</summary>
    public string NewActivityId() => $"{Id}|{Interlocked.Increment(ref _lastActivityNumber):D7}";

    /// <summary>Appends an activity; it must carry an id.</summary>
    public void Append(JsonObject activity)
    {
        string id = LocalChannelJson.GetString(activity, "id") ?? throw new ArgumentException("The activity has no id.", nameof(activity));
        lock (_lock)
        {
            _deliveries.Add(activity);
            _latestById[id] = activity;
        }
    }

    /// <summary>
    /// Appends a new version of an existing activity. The version keeps the original timestamp so that Web Chat,
    /// which orders by timestamp and drops an older activity with the same id, shows it at the same place.
    /// Returns false when no activity has that id.
    /// </summary>
    public bool TryReplace(string id, JsonObject replacement)
    {
        lock (_lock)
        {
            if (!_latestById.TryGetValue(id, out JsonObject? original))
            {
                return false;
            }

            replacement["id"] = id;
            replacement["timestamp"] = original["timestamp"]?.DeepClone();
            _deliveries.Add(replacement);
            _latestById[id] = replacement;
            return true;
        }
    }

    /// <summary>Returns a copy of the newest version of an activity, or null.</summary>
    public JsonObject? Find(string id)
    {
        lock (_lock)
        {
            return _latestById.TryGetValue(id, out JsonObject? activity) ? activity.DeepClone().AsObject() : null;
        }
    }

    /// <summary>
    /// Runs a delivery to the bot after every delivery queued before it, so that the bot receives the user's
    /// activities in the order they were sent. Returns the task of this delivery.
    /// </summary>
    public Task EnqueueDelivery(Func<Task> deliverAsync)
    {
        lock (_lock)
        {
            _deliveryTail = _deliveryTail
                .ContinueWith(_ => deliverAsync(), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default)
                .Unwrap();
            return _deliveryTail;
        }
    }

    /// <summary>Returns copies of the deliveries after <paramref name="watermark"/> and the new watermark.</summary>
    public (IReadOnlyList<JsonObject> Activities, int Watermark) ReadFrom(int watermark)
    {
        lock (_lock)
        {
            int start = Math.Clamp(watermark, 0, _deliveries.Count);
            List<JsonObject> activities = _deliveries
                .Skip(start)
                .Select(a => a.DeepClone().AsObject())
                .ToList();
            return (activities, _deliveries.Count);
        }
    }
}
