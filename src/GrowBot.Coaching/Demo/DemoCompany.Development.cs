using GrowBot.Coaching.Development;
using GrowBot.Coaching.Profiles;

namespace GrowBot.Coaching.Demo;

public static partial class DemoCompany
{
    private static readonly IReadOnlyDictionary<string, string[]> _skillPools = new Dictionary<string, string[]>
    {
        [DepartmentSales] = ["negotiation", "customer_service", "presentation", "data_analysis", "marketing"],
        [DepartmentWealth] = ["financial_planning", "risk_management", "compliance", "customer_service", "presentation"],
        [DepartmentRetail] = ["store_operations", "visual_merchandising", "customer_service", "people_management", "data_analysis"],
        [DepartmentRnd] = ["csharp", "testing", "cloud_architecture", "sql", "python"],
        [DepartmentProduct] = ["product_management", "ux_research", "data_analysis", "presentation", "marketing"],
        [DepartmentManufacturing] = ["lean_manufacturing", "quality_control", "people_management", "data_analysis", "time_management"],
    };

    private static readonly IReadOnlyDictionary<string, string[]> _courseByDepartment = new Dictionary<string, string[]>
    {
        [DepartmentSales] = ["c-negotiation", "c-complaint-handling", "c-data-storytelling"],
        [DepartmentWealth] = ["c-wealth-compliance", "c-negotiation"],
        [DepartmentRetail] = ["c-visual-merchandising", "c-complaint-handling"],
        [DepartmentRnd] = ["c-cloud-architecture", "c-test-automation", "c-sql-basics"],
        [DepartmentProduct] = ["c-product-discovery", "c-sql-basics", "c-data-storytelling"],
        [DepartmentManufacturing] = ["c-lean", "c-time-management"],
    };

    /// <summary>Three skills from the department's pool per employee; the third is still in progress.</summary>
    private static List<PersonSkill> BuildSkills(string tenantId, Random random)
    {
        var skills = new List<PersonSkill>();
        foreach (RosterEntry person in Employees)
        {
            string[] pool = _skillPools[person.DepartmentId];
            int offset = random.Next(pool.Length);
            for (int i = 0; i < 3; i++)
            {
                string skill = pool[(offset + i) % pool.Length];
                skills.Add(new PersonSkill(tenantId, person.Id, skill, i == 2 ? 1 : random.Next(2, 5), InProgress: i == 2));
            }
        }

        return skills;
    }

    /// <summary>Two enrolments per employee in the last year: the first completed, the second still open.</summary>
    private static List<CourseEnrolment> BuildEnrolments(string tenantId, Random random, DateOnly today)
    {
        var enrolments = new List<CourseEnrolment>();
        foreach (RosterEntry person in Employees)
        {
            string[] courses = _courseByDepartment[person.DepartmentId];
            int offset = random.Next(courses.Length);
            DateOnly enrolled = today.AddDays(-random.Next(120, 330));
            enrolments.Add(new CourseEnrolment(tenantId, $"ce-{person.Id}-1", person.Id, courses[offset % courses.Length],
                enrolled, enrolled.AddDays(random.Next(20, 60)), EnrolmentStatus.Completed));
            enrolments.Add(new CourseEnrolment(tenantId, $"ce-{person.Id}-2", person.Id, courses[(offset + 1) % courses.Length],
                today.AddDays(-random.Next(5, 60)), null, EnrolmentStatus.Enrolled));
        }

        return enrolments;
    }

    private static readonly IReadOnlyList<(string En, string Zh)> _peerFeedback =
    [
        ("Always willing to help when the team is under pressure.", "团队压力大的时候总是愿意帮忙。"),
        ("Clear in meetings; could share progress earlier.", "开会时表达清楚，进展可以更早同步。"),
        ("Reliable partner across teams.", "跨团队合作很靠谱。"),
        ("Brings good ideas but sometimes takes on too much.", "想法很好，但有时揽的事情太多。"),
    ];

    private static readonly IReadOnlyList<(string En, string Zh)> _customerFeedback =
    [
        ("Very patient and professional.", "非常耐心、专业。"),
        ("Answered my questions quickly.", "很快回答了我的问题。"),
        ("Friendly service, would come back.", "服务热情，还会再来。"),
    ];

    /// <summary>One peer item per employee, one customer item per customer-facing employee, and critical items for the complaint personas.</summary>
    private static List<FeedbackItem> BuildFeedback(string tenantId, Random random, DateOnly today)
    {
        var items = new List<FeedbackItem>();
        DateOnly latestQuarter = PeriodMath.LatestCompleteStart(today, PeriodKind.Quarter);
        foreach (RosterEntry person in Employees)
        {
            (string en, string zh) = _peerFeedback[random.Next(_peerFeedback.Count)];
            items.Add(new FeedbackItem(tenantId, $"fb-{person.Id}-peer", person.Id, FeedbackKind.Peer, en, zh, today.AddDays(-random.Next(10, 80)), "hris-360"));
            if (IsCustomerFacing(person.DepartmentId))
            {
                (en, zh) = _customerFeedback[random.Next(_customerFeedback.Count)];
                items.Add(new FeedbackItem(tenantId, $"fb-{person.Id}-customer", person.Id, FeedbackKind.Customer, en, zh, latestQuarter.AddDays(random.Next(5, 80)), "crm"));
            }
        }

        items.Add(new FeedbackItem(tenantId, "fb-e-zhangwei-complaint", "e-zhangwei", FeedbackKind.Customer,
            "Replies to my quotes took over a week this quarter.", "这个季度报价回复要等一周以上。", latestQuarter.AddDays(40), "crm"));
        items.Add(new FeedbackItem(tenantId, "fb-e-linna-complaint", "e-linna", FeedbackKind.Customer,
            "The store was short-staffed and the queue was long.", "门店人手不够，排队很久。", latestQuarter.AddDays(55), "crm"));
        return items;
    }
}
