using GrowBot.Coaching.People;

namespace GrowBot.Coaching.Demo;

public static partial class DemoCompany
{
    public const string DepartmentExecutive = "d-exec";
    public const string DepartmentHr = "d-hr";
    public const string DepartmentRnd = "d-rnd";
    public const string DepartmentSales = "d-sales";
    public const string DepartmentRetail = "d-retail";
    public const string DepartmentManufacturing = "d-mfg";
    public const string DepartmentWealth = "d-wealth";
    public const string DepartmentProduct = "d-product";

    public const string HrbpLiJuan = "e-lijuan";
    public const string HrbpHeTing = "e-heting";
    public const string HrbpMaChao = "e-machao";

    /// <summary>E-mail domain of the demo people (a reserved example domain).</summary>
    public const string EmailDomain = "contoso-demo.example";

    /// <summary>One person of the demo roster. The first entry of a business department is its head.</summary>
    internal sealed record RosterEntry(string Id, string NameZh, string NameEn, IReadOnlyList<string> Aliases, string DepartmentId, string TitleEn, string TitleZh);

    internal static IReadOnlyList<(string Id, string NameEn, string NameZh)> DepartmentNames { get; } =
    [
        (DepartmentExecutive, "Executive Office", "总裁办"),
        (DepartmentHr, "Human Resources", "人力资源"),
        (DepartmentRnd, "R&D", "研发"),
        (DepartmentSales, "Sales", "销售"),
        (DepartmentRetail, "Retail Stores", "门店零售"),
        (DepartmentManufacturing, "Manufacturing", "制造"),
        (DepartmentWealth, "Wealth Management", "财富管理"),
        (DepartmentProduct, "Product", "产品"),
    ];

    /// <summary>The business departments with ten people each, and the HRBP responsible for each.</summary>
    internal static IReadOnlyList<(string DepartmentId, string HrbpId)> BusinessDepartments { get; } =
    [
        (DepartmentSales, HrbpLiJuan),
        (DepartmentWealth, HrbpLiJuan),
        (DepartmentRnd, HrbpHeTing),
        (DepartmentProduct, HrbpHeTing),
        (DepartmentRetail, HrbpMaChao),
        (DepartmentManufacturing, HrbpMaChao),
    ];

    internal static string? HrbpOf(string departmentId) =>
        BusinessDepartments.Where(d => d.DepartmentId == departmentId).Select(d => (string?)d.HrbpId).FirstOrDefault();

    internal static IReadOnlyList<RosterEntry> Roster { get; } = BuildRoster();

    private static List<RosterEntry> BuildRoster()
    {
        var roster = new List<RosterEntry>
        {
            new("e-zhouming", "周明", "Zhou Ming", ["Michael Zhou"], DepartmentExecutive, "Chief Executive Officer", "首席执行官"),
            new(HrbpLiJuan, "李娟", "Li Juan", ["Joanna Li"], DepartmentHr, "HR Director and HRBP", "人力资源总监兼 HRBP"),
            new(HrbpHeTing, "何婷", "He Ting", ["Tina He"], DepartmentHr, "HR Business Partner", "HRBP"),
            new(HrbpMaChao, "马超", "Ma Chao", ["Charles Ma"], DepartmentHr, "HR Business Partner", "HRBP"),
        };

        AddDepartment(roster, DepartmentRnd, ("Software Engineer", "软件工程师"), ("Head of R&D", "研发总监"),
        [
            ("e-guohao", "郭浩", "Guo Hao", "Howard Guo"), ("e-liuyang", "刘洋", "Liu Yang", "Leo Liu"),
            ("e-zhoujie", "周杰", "Zhou Jie", "Jay Zhou"), ("e-hulei", "胡磊", "Hu Lei", null),
            ("e-linchen", "林晨", "Lin Chen", null), ("e-luoyu", "罗宇", "Luo Yu", "Eric Luo"),
            ("e-gaoxiang", "高翔", "Gao Xiang", null), ("e-xujing", "徐静", "Xu Jing", "Jean Xu"),
            ("e-yangfan", "杨帆", "Yang Fan", null), ("e-wutao", "吴涛", "Wu Tao", null),
        ]);
        AddDepartment(roster, DepartmentSales, ("Account Manager", "客户经理"), ("Head of Sales", "销售总监"),
        [
            ("e-huangyong", "黄勇", "Huang Yong", "Ryan Huang"), ("e-zhangwei", "张伟", "Zhang Wei", "David Zhang"),
            ("e-wangfang", "王芳", "Wang Fang", "Fiona Wang"), ("e-chengang", "陈刚", "Chen Gang", "Gary Chen"),
            ("e-liming", "李明", "Li Ming", null), ("e-sunyue", "孙悦", "Sun Yue", "Joy Sun"),
            ("e-mali", "马丽", "Ma Li", null), ("e-zhengkai", "郑凯", "Zheng Kai", "Kevin Zheng"),
            ("e-fengjie", "冯洁", "Feng Jie", null), ("e-xuna", "许娜", "Xu Na", null),
        ]);
        AddDepartment(roster, DepartmentRetail, ("Store Manager", "门店店长"), ("Head of Retail", "零售总监"),
        [
            ("e-xiemin", "谢敏", "Xie Min", "Mandy Xie"), ("e-linna", "林娜", "Lin Na", "Nina Lin"),
            ("e-wangfang2", "王芳", "Wang Fang", "Amy Wang"), ("e-hanxue", "韩雪", "Han Xue", null),
            ("e-caoyang", "曹阳", "Cao Yang", null), ("e-dengchao", "邓超", "Deng Chao", null),
            ("e-pengli", "彭丽", "Peng Li", null), ("e-zengjing", "曾静", "Zeng Jing", null),
            ("e-xiaoran", "萧然", "Xiao Ran", null), ("e-tiantian", "田甜", "Tian Tian", null),
        ]);
        AddDepartment(roster, DepartmentManufacturing, ("Production Engineer", "生产工程师"), ("Head of Manufacturing", "制造总监"),
        [
            ("e-dongqiang", "董强", "Dong Qiang", "Victor Dong"), ("e-wangqiang", "王强", "Wang Qiang", "Kevin Wang"),
            ("e-gaoyan", "高艳", "Gao Yan", "Yan Gao"), ("e-yuanjie", "袁杰", "Yuan Jie", null),
            ("e-pantao", "潘涛", "Pan Tao", null), ("e-jiangyong", "蒋勇", "Jiang Yong", null),
            ("e-caiming", "蔡明", "Cai Ming", null), ("e-jiajun", "贾军", "Jia Jun", null),
            ("e-dinglei", "丁磊", "Ding Lei", null), ("e-weigang", "魏刚", "Wei Gang", null),
        ]);
        AddDepartment(roster, DepartmentWealth, ("Wealth Advisor", "理财顾问"), ("Head of Wealth Management", "财富管理总监"),
        [
            ("e-shenlin", "沈琳", "Shen Lin", "Linda Shen"), ("e-zhaomin", "赵敏", "Zhao Min", "Mindy Zhao"),
            ("e-yexin", "叶欣", "Ye Xin", null), ("e-chenghao", "程浩", "Cheng Hao", null),
            ("e-suting", "苏婷", "Su Ting", null), ("e-lvyang", "吕洋", "Lyu Yang", null),
            ("e-renjie", "任杰", "Ren Jie", null), ("e-yaoli", "姚丽", "Yao Li", null),
            ("e-luwei", "卢伟", "Lu Wei", null), ("e-fanbing", "范冰", "Fan Bing", null),
        ]);
        AddDepartment(roster, DepartmentProduct, ("Product Manager", "产品经理"), ("Head of Product", "产品总监"),
        [
            ("e-dupeng", "杜鹏", "Du Peng", "Peter Du"), ("e-chenjing", "陈静", "Chen Jing", "Grace Chen"),
            ("e-sunli", "孙丽", "Sun Li", "Lily Sun"), ("e-shilei", "石磊", "Shi Lei", null),
            ("e-jinxin", "金鑫", "Jin Xin", null), ("e-zhongqi", "钟琪", "Zhong Qi", null),
            ("e-wangyang", "汪洋", "Wang Yang", null), ("e-fangyuan", "方圆", "Fang Yuan", null),
            ("e-lihua", "黎华", "Li Hua", null), ("e-jiangtao", "江涛", "Jiang Tao", null),
        ]);
        return roster;
    }

    private static void AddDepartment(
        List<RosterEntry> roster, string departmentId, (string En, string Zh) memberTitle, (string En, string Zh) headTitle,
        IReadOnlyList<(string Id, string NameZh, string NameEn, string? Alias)> members)
    {
        for (int i = 0; i < members.Count; i++)
        {
            (string id, string nameZh, string nameEn, string? alias) = members[i];
            (string titleEn, string titleZh) = i == 0 ? headTitle : memberTitle;
            roster.Add(new RosterEntry(id, nameZh, nameEn, alias is null ? [] : [alias], departmentId, titleEn, titleZh));
        }
    }

    private static Person ToPerson(string tenantId, RosterEntry entry)
    {
        string email = entry.Id.Replace("e-", "", StringComparison.Ordinal) + "@" + EmailDomain;
        return new Person(
            tenantId, entry.Id, DemoPersonas.AadObjectIdFor(entry.Id), email, entry.NameEn, entry.NameZh, entry.Aliases,
            entry.TitleEn, entry.TitleZh, entry.DepartmentId, ManagerOf(entry), "zh-CN", "Asia/Shanghai");
    }

    private static string? ManagerOf(RosterEntry entry)
    {
        if (entry.Id == "e-zhouming")
        {
            return null;
        }

        if (entry.DepartmentId is DepartmentHr or DepartmentExecutive)
        {
            return entry.Id == HrbpLiJuan ? "e-zhouming" : HrbpLiJuan;
        }

        string head = Roster.First(r => r.DepartmentId == entry.DepartmentId).Id;
        return entry.Id == head ? "e-zhouming" : head;
    }
}
