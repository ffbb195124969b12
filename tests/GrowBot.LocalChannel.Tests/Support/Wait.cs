namespace GrowBot.LocalChannel.Tests.Support;

/// <summary>Polls a condition that background deliveries make true, failing with a message after a deadline.</summary>
internal static class Wait
{
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(15);

    public static T Until<T>(Func<T?> probe, string what) where T : class
    {
        DateTime end = DateTime.UtcNow + Deadline;
        while (DateTime.UtcNow < end)
        {
            if (probe() is T found)
            {
                return found;
            }

            Thread.Sleep(20);
        }

        throw new TimeoutException($"Timed out after {Deadline.TotalSeconds} s waiting for {what}.");
    }

    public static async Task<T> UntilAsync<T>(Func<Task<T?>> probe, string what) where T : class
    {
        DateTime end = DateTime.UtcNow + Deadline;
        while (DateTime.UtcNow < end)
        {
            if (await probe() is T found)
            {
                return found;
            }

            await Task.Delay(20);
        }

        throw new TimeoutException($"Timed out after {Deadline.TotalSeconds} s waiting for {what}.");
    }
}
