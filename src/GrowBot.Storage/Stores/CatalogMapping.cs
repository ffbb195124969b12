using GrowBot.Coaching.Catalog;
using GrowBot.Coaching.Development;
using GrowBot.Storage.Entities;

namespace GrowBot.Storage.Stores;

/// <summary>Maps catalogue and development records to rows and back.</summary>
internal static class CatalogMapping
{
    public static Course ToCourse(CourseRow r) =>
        new(r.TenantId, r.Id, r.TitleEn, r.TitleZh, StringList.FromJson(r.SkillsJson), r.Language, r.Hours, r.Provider);

    public static CourseRow ToRow(Course c) => new()
    {
        TenantId = c.TenantId, Id = c.Id, TitleEn = c.TitleEn, TitleZh = c.TitleZh,
        SkillsJson = StringList.ToJson(c.Skills), Language = c.Language, Hours = c.Hours, Provider = c.Provider,
    };

    public static Mentor ToMentor(MentorRow r) =>
        new(r.TenantId, r.PersonId, StringList.FromJson(r.SkillsJson), r.Capacity, r.ActiveMentees, r.Version);

    public static MentorRow ToRow(Mentor m) => new()
    {
        TenantId = m.TenantId, PersonId = m.PersonId, SkillsJson = StringList.ToJson(m.Skills),
        Capacity = m.Capacity, ActiveMentees = m.ActiveMentees, Version = m.Version,
    };

    public static DevelopmentProject ToProject(ProjectRow r) =>
        new(r.TenantId, r.Id, r.NameEn, r.NameZh, r.Kind, r.OwnerDepartmentId, StringList.FromJson(r.SkillsJson), r.OpenSeats);

    public static ProjectRow ToRow(DevelopmentProject p) => new()
    {
        TenantId = p.TenantId, Id = p.Id, NameEn = p.NameEn, NameZh = p.NameZh, Kind = p.Kind,
        OwnerDepartmentId = p.OwnerDepartmentId, SkillsJson = StringList.ToJson(p.Skills), OpenSeats = p.OpenSeats,
    };

    public static InternalOpening ToOpening(OpeningRow r) =>
        new(r.TenantId, r.Id, r.TitleEn, r.TitleZh, r.DepartmentId, StringList.FromJson(r.RequiredSkillsJson), r.IsOpen);

    public static OpeningRow ToRow(InternalOpening o) => new()
    {
        TenantId = o.TenantId, Id = o.Id, TitleEn = o.TitleEn, TitleZh = o.TitleZh,
        DepartmentId = o.DepartmentId, RequiredSkillsJson = StringList.ToJson(o.RequiredSkills), IsOpen = o.IsOpen,
    };

    public static PersonSkill ToSkill(PersonSkillRow r) => new(r.TenantId, r.PersonId, r.Skill, r.Level, r.InProgress);

    public static PersonSkillRow ToRow(PersonSkill s) => new()
    {
        TenantId = s.TenantId, PersonId = s.PersonId, Skill = s.Skill, Level = s.Level, InProgress = s.InProgress,
    };

    public static CourseEnrolment ToEnrolment(CourseEnrolmentRow r) =>
        new(r.TenantId, r.Id, r.PersonId, r.CourseId, r.EnrolledOn, r.CompletedOn, r.Status, r.Version);

    public static CourseEnrolmentRow ToRow(CourseEnrolment e) => new()
    {
        TenantId = e.TenantId, Id = e.Id, PersonId = e.PersonId, CourseId = e.CourseId,
        EnrolledOn = e.EnrolledOn, CompletedOn = e.CompletedOn, Status = e.Status, Version = e.Version,
    };

    public static FeedbackItem ToFeedback(FeedbackRow r) =>
        new(r.TenantId, r.Id, r.PersonId, r.Kind, r.TextEn, r.TextZh, r.Date, r.Source);

    public static FeedbackRow ToRow(FeedbackItem f) => new()
    {
        TenantId = f.TenantId, Id = f.Id, PersonId = f.PersonId, Kind = f.Kind,
        TextEn = f.TextEn, TextZh = f.TextZh, Date = f.Date, Source = f.Source,
    };
}
