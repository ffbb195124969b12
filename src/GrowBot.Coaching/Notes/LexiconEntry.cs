namespace GrowBot.Coaching.Notes;

/// <summary>What a lexicon term means to the analyser.</summary>
internal enum TermKind
{
    /// <summary>Expresses a signal on its own, for example 加班 or burned out.</summary>
    Signal,

    /// <summary>One half of a <see cref="CombinationRule"/>, for example 工作量 and 太重.</summary>
    Part,

    /// <summary>Negates what follows within the negation window, for example 没有 or not.</summary>
    Negator,

    /// <summary>Negates what precedes it, for example 压力<b>不大</b> or workload is <b>manageable</b>.</summary>
    PostNegator,

    /// <summary>Opens a condition, which makes the clause and the next clause of the sentence hypothetical.</summary>
    Condition,

    /// <summary>Makes its own clause hypothetical, for example would or might.</summary>
    Modal,

    /// <summary>
    /// Makes its own clause a vague possibility for every signal, wishes included, for example
    /// would consider or 以后再说. A conditional threat (如果…就走) is not vague and keeps its intention.
    /// </summary>
    Vague,

    /// <summary>Another person as the subject, for example 同事 or a colleague.</summary>
    OtherPerson,

    /// <summary>
    /// A group the employee belongs to as the subject, for example 团队 or the team. Its mood and
    /// stress are not the employee's, but its workload is.
    /// </summary>
    Group,

    /// <summary>Brings the subject back to the employee, for example 他自己 or himself.</summary>
    Self,

    /// <summary>A preposition that makes a following person an object, for example 和 or with.</summary>
    Preposition,

    /// <summary>Places a clause in the past, for example 之前 or previously.</summary>
    Past,

    /// <summary>Past habit that is over, for example used to. It resolves its clause like a resolution marker.</summary>
    FormerHabit,

    /// <summary>Reports an issue as solved, for example 已经解决 or sorted out.</summary>
    Resolved,

    /// <summary>Places a clause in the present, for example 现在 or now. With a positive cue it resolves earlier past clauses.</summary>
    Present,

    /// <summary>Asks a question, for example 有没有 or asked whether. A trailing question mark also counts.</summary>
    Question,

    /// <summary>Answers the question of an earlier clause with no, for example 他说没有 or said no.</summary>
    Denial,

    /// <summary>
    /// Ends the reach of a negator, because a new predicate starts, for example 就 in
    /// 不到位就会走 or and in doesn't feel heard and wants to leave.
    /// </summary>
    Barrier,

    /// <summary>Contrast word that starts a new clause, for example 但是 or but.</summary>
    Contrast,

    /// <summary>Concessive word that makes its clause background to the rest of the sentence, for example 虽然 or although.</summary>
    Concession,

    /// <summary>An emotional cue with a sentiment weight.</summary>
    Cue,

    /// <summary>
    /// Describes a leaving decision calmly (交接, still deciding, weighing an offer), which makes
    /// attrition risk alone read neutral rather than negative.
    /// </summary>
    Composure,

    /// <summary>
    /// Has no meaning of its own. It exists so that longer words win over the short words inside
    /// them, for example 不少 (many) over the negator 不, or sick leave over leave.
    /// </summary>
    Neutral,
}

/// <summary>One meaning of a lexicon term. A term may have several, for example 焦虑 is a stress signal and a cue.</summary>
/// <param name="Code">The signal code, for <see cref="TermKind.Signal"/> entries.</param>
/// <param name="Group">The part group, for <see cref="TermKind.Part"/> entries.</param>
/// <param name="Weight">The sentiment weight, for <see cref="TermKind.Cue"/> entries.</param>
/// <param name="RequiresNegation">
/// The term signals only when negated, for example 配合 (不配合 is conflict) or stay (won't stay is attrition risk).
/// </param>
internal sealed record LexiconEntry(
    TermKind Kind,
    string? Code = null,
    string? Group = null,
    double Weight = 0,
    bool RequiresNegation = false);

/// <summary>
/// Two part groups that together express signals when they occur in one clause, no more than
/// <see cref="MaxGapTokens"/> tokens apart, for example 人手 + 不够 → workload and support_needed.
/// </summary>
/// <param name="AnyOrder">When false, <see cref="First"/> must come before <see cref="Second"/>.</param>
internal sealed record CombinationRule(string First, string Second, int MaxGapTokens, bool AnyOrder, IReadOnlyList<string> Codes);
