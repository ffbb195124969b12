using System.Collections.Concurrent;
using GrowBot.Protocol.Activities;
using GrowBot.Protocol.Hosting;

namespace GrowBot.Protocol.Tests.Infrastructure;

/// <summary>
/// A bot that records its turns. Messages get a "pong" reply; <see cref="Gate"/> holds turns until released, and
/// <see cref="InvokeResponder"/> decides invoke responses.
/// </summary>
public sealed class RecordingBotHandler : IBotHandler
{
    private readonly ConcurrentQueue<Activity> _activities = new();
    private readonly ConcurrentQueue<Activity> _invokes = new();
    private readonly ConcurrentQueue<Exception> _errors = new();

    /// <summary>Completed by default; replace with an incomplete task to hold turns.</summary>
    public Task Gate { get; set; } = Task.CompletedTask;

    public Func<TurnContext, InvokeResponse> InvokeResponder { get; set; } = _ => InvokeResponse.NotImplemented();

    public Exception? ThrowOnActivity { get; set; }

    public IReadOnlyList<Activity> Activities => _activities.ToList();

    public IReadOnlyList<Activity> Invokes => _invokes.ToList();

    public IReadOnlyList<Exception> Errors => _errors.ToList();

    public TaskCompletionSource<string> TurnStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The highest number of turns that ran at the same time.</summary>
    public int MaxConcurrentTurns => _maxConcurrentTurns;

    private int _runningTurns;
    private int _maxConcurrentTurns;

    public async Task OnActivityAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        int running = Interlocked.Increment(ref _runningTurns);
        InterlockedMax(ref _maxConcurrentTurns, running);
        try
        {
            _activities.Enqueue(turn.Activity);
            TurnStarted.TrySetResult(turn.Activity.Id ?? string.Empty);
            await Gate.WaitAsync(cancellationToken);
            if (ThrowOnActivity is not null)
            {
                throw ThrowOnActivity;
            }

            if (turn.Activity.Type == ActivityTypes.Message)
            {
                await turn.SendAsync(new Activity { Text = "pong" }, cancellationToken);
            }
        }
        finally
        {
            Interlocked.Decrement(ref _runningTurns);
        }
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }

    public Task<InvokeResponse> OnInvokeAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        _invokes.Enqueue(turn.Activity);
        return Task.FromResult(InvokeResponder(turn));
    }

    public Task OnTurnErrorAsync(TurnContext turn, Exception exception, CancellationToken cancellationToken)
    {
        _errors.Enqueue(exception);
        return Task.CompletedTask;
    }
}
