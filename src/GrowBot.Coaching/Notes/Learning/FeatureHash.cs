namespace GrowBot.Coaching.Notes.Learning;

/// <summary>
/// 64-bit hashes of note features, computed the same way from the text of a note and from the
/// feature names stored in a model file, so that scoring a note allocates no feature strings.
/// </summary>
/// <remarks>
/// A token hashes with FNV-1a over its normalised characters. A feature combines its kind, its
/// scope marker and one or two token hashes. Feature names read <c>token</c>, <c>a_b</c> for a
/// bigram, and start with <c>~</c> when a negator reaches the tokens. Tokens never contain
/// <c>_</c> or <c>~</c>, so names parse back without ambiguity.
/// </remarks>
internal static class FeatureHash
{
    public const char BigramSeparator = '_';
    public const char NegatedMarker = '~';

    private const ulong OffsetBasis = 14695981039346656037;
    private const ulong Prime = 1099511628211;

    public static ulong Token(ReadOnlySpan<char> normalised)
    {
        ulong hash = OffsetBasis;
        foreach (char c in normalised)
        {
            hash = (hash ^ c) * Prime;
        }

        return hash;
    }

    public static ulong Unigram(ulong token, bool negated) => Mix(Mix(1, negated ? 1UL : 0UL), token);

    public static ulong Bigram(ulong first, ulong second, bool negated) => Mix(Mix(Mix(2, negated ? 1UL : 0UL), first), second);

    /// <summary>Hashes a whole-note feature such as a detected signal (<c>@stress</c>).</summary>
    public static ulong Named(string name) => Mix(3, Token(name));

    /// <summary>Returns the hash of a feature name written by <see cref="Describe"/> or <see cref="Named"/>.</summary>
    public static ulong Parse(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (name[0] == '@')
        {
            return Named(name);
        }

        bool negated = name[0] == NegatedMarker;
        ReadOnlySpan<char> body = negated ? name.AsSpan(1) : name.AsSpan();
        int separator = body.IndexOf(BigramSeparator);
        return separator < 0
            ? Unigram(Token(body), negated)
            : Bigram(Token(body[..separator]), Token(body[(separator + 1)..]), negated);
    }

    public static string Describe(string first, string? second, bool negated) =>
        (negated ? NegatedMarker.ToString() : string.Empty) + first + (second is null ? string.Empty : BigramSeparator + second);

    private static ulong Mix(ulong seed, ulong value)
    {
        ulong hash = seed ^ (value + 0x9E3779B97F4A7C15UL + (seed << 6) + (seed >> 2));
        hash ^= hash >> 33;
        hash *= 0xFF51AFD7ED558CCDUL;
        hash ^= hash >> 33;
        return hash;
    }
}
