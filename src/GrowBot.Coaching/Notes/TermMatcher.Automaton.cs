using System.Buffers;

namespace GrowBot.Coaching.Notes;

internal sealed partial class TermMatcher
{
    private void BuildFailureLinks(List<List<int>> ownOutputs)
    {
        Queue<int> queue = new();
        _outputs[0] = [.. ownOutputs[0]];
        foreach ((int c, int child) in _transitions[0])
        {
            _rootTransitions[c] = child;
            _failure[child] = 0;
            queue.Enqueue(child);
        }

        // Breadth-first order guarantees that a state's failure target is complete before the state.
        while (queue.Count > 0)
        {
            int state = queue.Dequeue();
            _outputs[state] = [.. ownOutputs[state], .. _outputs[_failure[state]]];
            foreach ((int c, int child) in _transitions[state])
            {
                _failure[child] = Step(_failure[state], (char)c);
                queue.Enqueue(child);
            }
        }
    }

    private int CompareForSelection(TermMatch a, TermMatch b)
    {
        if (a.Length != b.Length)
        {
            return b.Length.CompareTo(a.Length);
        }

        int priority = _priorities[b.TermId].CompareTo(_priorities[a.TermId]);
        return priority != 0 ? priority : a.Start.CompareTo(b.Start);
    }

    private int Step(int state, char c)
    {
        while (state != 0)
        {
            if (_transitions[state].TryGetValue(c, out int next))
            {
                return next;
            }

            state = _failure[state];
        }

        return _rootTransitions[c];
    }

    private bool IsAtWordBoundaries(string text, int start, int end, int termId)
    {
        if (IsAsciiWordChar(text[start]) && start > 0 && IsAsciiWordChar(text[start - 1]))
        {
            return false;
        }

        bool endsInWord = IsAsciiWordChar(text[end - 1]);
        return !(_needsWordEnd[termId] && endsInWord && end < text.Length && IsAsciiWordChar(text[end]));
    }

    private List<TermMatch> SelectLongestNonOverlapping(List<TermMatch> candidates, int textLength)
    {
        if (candidates.Count <= 1)
        {
            return candidates;
        }

        candidates.Sort(CompareForSelection);
        bool[] taken = ArrayPool<bool>.Shared.Rent(textLength);
        Array.Clear(taken, 0, textLength);
        List<TermMatch> selected = new(candidates.Count);
        foreach (TermMatch candidate in candidates)
        {
            Span<bool> range = taken.AsSpan(candidate.Start, candidate.Length);
            if (!range.Contains(true))
            {
                range.Fill(true);
                selected.Add(candidate);
            }
        }

        ArrayPool<bool>.Shared.Return(taken);
        selected.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        return selected;
    }
}
