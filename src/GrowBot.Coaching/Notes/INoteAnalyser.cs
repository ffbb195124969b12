namespace GrowBot.Coaching.Notes;

/// <summary>
/// Finds signals, overall sentiment and emotional cues in interview notes. The built-in
/// lexicon analyser and the Azure OpenAI analyser both implement it, so the bot can fall
/// back from one to the other and tell the HRBP which one answered.
/// </summary>
public interface INoteAnalyser
{
    /// <summary>Short stable name shown on the card, for example <c>built-in</c>.</summary>
    string Name { get; }

    /// <summary>Analyses the notes in <paramref name="request"/>. Evidence offsets refer to <see cref="NoteAnalysisRequest.Text"/>.</summary>
    Task<NoteAnalysis> AnalyseAsync(NoteAnalysisRequest request, CancellationToken cancellationToken);
}
