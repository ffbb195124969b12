namespace GrowBot.Bot.Localization;

/// <summary>Keys of the strings of the <c>notes</c> command and its analysis card.</summary>
public static partial class TextKey
{
    public const string HelpCommandNotes = "Help.Command.Notes";
    public const string NotesMissingText = "Notes.MissingText";
    public const string NotesNotHrbp = "Notes.NotHrbp";
    public const string NotesTitle = "Notes.Title";
    public const string NotesTitleFor = "Notes.TitleFor";
    public const string NotesSignalsHeading = "Notes.SignalsHeading";
    public const string NotesNoSignals = "Notes.NoSignals";
    public const string NotesMoreSignalsNotShown = "Notes.MoreSignalsNotShown";
    public const string NotesSentiment = "Notes.Sentiment";
    public const string NotesCues = "Notes.Cues";
    public const string NotesNoCues = "Notes.NoCues";
    public const string NotesCue = "Notes.Cue";
    public const string NotesQuestionsHeading = "Notes.QuestionsHeading";
    public const string NotesAnalysedBy = "Notes.AnalysedBy";
    public const string NotesAnalyserBuiltIn = "Notes.AnalyserBuiltIn";
    public const string NotesAnalyserAzure = "Notes.AnalyserAzure";
    public const string NotesInjection = "Notes.Injection";
    public const string NotesFallbackBudgetExceeded = "Notes.Fallback.BudgetExceeded";
    public const string NotesFallbackTimeout = "Notes.Fallback.Timeout";
    public const string NotesFallbackRateLimited = "Notes.Fallback.RateLimited";
    public const string NotesFallbackServiceError = "Notes.Fallback.ServiceError";
    public const string NotesFallbackContentFiltered = "Notes.Fallback.ContentFiltered";
    public const string NotesFallbackTruncated = "Notes.Fallback.Truncated";
    public const string NotesFallbackInvalidAnswer = "Notes.Fallback.InvalidAnswer";
    public const string NotesStoredPrivately = "Notes.StoredPrivately";
    public const string SentimentNegative = "Sentiment.Negative";
    public const string SentimentNeutral = "Sentiment.Neutral";
    public const string SentimentPositive = "Sentiment.Positive";
    public const string SignalStress = "Signal.stress";
    public const string SignalWorkload = "Signal.workload";
    public const string SignalPromotion = "Signal.promotion";
    public const string SignalSupportNeeded = "Signal.support_needed";
    public const string SignalCustomerComplaint = "Signal.customer_complaint";
    public const string SignalAttritionRisk = "Signal.attrition_risk";
    public const string SignalLearning = "Signal.learning";
    public const string SignalConflict = "Signal.conflict";
    public const string SignalLowMood = "Signal.low_mood";
    public const string QuestionStress = "Question.stress";
    public const string QuestionWorkload = "Question.workload";
    public const string QuestionPromotion = "Question.promotion";
    public const string QuestionSupportNeeded = "Question.support_needed";
    public const string QuestionCustomerComplaint = "Question.customer_complaint";
    public const string QuestionAttritionRisk = "Question.attrition_risk";
    public const string QuestionLearning = "Question.learning";
    public const string QuestionConflict = "Question.conflict";
    public const string QuestionLowMood = "Question.low_mood";
    public const string QuestionOvertime = "Question.Overtime";
    public const string QuestionRating = "Question.Rating";
    public const string QuestionGeneralNextMonth = "Question.General.NextMonth";
    public const string QuestionGeneralSupport = "Question.General.Support";
    public const string QuestionGeneralWentWell = "Question.General.WentWell";
}
